/**
 * The archive-wide findings job in compact form (src/workers/findingsCodec.ts): what the host
 * packs is what the worker unpacks, field by field (null, undefined and empty values kept
 * apart), and the findings made from a packed archive of a 2,000-copy cluster are the core's,
 * with the duplicate groups carried by index: one signatures array, members − 1 pairs.
 */
import { strict as assert } from 'node:assert';
import { duplicateSketch, SIGNATURE_BINS, titleKey } from '../../src/core/hygiene/duplicateSketch';
import { defaultArchiveConfig } from '../../src/core/config/archiveConfig';
import { hygieneSettings } from '../../src/core/hygiene/hygieneConfig';
import { ArchiveFile, archiveFindings } from '../../src/core/rules/archiveProblems';
import type { CountedFile } from '../../src/core/rules/archiveCounts';
import { archiveFileMap, fileIndexes, packArchive, packDuplicates, readStrings, unpackArchive, unpackDuplicates, writeStrings } from '../../src/workers/findingsCodec';
import { cjkText as text } from './cjkText';

describe('the findings job in compact form', () => {
  it('unpacks what was packed: vocabulary values, null and undefined scalars, sketches with and without a signature', () => {
    const files: CountedFile[] = [
      { path: 'a.md', record: { categories: ['新闻', '科技'], tags: [], author: '张三', source: null }, sketch: duplicateSketch('标题', `<p>${text(1, 300)}</p>`) },
      { path: 'b.md', record: { categories: ['科技'], tags: ['AI', 'AI'], author: undefined, source: '' }, sketch: duplicateSketch(undefined, '短') },
      { path: 'c.md', record: { categories: [], tags: [], author: null, source: undefined }, sketch: duplicateSketch('', '') },
    ];
    // A file whose values differ from its record's (Hexo read no front matter) carries them beside.
    files[1] = { ...files[1], values: [['categories', '科技'], ['tags', 'AI']] };
    const packed = packArchive(archiveFileMap(files));
    assert.deepEqual(packed.values, ['新闻', '科技', '张三', 'AI', '']);
    // Paths and keys travel as one string each; undefined, empty and any character survive.
    assert.deepEqual(readStrings(writeStrings(['a.md', undefined, '', '换\n行', undefined])), ['a.md', undefined, '', '换\n行', undefined]);
    assert.equal(packed.paths.text, 'a.mdb.mdc.md');
    assert.equal(packed.signatures.length, 3 * SIGNATURE_BINS);
    const back = unpackArchive(packed);
    assert.deepEqual(back.map((f) => [f.path, f.record]), files.map((f) => [f.path, f.record]));
    assert.deepEqual(back.map((f) => f.values), [undefined, [['categories', '科技'], ['tags', 'AI']], undefined]);
    back.forEach((f, i) => {
      const s = files[i].sketch;
      assert.deepEqual([f.sketch.bodyHash, f.sketch.titleKey, f.sketch.length], [s.bodyHash, s.titleKey, s.length]);
      assert.deepEqual(f.sketch.signature && [...f.sketch.signature], s.signature && [...s.signature]);
    });
  });

  it('gives the core\'s findings for a cluster of 2,000 copies, its groups carried by index', () => {
    const k = 2000;
    const body = duplicateSketch('', `<p>${text(9, 400)}</p>`);
    const files: ArchiveFile[] = [];
    for (let i = 0; i < k; i++) {
      files.push({ path: `copy/${String(i).padStart(4, '0')}.md`, record: { categories: ['转载'], tags: [], author: null, source: undefined }, sketch: { ...body, titleKey: titleKey(`${i} 同一篇文章`) } });
    }
    for (let i = 0; i < 50; i++) files.push({ path: `other/${i}.md`, record: { categories: [i % 2 ? '新闻' : '新聞'], tags: [], author: null, source: null }, sketch: duplicateSketch(`文章${i}`, `<p>${text(100 + i, 300)}</p>`) });
    const settings = hygieneSettings(defaultArchiveConfig());
    const expected = archiveFindings(files, settings);
    const packed = packArchive(archiveFileMap(files));
    const found = archiveFindings(unpackArchive(packed), settings);
    const carried = packDuplicates(found.duplicates, fileIndexes(files));
    assert.deepEqual(unpackDuplicates(carried, files.map((f) => f.path)), expected.duplicates);
    assert.deepEqual(found.vocabulary, expected.vocabulary);
    assert.deepEqual(found.variants, expected.variants);
    // One group of 2,000 members joined by 1,999 pairs, every one by index.
    assert.deepEqual([...carried.groupStart], [0, k]);
    assert.deepEqual([...carried.pairStart], [0, k - 1]);
    assert.equal(carried.members.length, k);
  });
});
