/**
 * `news-archive check --cache` over the generated 50,000-post archive committed to a git
 * repository (a hard-linked copy of the bench archive, so the shared one is left as it is),
 * against a plain Buffer read of the same files in the same process: cold without a cache (as
 * before the cache existed), cold filling the cache, and warm (unchanged checkout: blob ids from
 * git, no post opened), for the JSON and SARIF formats. Rounds interleave; each figure is the best
 * of its rounds, in wall and in this process's CPU time (git runs in child processes: its time
 * shows in wall only).
 *
 * The warm runs are measured twice: in this process, whose memory (hundreds of MB after the cold
 * runs) makes each fork of git slow, and as CI runs them: `node dist/cli.js check … --cache` in
 * a fresh process, stdout to /dev/null, beside a fresh process that does the plain Buffer read
 * (both include starting Node), in wall time and in the CPU time of the child and of what it ran
 * (its gits), from /proc/self/stat's times of waited-for children (Linux; 10 ms ticks): on a
 * shared machine the CPU time moves far less with the load than the wall time does.
 *
 *   npm run bench -- checkCache     (or: node dist/bench/checkCache.bench.js [count] [rounds] [json,sarif] [warm])
 *
 * With `warm` last, only the Buffer read and the warm runs are measured (each format's cache is
 * filled once, unmeasured): for profiling the warm run. Each warm format is measured beside the
 * least any warm run does (`FLOOR`: Node started, the same four gits, the output copied), so that
 * what the CLI adds and what no design can avoid on the machine are told apart.
 */
import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCheck } from '../src/cli/checkCommand';
import { benchRepository } from './benchRepository';

const count = Number(process.argv[2] ?? 50_000);
const rounds = Number(process.argv[3] ?? 3);
const formats = (process.argv[4] ?? 'json,sarif').split(',');
const warmOnly = process.argv[5] === 'warm';
// The repository: posts/ hard-linked from the bench archive, committed once and reused.
const { repo, sourcePaths } = benchRepository(count);
process.chdir(repo);
const paths = sourcePaths.map((p) => path.join('posts', path.basename(p)));
/** One cache a format: a warm run repeats the output of its own format. */
const cacheOf = (format: string) => path.join(repo, '.cache', `check-${format}.cache`);
const silent = { out: () => undefined, err: () => undefined, write: () => undefined };

interface Best {
  wall: number;
  cpu: number;
  /** Of the CPU time, the kernel's (forking git from a big process is mostly that). */
  system: number;
}
const best = new Map<string, Best>();
const gc = (globalThis as { gc?: () => void }).gc;

/** CPU ms of the waited-for children (user, system), from /proc/self/stat; undefined off Linux. */
function childrenCpu(): { user: number; system: number } | undefined {
  try {
    // Fields after the command's `(…)`: state is the 3rd, cutime and cstime the 16th and 17th.
    const fields = fs.readFileSync('/proc/self/stat', 'latin1').split(') ')[1].split(' ');
    return { user: Number(fields[13]) * 10, system: Number(fields[14]) * 10 };
  } catch {
    return undefined;
  }
}

async function measure(name: string, fn: () => unknown): Promise<void> {
  gc?.();
  const child = name.endsWith('fresh process');
  const cpu0 = process.cpuUsage();
  const children0 = childrenCpu();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const own = process.cpuUsage(cpu0);
  const children1 = childrenCpu();
  // A fresh process's CPU is its own and its children's (the gits it waited for): not this process's.
  const c = child
    ? children0 && children1 ? { user: (children1.user - children0.user) * 1000, system: (children1.system - children0.system) * 1000 } : { user: NaN, system: NaN }
    : own;
  const cpu = (c.user + c.system) / 1000;
  const b = best.get(name) ?? { wall: Infinity, cpu: Infinity, system: Infinity };
  best.set(name, { wall: Math.min(b.wall, wall), cpu: Math.min(b.cpu, cpu), system: cpu < b.cpu ? c.system / 1000 : b.system });
}

let bytes = 0;
const plainRead = () => {
  bytes = 0;
  for (const p of paths) bytes += fs.readFileSync(p).length;
};
// The command line next to this benchmark (dist/bench → dist/cli.js).
const cli = path.join(__dirname, '..', 'cli.js');
const freshRead = () => {
  const script = "const fs=require('fs');for(const f of fs.readdirSync('posts'))fs.readFileSync('posts/'+f)";
  spawnSync(process.execPath, ['-e', script], { stdio: 'ignore' });
};
const freshCheck = (format: string) => () => {
  const r = spawnSync(process.execPath, [cli, 'check', 'posts', '--format', format, '--cache', cacheOf(format)], { stdio: 'ignore' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`node dist/cli.js check exited with ${r.status}`);
};
/**
 * The least any warm run over a git checkout does, without a line of ours: start Node, run the
 * four gits it must run (every tracked file stat-ed, the folder walked for untracked files, the
 * repository and its line-ending settings), all at once, and copy the last output (the cache's
 * body) to stdout in 128 KB pieces, as the CLI does. What a warm run costs beyond this is the CLI's own.
 */
const FLOOR = `const { execFile } = require('child_process'); const fs = require('fs');
const git = (a) => new Promise((r) => execFile('git', a, { encoding: 'buffer', maxBuffer: 1 << 30 }, () => r()));
const spec = ['--', ':(literal).'];
Promise.all([git(['diff-files', '--name-only', '-z', ...spec]), git(['ls-files', '--others', '--directory', '-z', '--full-name', ...spec]),
  git(['rev-parse', '--show-toplevel', '--git-path', 'index', '--show-object-format']), git(['config', '--get-regexp', '^core\\\\.(autocrlf|eol)$'])]).then(() => {
  const fd = fs.openSync(process.argv[1], 'r'); const first = Buffer.alloc(200); fs.readSync(fd, first, 0, 200, 0);
  const line = first.toString('latin1').split('\\n')[0]; const [h, i, d, b] = line.split(' ').slice(2).map(Number);
  const chunk = Buffer.allocUnsafe(128 << 10); let at = line.length + 1 + h + i + d;
  for (let left = b; left > 0;) { const n = fs.readSync(fd, chunk, 0, Math.min(chunk.length, left), at); at += n; left -= n; for (let w = 0; w < n;) w += fs.writeSync(1, chunk, w, n - w); }
});`;
/** The same least work inside this process: the four gits forked from it, the body read (the warm runs here write to nothing). */
const floorHere = (format: string) => async () => {
  const folder = path.join(repo, 'posts');
  const git = (args: string[]) => new Promise<void>((resolve) => execFile('git', args, { cwd: folder, encoding: 'buffer', maxBuffer: 1 << 30 }, () => resolve()));
  const spec = ['--', ':(literal).'];
  await Promise.all([
    git(['diff-files', '--name-only', '-z', ...spec]),
    git(['ls-files', '--others', '--directory', '-z', '--full-name', ...spec]),
    git(['rev-parse', '--show-toplevel', '--git-path', 'index', '--show-object-format']),
    git(['config', '--get-regexp', '^core\\.(autocrlf|eol)$']),
  ]);
  const fd = fs.openSync(cacheOf(format), 'r');
  try {
    const first = Buffer.alloc(200);
    fs.readSync(fd, first, 0, 200, 0);
    const line = first.toString('latin1').split('\n')[0];
    const [h, i, d, b] = line.split(' ').slice(2).map(Number);
    const chunk = Buffer.allocUnsafe(128 << 10);
    let at = line.length + 1 + h + i + d;
    for (let left = b; left > 0;) {
      const n = fs.readSync(fd, chunk, 0, Math.min(chunk.length, left), at);
      at += n;
      left -= n;
    }
  } finally {
    fs.closeSync(fd);
  }
};
const freshFloor = (format: string) => () => {
  const r = spawnSync(process.execPath, ['-e', FLOOR, cacheOf(format)], { cwd: path.join(repo, 'posts'), stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`the floor script exited with ${r.status}`);
};
async function main(): Promise<void> {
  for (const p of paths) fs.readFileSync(p);
  for (let round = 0; round < rounds; round++) {
    await measure('plain Buffer read', plainRead);
    await measure('plain Buffer read, fresh process', freshRead);
    for (const format of formats) {
      const cacheFile = cacheOf(format);
      if (warmOnly) {
        if (round === 0) await runCheck(['posts', '--format', format, '--cache', cacheFile], silent);
      } else {
        await measure(`check --format ${format} (no cache)`, () => runCheck(['posts', '--format', format], silent));
        fs.rmSync(cacheFile, { force: true });
        await measure(`check --format ${format} --cache, cold`, () => runCheck(['posts', '--format', format, '--cache', cacheFile], silent));
      }
      await measure(`check --format ${format} --cache, warm`, () => runCheck(['posts', '--format', format, '--cache', cacheFile], silent));
      await measure(`  the least a warm ${format} run does, in this process`, floorHere(format));
      await measure(`check --format ${format} --cache, warm, fresh process`, freshCheck(format));
      await measure(`  the least a warm ${format} run does, fresh process`, freshFloor(format));
    }
  }

  const base = best.get('plain Buffer read')!;
  const freshBase = best.get('plain Buffer read, fresh process')!;
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);
  console.log(`archive: ${paths.length} posts, ${(bytes / 1048576).toFixed(0)} MiB, in a git repository (${repo}); caches ${formats.map((f) => `${f} ${(fs.statSync(cacheOf(f)).size / 1048576).toFixed(1)} MiB`).join(', ')}; best of ${rounds} rounds`);
  for (const [name, b] of best) {
    const target = name.includes('warm') && !name.includes('least') ? '   target ≤ 0.25×' : '';
    if (name.endsWith('fresh process')) {
      // Against the fresh plain read: wall, and the CPU of the child and its children.
      console.log(`${name.padEnd(52)} wall ${b.wall.toFixed(0).padStart(7)} ms ${(b.wall / freshBase.wall).toFixed(2).padStart(6)}×   cpu ${b.cpu.toFixed(0).padStart(7)} ms ${(b.cpu / freshBase.cpu).toFixed(2).padStart(6)}× (system ${b.system.toFixed(0)} ms; to the fresh plain read)${target}`);
      continue;
    }
    console.log(`${name.padEnd(52)} wall ${b.wall.toFixed(0).padStart(7)} ms ${(b.wall / base.wall).toFixed(2).padStart(6)}×   cpu ${b.cpu.toFixed(0).padStart(7)} ms ${(b.cpu / base.cpu).toFixed(2).padStart(6)}× (system ${b.system.toFixed(0)} ms)${target}`);
  }
}

void main();
