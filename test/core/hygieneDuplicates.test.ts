import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { duplicateSketch, estimatedSimilarity, minHashSignature, normaliseBody, titleKey } from '../../src/core/hygiene/duplicateSketch';
import { DuplicateEntry, duplicatesOf, findDuplicates } from '../../src/core/hygiene/duplicates';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/hygiene');

function fixtureEntries(): DuplicateEntry[] {
  return fs.readdirSync(fixtures).sort().map((f) => {
    const article = parseArticle(fs.readFileSync(path.join(fixtures, f), 'utf8'));
    return { path: f, sketch: duplicateSketch(article.fields.title, article.body) };
  });
}

/** A deterministic text of `n` distinct-ish characters (a linear congruential walk over CJK). */
function text(seed: number, n: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(0x4e00 + ((x >>> 8) % 3000));
  }
  return out;
}

describe('hygiene: duplicate sketches', () => {
  it('normalises a body to its text: no markup, comments, entities or whitespace', () => {
    assert.equal(
      normaliseBody('\n<div>   \n<p>　　Ａ&nbsp;b &amp; C&#123;</p><!-- news_keyword_pub --><style>.x{}</style>\n<p>来源：X</p>\n</div>            '),
      'ab&c{来源:x',
    );
  });

  it('normalises a title like a vocabulary value, without punctuation', () => {
    assert.equal(titleKey('城市绿道建设提速：今年新增步道一百二十公里'), '城市绿道建设提速今年新增步道一百二十公里');
    assert.equal(titleKey('"城市绿道建设提速: 今年新增步道 一百二十公里"'), '城市绿道建设提速今年新增步道一百二十公里');
    assert.equal(titleKey('"""""""\'SP\'"""""""'), 'sp');
    assert.equal(titleKey('！'), undefined);
    assert.equal(titleKey(undefined), undefined);
  });

  it('hashes equal bodies equally and leaves short bodies out of the similarity search', () => {
    const a = duplicateSketch('t', '<p>同一段文字，写法不同。</p>');
    const b = duplicateSketch('u', '<div>同一段文字，\n写法不同。</div>');
    assert.equal(a.bodyHash, b.bodyHash);
    assert.equal(a.bodyHash, 'e13190d691fc89ff');
    assert.equal(normaliseBody('<div>同一段文字，\n写法不同。</div>'), '同一段文字,写法不同。');
    assert.equal(a.signature, undefined);
    assert.equal(a.length, 11);
    assert.equal(duplicateSketch('t', '<p> </p>').bodyHash, undefined);
  });

  it('estimates Jaccard similarity: 1 for the same text, close to the truth for edited text', () => {
    const base = text(1, 2000);
    const sig = minHashSignature(base)!;
    assert.equal(estimatedSimilarity(sig, minHashSignature(base)!), 1);
    // Replacing 100 of 2000 characters in one run changes 104 of 1996 shingles: J = 1892/2100 ≈ 0.90.
    const edited = base.slice(0, 1000) + text(2, 100) + base.slice(1100);
    const s = estimatedSimilarity(sig, minHashSignature(edited)!);
    assert.ok(Math.abs(s - 0.9) < 0.08, `estimate ${s}`);
    assert.ok(estimatedSimilarity(sig, minHashSignature(text(3, 2000))!) < 0.05);
  });
});

describe('hygiene: duplicate groups', () => {
  it('finds the exact copy, the near copy and the same title in the fixture archive', () => {
    const report = findDuplicates(fixtureEntries());
    assert.deepEqual(report, {
      groups: [
        {
          members: ['a-original.md', 'b-exact-copy.md', 'c-near-copy.md', 'd-same-title.md'],
          pairs: [
            { a: 'a-original.md', b: 'b-exact-copy.md', reason: 'exact', similarity: 1 },
            { a: 'a-original.md', b: 'c-near-copy.md', reason: 'similar', similarity: 0.9453125 },
            { a: 'a-original.md', b: 'd-same-title.md', reason: 'title', similarity: 0 },
          ],
          reason: 'exact',
        },
      ],
    });
    assert.deepEqual(duplicatesOf(report, 'c-near-copy.md')?.others, [
      { path: 'a-original.md', reason: 'similar', similarity: 0.9453125 },
      { path: 'b-exact-copy.md', reason: undefined, similarity: undefined },
      { path: 'd-same-title.md', reason: undefined, similarity: undefined },
    ]);
    assert.equal(duplicatesOf(report, 'e-traditional.md'), undefined);
  });

  it('can leave titles out and raise the similarity threshold', () => {
    assert.deepEqual(findDuplicates(fixtureEntries(), { sameTitle: false, threshold: 0.95 }).groups.map((g) => g.members), [['a-original.md', 'b-exact-copy.md']]);
  });

  it('collapses many exact copies into one group of star pairs', () => {
    const body = `<p>${text(7, 400)}</p>`;
    const entries = Array.from({ length: 50 }, (_, i) => ({ path: `copy${String(i).padStart(2, '0')}.md`, sketch: duplicateSketch(`标题${i}`, body) }));
    entries.push({ path: 'other.md', sketch: duplicateSketch('其他', `<p>${text(8, 400)}</p>`) });
    const { groups } = findDuplicates(entries);
    assert.equal(groups.length, 1);
    assert.equal(groups[0].members.length, 50);
    assert.equal(groups[0].pairs.length, 49);
    assert.ok(groups[0].pairs.every((p) => p.a === 'copy00.md' && p.reason === 'exact'));
  });
});
