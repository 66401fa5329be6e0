/**
 * What the atomic writer (src/core/files/replaceFile.ts) costs, against writing in place as the
 * CLI did before (compare the text read, then `writeFileSync` over the file): the same posts of
 * the generated archive, each rewritten with its fix, one at a time and four in flight as `fix`
 * does. Figures are ratios to the in-place baseline run in this process, wall and CPU time; the
 * wall time is mostly the flush to disk (fsync) that the baseline never waits for.
 *
 *   npm run bench -- write        (or: node dist/bench/write.bench.js [count])
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { replaceFile } from '../src/core/files/replaceFile';
import { fixAll } from '../src/core/rules/fixAll';
import { benchArchive } from './generateArchive';

const count = Number(process.argv[2] ?? 2_000);
const { paths } = benchArchive(Math.max(count, 2_000));
const chosen = paths.slice(0, count);
const originals = chosen.map((p) => fs.readFileSync(p));
const fixedTexts = originals.map((b) => Buffer.from(fixAll(b.toString('utf8')).text, 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-write-bench-'));
const files = chosen.map((_, i) => path.join(work, `${i}.md`));

function reset(): void {
  files.forEach((f, i) => fs.writeFileSync(f, originals[i]));
}

async function timed(fn: () => Promise<void> | void): Promise<{ wall: number; cpu: number }> {
  reset();
  const c = process.cpuUsage();
  const t = performance.now();
  await fn();
  const d = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (d.user + d.system) / 1000 };
}

const inPlace = () => {
  files.forEach((f, i) => {
    if (!fs.readFileSync(f).equals(originals[i])) throw new Error(`${f} changed`);
    fs.writeFileSync(f, fixedTexts[i]);
  });
};

const atomicOneByOne = async () => {
  for (let i = 0; i < files.length; i++) {
    const r = await replaceFile(files[i], fixedTexts[i], { expected: originals[i] });
    if (r.kind !== 'written') throw new Error(`${files[i]}: ${JSON.stringify(r)}`);
  }
};

const atomicFourInFlight = async () => {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const r = await replaceFile(files[i], fixedTexts[i], { expected: originals[i] });
      if (r.kind !== 'written') throw new Error(`${files[i]}: ${JSON.stringify(r)}`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
};

async function main(): Promise<void> {
  const bytes = originals.reduce((n, b) => n + b.length, 0);
  console.log(`${count} posts (${(bytes / 1024 / 1024).toFixed(1)} MiB), each rewritten with its fix, best of 3:`);
  const runs: Record<string, { wall: number; cpu: number }> = {};
  // Rounds interleave the three, so a busy moment on the machine hits them alike.
  for (let round = 0; round < 3; round++) {
    for (const [name, fn] of [['in place (baseline)', inPlace], ['atomic, one at a time', atomicOneByOne], ['atomic, four in flight (fix)', atomicFourInFlight]] as const) {
      const r = await timed(fn);
      const best = runs[name];
      runs[name] = best ? { wall: Math.min(best.wall, r.wall), cpu: Math.min(best.cpu, r.cpu) } : r;
    }
  }
  const base = runs['in place (baseline)'];
  for (const [name, r] of Object.entries(runs)) {
    console.log(`  ${name.padEnd(30)} wall ${(r.wall / base.wall).toFixed(2)}×  cpu ${(r.cpu / base.cpu).toFixed(2)}×  (${(r.wall / count).toFixed(2)} ms a post)`);
  }
  fs.rmSync(work, { recursive: true, force: true });
}

void main();
