/**
 * The archive-wide rules' counts kept beside the index (src/core/index/archiveWideCounts.ts), as
 * the editor's index service keeps them: a run of the findings replaces them and names only the
 * files whose counts changed; a file deleted or renamed leaves its counts behind; and the
 * Articles view's model counts "with problems" from them without any entry being copied.
 */
import { strict as assert } from 'node:assert';
import { ArchiveIndex } from '../../src/core/index/archiveIndex';
import { ArchiveWideCounts, entryCounts } from '../../src/core/index/archiveWideCounts';
import { IndexEntry, makeEntry } from '../../src/core/index/records/indexEntry';
import type { RecordFields } from '../../src/core/index/records/recordFields';
import { countProblems, CountsPool, hasProblems, NO_PROBLEMS } from '../../src/core/problemCounts';
import { ArchiveTree, DEFAULT_TREE_OPTIONS, GroupNode } from '../../src/core/tree/archiveTree';

const DUPLICATE = countProblems([{ ruleId: 'duplicate-article', severity: 'warning' }]);
const VARIANT = countProblems([{ ruleId: 'vocabulary-variant', severity: 'info' }]);

function article(index: ArchiveIndex, name: string, category: string): IndexEntry {
  const fields: RecordFields = { title: name, date: undefined, categories: [category], tags: [], author: undefined, source: undefined, frontMatter: undefined };
  const e = makeEntry(index.pool, '/archive', name, fields, 1, 100);
  e.problems = NO_PROBLEMS;
  index.set(e);
  return e;
}

function topGroup(tree: ArchiveTree, key: string): GroupNode {
  const g = tree.roots().find((n): n is GroupNode => n.kind === 'group' && n.key === key);
  assert.ok(g, key);
  return g;
}

describe('archive-wide counts beside the index', () => {
  it('replaces the counts with each run of the findings, naming only the files whose counts changed', () => {
    const index = new ArchiveIndex();
    const [a, b, c] = ['a.md', 'b.md', 'c.md'].map((n) => article(index, n, '新闻'));
    const pool: CountsPool = new Map();
    const counts = new ArchiveWideCounts(pool);
    const first = counts.replace(new Map([['/archive/a.md', DUPLICATE], ['/archive/b.md', DUPLICATE]]), (p) => index.get(p));
    assert.deepEqual(first.map((x) => [x.entry.name, x.before]), [['a.md', undefined], ['b.md', undefined]]);
    assert.deepEqual(counts.of(a), DUPLICATE);
    assert.equal(counts.get('/archive/b.md'), counts.of(b));
    assert.equal(counts.of(c), undefined);
    // Equal counts (a new object from the next run) are the same pooled object: no change.
    const again = countProblems([{ ruleId: 'duplicate-article', severity: 'warning' }]);
    const second = counts.replace(new Map([['/archive/a.md', again], ['/archive/c.md', VARIANT]]), (p) => index.get(p));
    assert.deepEqual(second.map((x) => [x.entry.name, x.before && x.before.byRule]), [['c.md', undefined], ['b.md', DUPLICATE.byRule]]);
    assert.equal(counts.of(b), undefined, 'a file the run does not name has none');
    assert.deepEqual(entryCounts(c, counts)?.byRule, [['vocabulary-variant', 1]]);
    assert.equal(counts.size, 2);
    // A path the index does not know (gone while the workers worked) is not kept.
    counts.replace(new Map([['/archive/gone.md', DUPLICATE]]), (p) => index.get(p));
    assert.equal(counts.size, 0);
  });

  it('forgets a deleted file, and a renamed one has none under its new name until the findings count it', () => {
    const index = new ArchiveIndex();
    const a = article(index, 'a.md', '新闻');
    article(index, 'b.md', '新闻');
    const counts = new ArchiveWideCounts();
    counts.replace(new Map([['/archive/a.md', DUPLICATE], ['/archive/b.md', VARIANT]]), (p) => index.get(p));
    // Renamed: the old path deleted, the new one indexed.
    index.delete('/archive/a.md');
    assert.deepEqual(counts.delete('/archive/a.md'), DUPLICATE);
    const renamed = article(index, 'a2.md', '新闻');
    assert.equal(counts.of(a), undefined);
    assert.equal(counts.of(renamed), undefined);
    const next = counts.replace(new Map([['/archive/a2.md', DUPLICATE], ['/archive/b.md', VARIANT]]), (p) => index.get(p));
    assert.deepEqual(next.map((x) => x.entry.name), ['a2.md']);
    assert.deepEqual(counts.of(renamed), DUPLICATE);
    // A changed entry for the same path (its file saved) keeps the counts until the next run.
    const saved = article(index, 'b.md', '新闻');
    assert.deepEqual(counts.of(saved), VARIANT);
    // A new index without b.md: retain drops it.
    counts.retain((folder, name) => name !== 'b.md' && index.at(folder, name) !== undefined);
    assert.equal(counts.get('/archive/b.md'), undefined);
    assert.deepEqual(counts.get('/archive/a2.md'), DUPLICATE);
  });

  it('is what the Articles view counts "with problems" from, as the counts come and go', () => {
    const index = new ArchiveIndex();
    const a = article(index, 'a.md', '新闻');
    article(index, 'b.md', '科技');
    const counts = new ArchiveWideCounts();
    const tree = new ArchiveTree(index, DEFAULT_TREE_OPTIONS, counts);
    assert.equal(tree.withProblems, 0);
    const apply = (changes: ReturnType<ArchiveWideCounts['replace']>) => {
      for (const { entry, before } of changes) tree.apply(entry, entry, hasProblems(entry.problems) || hasProblems(before));
    };
    apply(counts.replace(new Map([['/archive/a.md', DUPLICATE]]), (p) => index.get(p)));
    assert.equal(tree.withProblems, 1);
    assert.equal(topGroup(tree, '新闻').withProblems, 1);
    assert.equal(topGroup(tree, '科技').withProblems, 0);
    assert.equal(topGroup(tree, '新闻').count, 1, 'the article moved nowhere');
    // The problems-only filter shows it, and a rebuild counts the same.
    tree.setOptions({ filter: { text: '', problemsOnly: true } });
    assert.deepEqual(tree.roots().map((n) => n.kind === 'group' && n.key), ['新闻']);
    apply(counts.replace(new Map(), (p) => index.get(p)));
    assert.equal(tree.withProblems, 0);
    assert.deepEqual(tree.roots(), [], 'gone from the problems-only view with its counts');
    tree.setOptions({ filter: { text: '', problemsOnly: false } });
    assert.equal(tree.count, 2);
    assert.equal(entryCounts(a, counts), NO_PROBLEMS);
  });
});
