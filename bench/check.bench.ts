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
import { parseArticle } from '../src/core/article/article';
import { defaultArchiveConfig } from '../src/core/config/archiveConfig';
import { fixAll } from '../src/core/rules/fixAll';
import { validateArticle } from '../src/core/rules/index';
import { kindOf } from '../src/core/article/sniff';
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

/** Wall time and this process's CPU time (user + system): on a shared, busy machine the CPU time is the fair figure. */
function timed(fn: () => void): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  const t = performance.now();
  fn();
  const d = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (d.user + d.system) / 1000 };
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
      const article = parseArticle(text);
      if (kindOf(text, article.frontMatter) === 'other') continue;
      const problems = validateArticle(article, config);
      toJsonDiagnostics(article, problems, 'en');
      for (const problem of problems) counts.set(problem.ruleId, (counts.get(problem.ruleId) ?? 0) + 1);
    }
  },
  cli: () => {
    // Without --cache the whole run happens before the promise is returned.
    void runCheck([dir, '--format', 'json'], silent);
  },
};
// Rounds interleave the three, so a busy moment on the machine hits them alike; each keeps its best.
type Name = keyof typeof measures;
const wall: Record<Name, number> = { plainRead: Infinity, checkLoop: Infinity, cli: Infinity };
const cpu: Record<Name, number> = { plainRead: Infinity, checkLoop: Infinity, cli: Infinity };
for (let round = 0; round < 5; round++) {
  for (const name of Object.keys(measures) as Name[]) {
    const t = timed(measures[name]);
    wall[name] = Math.min(wall[name], t.wall);
    cpu[name] = Math.min(cpu[name], t.cpu);
  }
}

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
const row = (label: string, name: Name, target = '') =>
  console.log(`${label.padEnd(36)} wall ${ms(wall[name])} ${ratio(wall[name], wall.plainRead).padStart(7)}   cpu ${ms(cpu[name])} ${ratio(cpu[name], cpu.plainRead).padStart(7)}${target}`);
row('plain read (readFileSync utf8)', 'plainRead');
row('check loop (read+parse+validate)', 'checkLoop', '   target ≤ 3×');
row('news-archive check --format json', 'cli');
console.log(`per-file validation (in memory):    median ${pct(0.5).toFixed(3)} ms, mean ${mean.toFixed(3)} ms, p90 ${pct(0.9).toFixed(3)} ms, p99 ${pct(0.99).toFixed(3)} ms, max ${perFile[perFile.length - 1].toFixed(1)} ms   target median ≤ 1 ms`);
console.log(`fix-all (in memory), ${sample.length} files: ${(fixTime / sample.length).toFixed(3)} ms a file`);
console.log('problems per rule:');
for (const [rule, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(24)} ${String(n).padStart(7)}`);
