/**
 * The Articles view's filter over the generated archive (5,000 posts by default): titles and
 * authors from the index (the baseline), the body search as the view runs it (every file read
 * lazily, eight at a time, and searched), and the alternative it was chosen over, keeping every
 * body's searchable text in memory (its size, and a search over it). Ratios are to the baseline
 * measured in this process; the machine's speed cancels out.
 *
 *   npm run bench -- bodySearch        (or: node --expose-gc dist/bench/bodySearch.bench.js [count])
 */
import { promises as fsp } from 'node:fs';
import * as fs from 'node:fs';
import { ArchiveIndex } from '../src/core/index/archiveIndex';
import { indexFile } from '../src/core/index/indexFile';
import { entryPath } from '../src/core/index/records/indexEntry';
import { filterPredicate } from '../src/core/tree/archiveFilter';
import { bodyContains, foldForSearch, searchableBody } from '../src/core/tree/bodyText';
import { benchArchive } from './generateArchive';

const count = Number(process.argv[2] ?? 5_000);
const { paths } = benchArchive(count);
const index = new ArchiveIndex();
for (const p of paths) indexFile(p, index);
const entries = [...index.entries()];

// A phrase from the middle of one post's body: found in the body, in no title.
const sample = searchableBody(fs.readFileSync(paths[Math.floor(paths.length / 2)], 'utf8'));
const needle = foldForSearch(sample.slice(Math.floor(sample.length / 2), Math.floor(sample.length / 2) + 6));

async function best(runs: number, fn: () => Promise<number> | number): Promise<[number, number]> {
  let wall = Infinity;
  let value = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = await fn();
    wall = Math.min(wall, performance.now() - t);
  }
  return [wall, value];
}

async function lazySearch(): Promise<number> {
  let next = 0;
  let found = 0;
  const worker = async () => {
    while (next < entries.length) {
      const text = await fsp.readFile(entryPath(entries[next++]), 'utf8');
      if (bodyContains(text, needle)) found++;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return found;
}

async function main(): Promise<void> {
  const [titles, byTitle] = await best(5, () => entries.filter(filterPredicate({ text: needle, problemsOnly: false })).length);
  const [lazy, byBody] = await best(3, lazySearch);
  const kept: string[] = [];
  const [build] = await best(1, async () => {
    for (const e of entries) kept.push(searchableBody(await fsp.readFile(entryPath(e), 'utf8')));
    return kept.length;
  });
  const [inMemory, byKept] = await best(5, () => kept.filter((t) => t.includes(needle)).length);
  const keptMb = kept.reduce((n, t) => n + t.length * 2, 0) / 2 ** 20;
  const ratio = (ms: number) => {
    const r = ms / Math.max(titles, 0.01);
    return `${r.toFixed(r < 10 ? 1 : 0)}× the title filter`;
  };
  console.log(`archive: ${entries.length} articles; needle "${needle}": ${byTitle} by title or author, ${byBody} by body (${byKept} from kept text)`);
  console.log(`title and author filter:  ${titles.toFixed(2)} ms (baseline)`);
  console.log(`body search, lazy reads:  ${lazy.toFixed(0)} ms, ${ratio(lazy)}; ${(lazy / entries.length * 1000).toFixed(0)} µs a post; no memory kept`);
  console.log(`kept text instead:        ${keptMb.toFixed(1)} MB held (${(keptMb / entries.length * 1024).toFixed(1)} KB a post), built in ${build.toFixed(0)} ms; a search ${inMemory.toFixed(0)} ms, ${ratio(inMemory)}`);
}

void main();
