#!/usr/bin/env node
// Runs every benchmark (dist/bench/*.bench.js, built from bench/*.bench.ts) in turn, each in its
// own process so that one's memory does not skew the next. `npm run bench -- index` runs those
// whose name contains "index". Benchmarks print their own figures; none of them asserts time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.join(root, 'dist/bench');
const filter = process.argv[2];
const benches = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.bench.js') && (!filter || f.includes(filter))).sort() : [];
if (!benches.length) {
  console.error('no benchmarks found: run `npm run bench` (it builds first)');
  process.exit(2);
}
let failed = 0;
for (const b of benches) {
  console.log(`\n=== ${b.replace(/\.bench\.js$/, '')} ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(dir, b)], { stdio: 'inherit', cwd: root, env: { ...process.env, TZ: 'UTC' } });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
