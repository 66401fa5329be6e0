/**
 * The one store of the archive's duplicate sketches (src/core/rules/sketchStore.ts): what is put
 * in comes out the same (signature, hash, title key, length, own values), a replaced or deleted
 * file frees nothing twice and its slot is reused, and the findings job packed from the store
 * is the job packed from the sketches as objects, over more files than one page of slots.
 */
import { strict as assert } from 'node:assert';
import { duplicateSketch } from '../../src/core/hygiene/duplicateSketch';
import type { VocabularyRecord } from '../../src/core/hygiene/vocabulary';
import type { CountedFile } from '../../src/core/rules/archiveCounts';
import { SketchStore } from '../../src/core/rules/sketchStore';
import { archiveFileMap, packArchive, packParts } from '../../src/workers/findingsCodec';
import { cjkText as text } from './cjkText';

const RECORD: VocabularyRecord = { categories: ['新闻'], tags: [], author: '张三', source: null };

describe('the sketch store', () => {
  it('gives back each sketch as it was put in, with what it was made for and its own values', () => {
    const store = new SketchStore<{ version: number }>();
    const long = duplicateSketch('标题', `<p>${text(1, 300)}</p>`);
    const short = duplicateSketch(undefined, '短');
    const v1 = { version: 1 };
    store.set('/a.md', v1, { sketch: long });
    store.set('/b.md', { version: 1 }, { sketch: short, values: [['categories', '科技']] });
    assert.deepEqual(store.get('/a.md'), { sketch: long });
    assert.deepEqual(store.get('/b.md'), { sketch: short, values: [['categories', '科技']] });
    assert.equal(store.get('/b.md')?.sketch.signature, undefined);
    assert.equal(store.madeForOf('/a.md'), v1);
    // The store's own string keys it: a map keyed by keyOf holds no second copy.
    const path = ['/', 'a.md'].join('');
    assert.equal(store.keyOf(path), '/a.md');
    assert.equal(store.keyOf('/c.md'), undefined);
    // Replaced: the same slot, the new sketch, the values gone with the old version.
    const v2 = { version: 2 };
    const other = duplicateSketch('另一个', `<p>${text(2, 300)}</p>`);
    store.set('/b.md', v2, { sketch: other });
    assert.deepEqual(store.get('/b.md'), { sketch: other });
    assert.equal(store.get('/b.md')?.values, undefined);
    assert.equal(store.size, 2);
    store.remake('/b.md', v1);
    assert.equal(store.madeForOf('/b.md'), v1);
    // A sketch given out is a copy: the slot's next tenant does not change it.
    const given = store.get('/a.md')?.sketch.signature;
    assert.ok(store.delete('/a.md'));
    assert.equal(store.delete('/a.md'), false);
    assert.equal(store.get('/a.md'), undefined);
    store.set('/c.md', v1, { sketch: other });
    assert.deepEqual(given && [...given], long.signature && [...long.signature]);
    assert.deepEqual(store.get('/c.md'), { sketch: other });
    store.retain((p) => p !== '/b.md');
    assert.deepEqual([store.has('/b.md'), store.has('/c.md'), store.size], [false, true, 1]);
  });

  it('packs the findings job as the sketches packed as objects, over several pages of slots', () => {
    const files: CountedFile[] = [];
    for (let i = 0; i < 9000; i++) {
      const sketch = i % 7 === 0 ? duplicateSketch(`短${i}`, '短') : duplicateSketch(`文章${i % 500}`, `<p>${text(i % 3000, 60)}</p>`);
      files.push(i % 11 === 0 ? { path: `/p/${i}.md`, record: RECORD, sketch, values: [['tags', `标签${i}`]] } : { path: `/p/${i}.md`, record: RECORD, sketch });
    }
    const store = new SketchStore<number>();
    // Put in out of order, some replaced and some deleted and put back, as an archive changes.
    for (let i = files.length - 1; i >= 0; i--) store.set(files[i].path, i, { sketch: files[(i + 1) % files.length].sketch });
    for (let i = 0; i < files.length; i += 3) store.delete(files[i].path);
    for (const [i, f] of files.entries()) store.set(f.path, i, f.values ? { sketch: f.sketch, values: f.values } : { sketch: f.sketch });
    assert.equal(store.size, files.length);
    const paths = files.map((f) => f.path);
    const fromStore = packParts(paths, files.map((f) => f.record), store.pack(paths));
    assert.deepEqual(fromStore, packArchive(archiveFileMap(files)));
    assert.throws(() => store.pack(['/p/none.md']), /no sketch/);
  });
});
