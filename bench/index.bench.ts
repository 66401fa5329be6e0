/**
 * `index` over the generated 50,000-post archive against a plain `fs.readFileSync` of the same
 * files, in one process: cold (reading every file), warm (from the persistent cache: one stat a
 * file), memory per entry, and for comparison gray-matter per file and a regex split + js-yaml.
 * The validation rules' cost (problem counts) is measured apart, on a sample.
 *
 *   npm run bench -- index        (or: node --expose-gc dist/bench/index.bench.js [count])
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import matter from 'gray-matter';
import { load } from 'js-yaml';
import { parseArticle } from '../src/core/article';
import { ArchiveIndex } from '../src/core/archiveIndex';
import { encodeIndexCache, IndexCache } from '../src/core/indexCache';
import { indexFile } from '../src/core/indexFile';
import { validateArticle } from '../src/core/rules';
import { benchArchive } from './generateArchive';

const count = Number(process.argv[2] ?? 50_000);
const { paths } = benchArchive(count);
const gc = (globalThis as { gc?: () => void }).gc;

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** The best of a few runs: the least disturbed by other work on the machine. */
function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, time(fn));
  return min;
}

const ms = (t: number) => `${t.toFixed(0).padStart(6)} ms`;
const ratio = (t: number, base: number) => `${(t / base).toFixed(2)}×`;

// Warm the page cache so every figure reads from memory alike.
for (const p of paths) fs.readFileSync(p);

const runs = 3;
let bytes = 0;
const plain = best(runs, () => {
  bytes = 0;
  for (const p of paths) bytes += fs.readFileSync(p).length;
});
const plainText = best(runs, () => {
  for (const p of paths) fs.readFileSync(p, 'utf8');
});
let index = new ArchiveIndex();
const cold = best(runs, () => {
  index = new ArchiveIndex();
  for (const p of paths) indexFile(p, index);
});
const grayMatter = best(1, () => {
  for (const p of paths) {
    try {
      // Options given, so gray-matter's content cache stays off.
      matter(fs.readFileSync(p, 'utf8'), { excerpt: false });
    } catch {
      // Broken YAML costs the same as in a real run.
    }
  }
});
const regexYaml = best(1, () => {
  for (const p of paths) {
    const m = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(p, 'utf8'));
    try {
      if (m) load(m[1]);
    } catch {
      // as above
    }
  }
});

const cacheFile = path.join(os.tmpdir(), `news-archive-bench-cache-${process.pid}.json`);
let cacheBytes = 0;
const encode = time(() => {
  const text = encodeIndexCache(index, 'default');
  fs.writeFileSync(cacheFile, text);
  cacheBytes = Buffer.byteLength(text);
});
let warmIndex = new ArchiveIndex();
let cachedHits = 0;
const warm = best(runs, () => {
  warmIndex = new ArchiveIndex();
  const cache = IndexCache.decode(fs.readFileSync(cacheFile, 'utf8'), warmIndex, 'default');
  cachedHits = 0;
  for (const p of paths) if (indexFile(p, warmIndex, cache).outcome === 'cached') cachedHits++;
});
fs.rmSync(cacheFile, { force: true });

// Memory: the heap an index of all entries holds.
index = new ArchiveIndex();
warmIndex = new ArchiveIndex();
gc?.();
const before = process.memoryUsage().heapUsed;
let held: ArchiveIndex | undefined = new ArchiveIndex();
for (const p of paths) indexFile(p, held);
gc?.();
const after = process.memoryUsage().heapUsed;
const perEntry = (after - before) / held.size;
const entries = held.size;
held = undefined;

// Problem counts: every rule on a sample, timed apart (it needs the whole article parsed).
const sample = paths.filter((_, i) => i % 25 === 0);
const now = new Date(Date.UTC(2026, 0, 1));
let problems = 0;
const sampleRead = best(1, () => {
  for (const p of sample) fs.readFileSync(p);
});
const validate = best(1, () => {
  for (const p of sample) problems += validateArticle(parseArticle(fs.readFileSync(p, 'utf8')), undefined, { now }).length;
});

console.log(`archive: ${paths.length} files, ${(bytes / 1048576).toFixed(1)} MiB, ${entries} articles`);
console.log(`plain fs.readFileSync (Buffer)      ${ms(plain)}   1.00×  (the baseline)`);
console.log(`plain fs.readFileSync (utf8 string) ${ms(plainText)}   ${ratio(plainText, plain)}`);
console.log(`index, cold                         ${ms(cold)}   ${ratio(cold, plain)}  (target ≤ 1.5×)`);
console.log(`index, warm (cache + one stat)      ${ms(warm)}   ${ratio(warm, plain)}  (target ≤ 0.25×; ${cachedHits} from cache)`);
console.log(`  cache file: ${(cacheBytes / 1048576).toFixed(1)} MiB, written in ${ms(encode).trim()}`);
console.log(`gray-matter per file                ${ms(grayMatter)}   ${ratio(grayMatter, plain)}`);
console.log(`regex split + js-yaml               ${ms(regexYaml)}   ${ratio(regexYaml, plain)}`);
console.log(`memory per entry                    ${perEntry.toFixed(0).padStart(6)} B     (target ≤ 1024 B${gc ? '' : '; run with --expose-gc for a true figure'})`);
console.log(`problem counts (all rules, sample of ${sample.length}): ${ms(validate).trim()} vs ${ms(sampleRead).trim()} plain read = ${ratio(validate, sampleRead)}; ` +
  `≈ ${((validate / sample.length) * paths.length / 1000).toFixed(1)} s for the archive, ${problems} problems in the sample`);
