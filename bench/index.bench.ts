/**
 * `index` over the generated 50,000-post archive against a plain `fs.readFileSync` of the same
 * files, in one process: cold (reading every file), warm (the persistent cache loaded, which is
 * when the editor's view lists the archive; then one stat a file to check it), memory per entry, and for comparison gray-matter per file and a regex split + js-yaml.
 * Rounds are interleaved and each figure is the best of its rounds, in wall time and in this
 * process's CPU time (other work on a shared machine inflates wall time more). The validation
 * rules' cost (problem counts, made in the background by the editor) is measured apart.
 *
 *   npm run bench -- index        (or: node --expose-gc dist/bench/index.bench.js [count] [rounds])
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import matter from 'gray-matter';
import { load } from 'js-yaml';
import { parseArticle } from '../src/core/article/article';
import { ArchiveIndex } from '../src/core/index/archiveIndex';
import { encodeIndexCache, IndexCache } from '../src/core/index/indexCache';
import { indexFile } from '../src/core/index/indexFile';
import { validateArticle } from '../src/core/rules';
import { benchArchive } from './generateArchive';

const count = Number(process.argv[2] ?? 50_000);
const rounds = Number(process.argv[3] ?? 5);
const { paths } = benchArchive(count);
const gc = (globalThis as { gc?: () => void }).gc;

interface Best {
  wall: number;
  cpu: number;
}
const best = new Map<string, Best>();

/** Runs `fn` once and keeps the best wall and CPU time seen for `name`. */
function measure(name: string, fn: () => void): void {
  gc?.();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(cpu0);
  const cpu = (c.user + c.system) / 1000;
  const b = best.get(name);
  best.set(name, { wall: Math.min(wall, b?.wall ?? Infinity), cpu: Math.min(cpu, b?.cpu ?? Infinity) });
}

// Warm the page cache so every figure reads from memory alike.
for (const p of paths) fs.readFileSync(p);

let bytes = 0;
let index = new ArchiveIndex();
const cacheFile = path.join(os.tmpdir(), `news-archive-bench-cache-${process.pid}.json`);
let cacheBytes = 0;
let cachedHits = 0;
for (let r = 0; r < rounds; r++) {
  measure('plain', () => {
    bytes = 0;
    for (const p of paths) bytes += fs.readFileSync(p).length;
  });
  measure('plainText', () => {
    for (const p of paths) fs.readFileSync(p, 'utf8');
  });
  measure('cold', () => {
    index = new ArchiveIndex();
    for (const p of paths) indexFile(p, index);
  });
  if (r === 0) {
    measure('encode', () => {
      const text = encodeIndexCache(index, 'default');
      fs.writeFileSync(cacheFile, text);
      cacheBytes = Buffer.byteLength(text);
    });
  }
  measure('warmReady', () => {
    const warmIndex = new ArchiveIndex();
    const cache = IndexCache.decode(fs.readFileSync(cacheFile, 'utf8'), warmIndex, 'default');
    for (const e of cache?.entries ?? []) warmIndex.set(e);
  });
  measure('warm', () => {
    const warmIndex = new ArchiveIndex();
    const cache = IndexCache.decode(fs.readFileSync(cacheFile, 'utf8'), warmIndex, 'default');
    cachedHits = 0;
    for (const p of paths) if (indexFile(p, warmIndex, cache).outcome === 'cached') cachedHits++;
  });
  if (r < 2) {
    measure('grayMatter', () => {
      for (const p of paths) {
        try {
          // Options given, so gray-matter's content cache stays off.
          matter(fs.readFileSync(p, 'utf8'), { excerpt: false });
        } catch {
          // Broken YAML costs the same as in a real run.
        }
      }
    });
    measure('regexYaml', () => {
      for (const p of paths) {
        const m = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(p, 'utf8'));
        try {
          if (m) load(m[1]);
        } catch {
          // as above
        }
      }
    });
  }
}
fs.rmSync(cacheFile, { force: true });

// Memory: the heap an index of all entries holds.
index = new ArchiveIndex();
gc?.();
const before = process.memoryUsage().heapUsed;
let held: ArchiveIndex | undefined = new ArchiveIndex();
for (const p of paths) indexFile(p, held);
gc?.();
const after = process.memoryUsage().heapUsed;
const entries = held.size;
const perEntry = (after - before) / entries;
held = undefined;

// Problem counts: every rule on a sample, timed apart (it needs the whole article parsed).
const sample = paths.filter((_, i) => i % 25 === 0);
const now = new Date(Date.UTC(2026, 0, 1));
let problems = 0;
measure('sampleRead', () => {
  for (const p of sample) fs.readFileSync(p);
});
measure('validate', () => {
  problems = 0;
  for (const p of sample) problems += validateArticle(parseArticle(fs.readFileSync(p, 'utf8')), undefined, { now }).length;
});

const base = best.get('plain') as Best;
function line(label: string, name: string, note = ''): void {
  const b = best.get(name) as Best;
  console.log(`${label.padEnd(36)} ${b.wall.toFixed(0).padStart(6)} ms ${(b.wall / base.wall).toFixed(2).padStart(6)}×   cpu ${b.cpu.toFixed(0).padStart(6)} ms ${(b.cpu / base.cpu).toFixed(2).padStart(6)}×  ${note}`);
}
console.log(`archive: ${paths.length} files, ${(bytes / 1048576).toFixed(1)} MiB, ${entries} articles; best of ${rounds} interleaved rounds (2 for the comparisons)`);
line('plain fs.readFileSync (Buffer)', 'plain', '(the baseline)');
line('plain fs.readFileSync (utf8 string)', 'plainText');
line('index, cold', 'cold', '(target ≤ 1.5×)');
line('index, warm: shown from the cache', 'warmReady', '(target ≤ 0.25×: the view lists every article)');
line('index, warm: every file stat-checked', 'warm', `(${cachedHits} unchanged, from the cache)`);
line('gray-matter per file', 'grayMatter');
line('regex split + js-yaml', 'regexYaml');
console.log(`cache file: ${(cacheBytes / 1048576).toFixed(1)} MiB, encoded and written in ${(best.get('encode') as Best).wall.toFixed(0)} ms`);
console.log(`memory per entry: ${perEntry.toFixed(0)} B (target ≤ 1024 B${gc ? '' : '; run with --expose-gc for a true figure'})`);
const v = best.get('validate') as Best;
const sr = best.get('sampleRead') as Best;
console.log(`problem counts (all rules) on ${sample.length} files: ${v.wall.toFixed(0)} ms vs ${sr.wall.toFixed(0)} ms plain read = ${(v.wall / sr.wall).toFixed(1)}×; ` +
  `≈ ${((v.wall / sample.length) * paths.length / 1000).toFixed(1)} s of background work for the archive; ${problems} problems in the sample`);
