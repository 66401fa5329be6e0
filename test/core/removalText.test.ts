/**
 * The cleaner's summary is data (rule ids, counts, bytes); the front ends put it into English or
 * Chinese. Every rule has a name in both languages, and `news-archive clean --write` prints the
 * summary in the language of the run.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { ALL_RULES, cleanBody, removalItemText, removalSummary, removalSummaryText } from '../../src/core/clean';
import { REMOVAL_NAMES_ZH } from '../../src/core/clean/removalText';
import { runCli } from './cliRun';

const repo = path.resolve(__dirname, '../../..');
const seedPath = path.join(repo, 'seeds', '000_e84b391c27bbb68a.txt');
const seed = parseArticle(fs.readFileSync(seedPath, 'utf8'));

describe('the removal summary', () => {
  const summary = removalSummary(cleanBody(seed.body).removed);

  it('is data: rule ids with counts, and the bytes removed', () => {
    assert.deepEqual(summary, {
      items: [
        { rule: 'comments', count: 11 }, { rule: 'promo-blocks', count: 1 }, { rule: 'style-blocks', count: 1 },
        { rule: 'stock-links', count: 2 }, { rule: 'quote-placeholders', count: 2 }, { rule: 'editor-line', count: 1 },
        { rule: 'byline', count: 2 },
      ],
      bytes: 1542,
    });
  });

  it('reads in English and in Chinese', () => {
    assert.equal(removalSummaryText(summary, 'en'), 'Removed: 11 comments, 1 promo block, 1 style block, 2 stock links, 2 quote spans, 1 editor line, 2 bylines (1.5 KB)');
    assert.equal(removalSummaryText(summary, 'zh-cn'), '已移除：11 条注释、1 个推广块、1 个样式块、2 个股票链接、2 个行情占位、1 行责任编辑、2 行署名（1.5 KB）');
    assert.equal(removalSummaryText({ items: [], bytes: 0 }, 'en'), 'Removed: nothing');
    assert.equal(removalSummaryText({ items: [], bytes: 0 }, 'zh-cn'), '未移除任何内容');
    assert.deepEqual([removalItemText('comments', 1, 'en'), removalItemText('comments', 2, 'en')], ['1 comment', '2 comments']);
  });

  it('has a Chinese name with its count for every rule, and none for a rule that does not exist', () => {
    const ids = ALL_RULES.map((r) => r.id).sort();
    assert.deepEqual(Object.keys(REMOVAL_NAMES_ZH).sort(), ids);
    assert.deepEqual(Object.entries(REMOVAL_NAMES_ZH).filter(([, text]) => !/^\{0\} \S/.test(text)).map(([id]) => id), []);
  });

  describe('news-archive clean --write', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-summary-'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('says what it removed in the language of the run', async () => {
      const file = path.join(dir, 'a.md');
      fs.writeFileSync(file, seed.text);
      const r = await runCli(['clean', file, '--write', '--lang', 'zh-cn']);
      assert.deepEqual([r.code, r.err], [0, `${file}: 已移除：11 条注释、1 个推广块、1 个样式块、2 个股票链接、2 个行情占位（1.4 KB）`]);
    });
  });
});
