/**
 * The persistent index cache: a round trip keeps every entry exactly (interned values shared
 * again), problem counts survive only under the same rules, stamps decide reuse, and lookups
 * work in saved order, past deleted files, for new files and out of order.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { generatePosts } from '../../bench/generateArchive';
import { ArchiveIndex } from '../../src/core/index/archiveIndex';
import { encodeIndexCache, IndexCache } from '../../src/core/index/indexCache';
import { entryPath, IndexEntry } from '../../src/core/index/records/indexEntry';
import { countProblems } from '../../src/core/problemCounts';
import { entryFromBytes } from '../../src/core/index/records/readEntry';

function sampleIndex(): ArchiveIndex {
  const index = new ArchiveIndex();
  let i = 0;
  for (const post of generatePosts(400, 13)) {
    const r = entryFromBytes(path.join('/archive', i % 2 ? 'a' : 'b', post.name), Buffer.from(post.text), 1_600_000_000_000 + i, post.text.length, index.pool);
    if (r.kind === 'article') {
      r.entry.problems = i % 3 ? countProblems([
        ...Array.from({ length: i % 5 }, () => ({ ruleId: 'date-invalid', severity: 'error' as const })),
        ...Array.from({ length: i % 7 }, () => ({ ruleId: 'empty-field', severity: 'warning' as const })),
        ...Array.from({ length: i % 2 }, () => ({ ruleId: 'date-zoneless', severity: 'info' as const })),
      ]) : undefined;
      index.set(r.entry);
    }
    i++;
  }
  index.setOther('/archive/README.md', { mtime: 5, size: 6 });
  return index;
}

describe('index cache', () => {
  it('round-trips every entry, sharing interned values again', () => {
    const index = sampleIndex();
    const loaded = new ArchiveIndex();
    const cache = IndexCache.decode(encodeIndexCache(index, 'rules-A'), loaded, 'rules-A');
    assert.ok(cache);
    assert.equal(cache.size, index.size);
    const originals = [...index.entries()];
    assert.deepEqual(cache.entries.map((e) => ({ ...e })), originals.map((e) => ({ ...e })));
    const sina = cache.entries.filter((e) => e.categories.join('/') === '金融/新浪财经/新浪财经－国內');
    assert.ok(sina.length > 10 && sina.every((e) => e.categories === sina[0].categories), 'one shared category list');
    assert.equal(cache.lookup('/archive/README.md', { mtime: 5, size: 6 }), 'other');
    assert.equal(cache.lookup('/archive/README.md', { mtime: 5, size: 7 }), undefined);
  });

  it('drops problem counts made under other rules', () => {
    const cache = IndexCache.decode(encodeIndexCache(sampleIndex(), 'rules-A'), new ArchiveIndex(), 'rules-B');
    assert.ok(cache && cache.entries.every((e) => e.problems === undefined));
  });

  it('finds entries in saved order, past deleted files, for new files and out of order', () => {
    const index = sampleIndex();
    const cache = IndexCache.decode(encodeIndexCache(index, 'r'), new ArchiveIndex(), 'r') as IndexCache;
    const all = [...index.entries()];
    const stamp = (e: IndexEntry) => ({ mtime: e.mtime, size: e.size });
    // In order, with every fifth file deleted and a new one in between.
    for (const [i, e] of all.entries()) {
      if (i % 5 === 0) continue;
      assert.equal(cache.lookup('/archive/a/new-file.md', { mtime: 1, size: 1 }), undefined);
      assert.equal((cache.lookup(entryPath(e), stamp(e)) as IndexEntry).name, e.name);
    }
    // Out of order, and a changed stamp.
    const last = all[all.length - 1];
    assert.equal((cache.lookup(entryPath(all[3]), stamp(all[3])) as IndexEntry).name, all[3].name);
    assert.equal(cache.lookup(entryPath(last), { mtime: last.mtime + 1, size: last.size }), undefined);
  });

  it('ignores what it cannot read', () => {
    for (const text of ['', 'not json', '{"format":"news-archive-index/0"}', '{"format":"news-archive-index/1","rules":"r","strings":[],"lists":[],"rows":[1,2],"others":[]}']) {
      assert.equal(IndexCache.decode(text, new ArchiveIndex(), 'r'), undefined, text);
    }
  });
});
