/**
 * Reading git's index ourselves (src/cli/gitIndex.ts) against the `git ls-files -s -z` it
 * replaces in the warm `check --cache` (issue 16), over the 50,000-post bench repository (the
 * one bench/checkCache.bench.ts commits): read .git/index + parse + digestUnder('posts') beside
 * git's listing of the same index read through execFileSync, as a ratio; then the parts (the
 * parse's checksum, the digest), the slow path (entriesUnder) and the same index rewritten as
 * version 4 (in a copy: GIT_INDEX_FILE, the repository's own index is left as it is). Rounds
 * interleave; each figure is the best of its rounds, in wall time (git's is a child's: wall only).
 *
 *   npm run bench -- gitIndex     (or: node dist/bench/gitIndex.bench.js [count] [rounds])
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GitIndex } from '../src/cli/gitIndex';
import { benchRepository } from './benchRepository';

const count = Number(process.argv[2] ?? 50_000);
const rounds = Number(process.argv[3] ?? 9);
const { repo } = benchRepository(count);
const indexFile = path.join(repo, '.git', 'index');
const v4File = path.join(os.tmpdir(), `news-archive-gitindex-v4-${process.pid}`);
fs.copyFileSync(indexFile, v4File);
execFileSync('git', ['update-index', '--index-version', '4'], { cwd: repo, env: { ...process.env, GIT_INDEX_FILE: v4File } });

const best = new Map<string, number>();
function measure(name: string, fn: () => unknown): unknown {
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  best.set(name, Math.min(best.get(name) ?? Infinity, ms));
  return result;
}

function parseOrFail(bytes: Buffer): GitIndex {
  const index = GitIndex.parse(bytes, 20);
  if (!index) throw new Error('the bench index did not parse');
  return index;
}

const listing = () => execFileSync('git', ['ls-files', '-s', '-z'], { cwd: repo, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 });
let listed = 0;
let digest = '';
let digestV4 = '';
for (let r = 0; r < rounds; r++) {
  listed = (measure('git ls-files -s -z (execFileSync)', listing) as Buffer).length;
  digest = measure('read + parse + digestUnder(posts)', () => parseOrFail(fs.readFileSync(indexFile)).digestUnder('posts')) as string;
  const bytes = fs.readFileSync(indexFile);
  measure('  read .git/index', () => fs.readFileSync(indexFile));
  measure('  its checksum alone (sha1)', () => createHash('sha1').update(bytes.subarray(0, bytes.length - 20)).digest());
  const index = measure('  parse (checksum included)', () => parseOrFail(bytes)) as GitIndex;
  measure('  digestUnder(posts)', () => index.digestUnder('posts'));
  measure('  of which sha256 over the bytes alone', () => createHash('sha256').update(bytes).digest('hex'));
  measure('  countUnder(posts)', () => index.countUnder('posts'));
  measure('entriesUnder(posts) (strings: the slow path)', () => index.entriesUnder('posts'));
  const v4 = fs.readFileSync(v4File);
  digestV4 = measure('version 4: parse + digestUnder(posts)', () => parseOrFail(v4).digestUnder('posts')) as string;
}

const index = parseOrFail(fs.readFileSync(indexFile));
const v4Size = fs.statSync(v4File).size;
fs.rmSync(v4File, { force: true });
console.log(`${repo}: ${index.countUnder('')} entries, .git/index ${(fs.statSync(indexFile).size / 1048576).toFixed(1)} MiB ` +
  `(version 4: ${(v4Size / 1048576).toFixed(1)} MiB), ls-files -s -z ${(listed / 1048576).toFixed(1)} MiB; best of ${rounds} rounds; ` +
  `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);
for (const [name, ms] of best) console.log(`${name.padEnd(48)} ${ms.toFixed(1).padStart(7)} ms`);
const ours = best.get('read + parse + digestUnder(posts)')!;
const theirs = best.get('git ls-files -s -z (execFileSync)')!;
console.log(`ratio (read + parse + digest) / ls-files: ${(ours / theirs).toFixed(2)}×; digest ${digest.slice(0, 12)}…, version 4 ${digestV4.slice(0, 12)}…`);
