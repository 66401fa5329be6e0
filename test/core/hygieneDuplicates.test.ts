import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { duplicateSketch, estimatedSimilarity, minHashSignature, normaliseBody, titleKey } from '../../src/core/hygiene/duplicateSketch';
import { DuplicateEntry, DuplicateLookup, findDuplicates } from '../../src/core/hygiene/duplicates';
import { summariseGroups } from '../../src/core/hygiene/duplicateSummary';
import { cjkText as text } from './cjkText';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/hygiene');

function fixtureEntries(): DuplicateEntry[] {
  return fs.readdirSync(fixtures).sort().map((f) => {
    const article = parseArticle(fs.readFileSync(path.join(fixtures, f), 'utf8'));
    return { path: f, sketch: duplicateSketch(article.fields.title, article.body) };
  });
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
      comparisons: report.comparisons,
    });
    const lookup = new DuplicateLookup(report);
    assert.deepEqual(lookup.nearest('c-near-copy.md', 10), [
      { path: 'a-original.md', reason: 'similar', similarity: 0.9453125, hops: 1 },
      { path: 'b-exact-copy.md', reason: 'exact', similarity: 1, hops: 2 },
      { path: 'd-same-title.md', reason: 'title', similarity: 0, hops: 2 },
    ]);
    assert.deepEqual(lookup.nearest('c-near-copy.md', 2).map((c) => c.path), ['a-original.md', 'b-exact-copy.md']);
    assert.deepEqual(lookup.pairsOf('d-same-title.md'), [{ a: 'a-original.md', b: 'd-same-title.md', reason: 'title', similarity: 0 }]);
    assert.equal(lookup.groupOf('b-exact-copy.md'), report.groups[0]);
    assert.equal(lookup.groupOf('e-traditional.md'), undefined);
    assert.deepEqual(lookup.nearest('e-traditional.md', 5), []);
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

  it("keeps a cluster of 2,000 copies linear: members − 1 pairs, and each member's nearest copies cost about as many steps as they return", () => {
    const k = 2000;
    const body = duplicateSketch('', `<p>${text(9, 400)}</p>`);
    // Exact copies under numbered titles (issue 19's archive), and as many short bodies sharing one title.
    const entries: DuplicateEntry[] = [];
    for (let i = 0; i < k; i++) entries.push({ path: `copy/${String(i).padStart(4, '0')}.md`, sketch: { ...body, titleKey: titleKey(`${i} 同一篇文章`) } });
    for (let i = 0; i < k; i++) entries.push({ path: `title/${String(i).padStart(4, '0')}.md`, sketch: duplicateSketch('同一个标题', `<p>短文${i}</p>`) });
    const report = findDuplicates(entries);
    assert.deepEqual(report.groups.map((g) => [g.members.length, g.pairs.length, g.reason]), [[k, k - 1, 'exact'], [k, k - 1, 'title']]);
    // Title pairs compare signatures (none here); exact copies are never compared.
    assert.ok(report.comparisons <= 2 * k, `${report.comparisons} comparisons`);
    const lookup = new DuplicateLookup(report);
    for (const e of entries) {
      const before = lookup.work;
      const near = lookup.nearest(e.path, 5);
      assert.equal(near.length, 5);
      assert.ok(lookup.work - before <= 7, `${e.path}: ${lookup.work - before} steps`);
    }
    assert.ok(lookup.work <= 7 * entries.length, `${lookup.work} steps in all`);
    // The dashboard's rows: one a group, with its count, at most 1,500 members here, each with its own pair's reason.
    const rows = summariseGroups(report.groups, lookup, 1500);
    assert.deepEqual(rows.map((r) => [r.reason, r.count, r.members.length]), [['exact', k, 1500], ['title', k, 1500]]);
    assert.deepEqual(rows[0].members.slice(0, 2), [{ path: 'copy/0000.md', reason: 'exact', similarity: 1 }, { path: 'copy/0001.md', reason: 'exact', similarity: 1 }]);
  });
});
