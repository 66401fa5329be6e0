/**
 * Validation over the generated 50,000-post archive, against a plain read of the same files in
 * the same process: per-file validation time (median and tail, text already in memory), the
 * `check` loop (read, sniff, parse, validate, JSON positions) and the whole `news-archive check`
 * command (walk, JSON output), each as a ratio to the plain read. Also counts problems per rule.
 *
 *   npm run bench -- check        (or: node --expose-gc dist/bench/check.bench.js [count])
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { runCheck, toJsonDiagnostics } from '../src/cli/checkCommand';
import { parseArticle } from '../src/core/article';
import { defaultArchiveConfig } from '../src/core/archiveConfig';
import { fixAll } from '../src/core/edits';
import { validateArticle } from '../src/core/rules/index';
import { articleKind, SNIFF_BYTES } from '../src/core/sniff';
import { benchArchive } from './generateArchive';

const count = Number(process.argv[2] ?? 50_000);
const { dir, paths } = benchArchive(count);
const config = defaultArchiveConfig();

function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const ms = (t: number) => `${t.toFixed(0).padStart(7)} ms`;
const ratio = (t: number, base: number) => `${(t / base).toFixed(2)}×`;

for (const p of paths) fs.readFileSync(p);
const counts = new Map<string, number>();
let bytes = 0;
const silent = { out: () => undefined, err: () => undefined };

const measures = {
  plainRead: () => {
    bytes = 0;
    for (const p of paths) bytes += fs.readFileSync(p, 'utf8').length;
  },
  checkLoop: () => {
    counts.clear();
    for (const p of paths) {
      const text = fs.readFileSync(p, 'utf8');
      if (articleKind(text.slice(0, SNIFF_BYTES)) === 'other') continue;
      const article = parseArticle(text);
      const problems = validateArticle(article, config);
      toJsonDiagnostics(article, problems);
      for (const problem of problems) counts.set(problem.ruleId, (counts.get(problem.ruleId) ?? 0) + 1);
    }
  },
  cli: () => {
    runCheck([dir, '--format', 'json'], silent);
  },
};
// Rounds interleave the three, so a busy moment on the machine hits them alike; each keeps its best.
const bestOf: Record<keyof typeof measures, number> = { plainRead: Infinity, checkLoop: Infinity, cli: Infinity };
for (let round = 0; round < 5; round++) {
  for (const name of Object.keys(measures) as (keyof typeof measures)[]) bestOf[name] = Math.min(bestOf[name], best(1, measures[name]));
}
const { plainRead, checkLoop, cli } = bestOf;

// Per file, text already read: parse + every rule (texts are read one at a time, not all kept).
const perFile: number[] = [];
for (const p of paths) {
  const text = fs.readFileSync(p, 'utf8');
  const t = performance.now();
  validateArticle(parseArticle(text), config);
  perFile.push(performance.now() - t);
}
perFile.sort((a, b) => a - b);
const pct = (q: number) => perFile[Math.min(perFile.length - 1, Math.floor(q * perFile.length))];
const mean = perFile.reduce((a, b) => a + b, 0) / perFile.length;

const sample = paths.slice(0, 2000).map((p) => fs.readFileSync(p, 'utf8'));
const fixTime = best(1, () => {
  for (const text of sample) fixAll(text, config);
});

console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);
console.log(`archive: ${paths.length} files, ${(bytes / 1e6).toFixed(0)} M UTF-16 units (${dir})`);
console.log(`plain read (readFileSync utf8)      ${ms(plainRead)}  1.00×`);
console.log(`check loop (read+parse+validate)    ${ms(checkLoop)}  ${ratio(checkLoop, plainRead)}   target ≤ 3×`);
console.log(`news-archive check --format json    ${ms(cli)}  ${ratio(cli, plainRead)}`);
console.log(`per-file validation (in memory):    median ${pct(0.5).toFixed(3)} ms, mean ${mean.toFixed(3)} ms, p90 ${pct(0.9).toFixed(3)} ms, p99 ${pct(0.99).toFixed(3)} ms, max ${perFile[perFile.length - 1].toFixed(1)} ms   target median ≤ 1 ms`);
console.log(`fix-all (in memory), ${sample.length} files: ${(fixTime / sample.length).toFixed(3)} ms a file`);
console.log('problems per rule:');
for (const [rule, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(24)} ${String(n).padStart(7)}`);
