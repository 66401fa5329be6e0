/**
 * Linear time on every input (issue 12 §6): each rule (and the reading of the article) on long
 * runs of spaces, tabs, quotes, colons, dashes, brackets, braces and line breaks, at two sizes.
 * For each input it prints the time per MB at the larger size, and the growth when the input
 * doubles (about 2× is linear, about 4× quadratic), as a ratio to a plain linear pass over the
 * same text (UTF-8 encoding it) measured in the same process. The worst input's time per MB is
 * the figure to watch.
 *
 *   npm run bench -- linearTime        (or: node dist/bench/linearTime.bench.js [chars])
 */
import { parseArticle } from '../src/core/article/article';
import { rules, runRules, validateArticle } from '../src/core/rules/index';
import { fixAll } from '../src/core/rules/fixAll';
import { adversarialInputs } from '../test/core/adversarialInputs';

const size = Number(process.argv[2] ?? 300_000);
const NOW = { now: new Date('2026-01-01T00:00:00Z') };

function cpu(fn: () => void): number {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

function best(fn: () => void, runs = 2): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, cpu(fn));
  return Math.max(min, 0.01);
}

interface Row {
  input: string;
  what: string;
  msPerMb: number;
  growth: number;
  vsPass: number;
}

const rows: Row[] = [];
for (const input of adversarialInputs) {
  const small = input.make(size / 2);
  const large = input.make(size);
  const mb = Buffer.byteLength(large, 'utf8') / 1e6;
  const pass = best(() => Buffer.from(large, 'utf8'), 5);
  const measure = (what: string, fn: (text: string) => void) => {
    fn(small);
    const a = best(() => fn(small));
    const b = best(() => fn(large));
    rows.push({ input: input.name, what, msPerMb: b / mb, growth: b / a, vsPass: b / pass });
  };
  measure('check (every rule)', (t) => void validateArticle(parseArticle(t), undefined, NOW));
  measure('parse + read', (t) => void parseArticle(t).fields);
  for (const rule of rules) measure(rule.id, (t) => void runRules([rule], parseArticle(t), undefined, NOW));
  measure('fix all', (t) => void fixAll(t, undefined, NOW));
}

console.log(`inputs of ${size.toLocaleString('en')} characters (growth: time at ${size.toLocaleString('en')} / time at ${(size / 2).toLocaleString('en')}; ≈2× is linear)`);
const worst = [...rows].sort((a, b) => b.msPerMb - a.msPerMb);
console.log('\nslowest (input, rule): ms per MB, growth, × a plain UTF-8 pass');
for (const r of worst.slice(0, 12)) {
  console.log(`  ${r.input.padEnd(22)} ${r.what.padEnd(24)} ${r.msPerMb.toFixed(1).padStart(9)} ms/MB  ${r.growth.toFixed(2).padStart(5)}×  ${r.vsPass.toFixed(0).padStart(7)}× pass`);
}
const checks = rows.filter((r) => r.what === 'check (every rule)').sort((a, b) => b.msPerMb - a.msPerMb);
console.log('\ncheck (every rule) per input: ms per MB, growth');
for (const r of checks) console.log(`  ${r.input.padEnd(30)} ${r.msPerMb.toFixed(1).padStart(9)} ms/MB  ${r.growth.toFixed(2).padStart(5)}×`);
console.log(`\nworst input: ${checks[0].input}, check: ${checks[0].msPerMb.toFixed(1)} ms per MB (growth ${checks[0].growth.toFixed(2)}×)`);
