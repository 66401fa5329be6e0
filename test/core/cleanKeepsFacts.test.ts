/**
 * Clean Article keeps what the card shows and what the rules read (issue 14): after cleaning the
 * seed, the file still names its editor, the card still shows 来源, 撰文 and 责任编辑, and the
 * headimg that is Sina's QR promo is still flagged, known by its URL now that the promo block
 * is gone from the body.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { cleanArticleText } from '../../src/core/clean';
import { rules, runRules } from '../../src/core/rules/index';
import { previewContent } from '../../src/preview/previewContent';

const root = path.resolve(__dirname, '../../..');
const seedText = fs.readFileSync(path.join(root, 'seeds/000_e84b391c27bbb68a.txt'), 'utf8');

function cleaned(text: string): string {
  const { edit } = cleanArticleText(parseArticle(text));
  assert.ok(edit);
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

const headimgProblems = (text: string) => runRules(rules.filter((r) => r.id === 'headimg-boilerplate'), parseArticle(text))
  .map((p) => [p.messageId, p.fix?.edits.map((e) => e.newText.trim())]);

describe('Clean Article keeps what the card shows and what the rules read', () => {
  const after = cleaned(seedText);

  it('keeps the editor line in the file, and the card shows the same facts before and after', () => {
    assert.ok(after.includes('<p>责任编辑：梁斌 SF055</p>'), after.slice(-300));
    assert.ok(!after.includes('appendQr_wrap'));
    const card = (text: string) => {
      const h = previewContent(parseArticle(text), { view: 'cleaned', images: 'block' }).header;
      return [h.source, h.writer, h.editor];
    };
    assert.deepEqual(card(seedText), ['北京日报·识政', '祁梦竹 范俊生', '梁斌 SF055']);
    assert.deepEqual(card(after), card(seedText));
  });

  it('still flags the QR-promo headimg and thumbnail once the promo block is gone', () => {
    const before = headimgProblems(seedText);
    assert.equal(before.length, 2);
    assert.deepEqual(headimgProblems(after).map(([, fix]) => fix), before.map(([, fix]) => fix));
    assert.deepEqual(headimgProblems(after).map(([id]) => id).sort(), ['knownPromoRemove', 'knownPromoRemove']);
  });
});
