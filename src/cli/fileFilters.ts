/**
 * Narrowing the CLI's file list for CI: `--shard K/N` (a stable split by path, so a job matrix
 * covers an archive too big for one machine) and `--changed-since REV` (files git reports as
 * changed since REV, committed or not, plus untracked ones).
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { UsageError } from './args';
import { t } from './l10n';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(t('--shard takes K/N with 1 ≤ K ≤ N, e.g. --shard 2/8 (got "{0}")', value));
  }
  return { index, count };
}

/** FNV-1a over the path with `/` separators, relative to the working folder: the same on every machine. */
function pathHash(file: string): number {
  const rel = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  let h = 0x811c9dc5;
  for (let i = 0; i < rel.length; i++) {
    h ^= rel.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function inShard(file: string, shard: Shard): boolean {
  return pathHash(file) % shard.count === shard.index - 1;
}

function git(args: string[], cwd: string, failure?: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if (failure) throw new UsageError(failure);
    const stderr = (e as { stderr?: string }).stderr?.trim();
    throw new UsageError(stderr ? t('--changed-since needs git: "{0}" failed: {1}', `git ${args.join(' ')}`, stderr) : t('--changed-since needs git: "{0}" failed', `git ${args.join(' ')}`));
  }
}

/**
 * The commit `rev` names, as a full hash: only a hash ever reaches `git diff`, so a value such
 * as `--output=FILE` is refused here instead of becoming an option of git's.
 */
function commitOf(rev: string, top: string): string {
  if (rev === '' || rev.startsWith('-')) {
    throw new UsageError(t('--changed-since takes a revision (a commit, branch or tag such as origin/main), not "{0}"', rev));
  }
  const hash = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], top, t('--changed-since: "{0}" names no commit in this repository', rev)).trim();
  if (!/^[0-9a-f]{40,64}$/.test(hash)) throw new UsageError(t('--changed-since: "{0}" names no commit in this repository', rev));
  return hash;
}

/** Absolute paths of the files changed since `rev` in the repository holding `cwd`. */
export function changedSince(rev: string, cwd = process.cwd()): Set<string> {
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  const commit = commitOf(rev, top);
  const changed = git(['-c', 'core.quotepath=off', 'diff', '--name-only', '-z', '--diff-filter=ACMRT', commit, '--'], top);
  const untracked = git(['-c', 'core.quotepath=off', 'ls-files', '--others', '--exclude-standard', '-z'], top);
  const files = new Set<string>();
  for (const rel of [...changed.split('\0'), ...untracked.split('\0')]) if (rel) files.add(path.resolve(top, rel));
  return files;
}
