/**
 * What `check --cache` keys a file's result by: its content, never its modification time (a CI
 * checkout gives every file a new one). For a file git tracks and reports unmodified, its blob
 * id from the index (one `git ls-files -s`, one `git diff-files` for the files changed since):
 * no read at all. Any other file is read and its bytes hashed. A blob id is the content after
 * git's line-ending conversion, so the key names that conversion too (core.autocrlf, core.eol
 * and the top-level .gitattributes), as the working files' bytes depend on it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ContentKeys {
  /** The key of a file from git, without reading it; undefined when git cannot tell. */
  fromGit(file: string): string | undefined;
}

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

export function hashKey(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The blob ids of the unmodified tracked files of the repository holding `cwd` (none outside one). */
export function gitContentKeys(cwd = process.cwd()): ContentKeys {
  const none: ContentKeys = { fromGit: () => undefined };
  const top = git(['rev-parse', '--show-toplevel'], cwd)?.trim();
  if (!top) return none;
  const listed = git(['ls-files', '-s', '-z'], top);
  const modified = git(['diff-files', '--name-only', '-z'], top);
  if (listed === undefined || modified === undefined) return none;
  let attributes = '';
  try {
    attributes = fs.readFileSync(path.join(top, '.gitattributes'), 'utf8');
  } catch {
    // none
  }
  const settings = git(['config', '--get-regexp', '^core\\.(autocrlf|eol)$'], top) ?? '';
  const conversion = createHash('sha256')
    .update(`${settings.trim()}\0${attributes}`)
    .digest('hex')
    .slice(0, 12);
  const changed = new Set(modified.split('\0'));
  const blobs = new Map<string, string>();
  for (const line of listed.split('\0')) {
    // "<mode> <blob> <stage>\t<path>": regular files only (a symbolic link's blob is its target), merged entries only.
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [mode, blob, stage] = line.slice(0, tab).split(' ');
    const rel = line.slice(tab + 1);
    if ((mode !== '100644' && mode !== '100755') || stage !== '0' || changed.has(rel)) continue;
    blobs.set(rel, blob);
  }
  let base: string;
  try {
    base = fs.realpathSync(cwd);
  } catch {
    return none;
  }
  // The working folder's place in the repository, for relative paths without `.` or `..` steps.
  const prefix = path.relative(top, base).split(path.sep).join('/');
  const plain = (file: string) => !path.isAbsolute(file) && !/(^|[\\/])\.\.?([\\/]|$)/.test(file) && (path.sep === '/' || !file.includes('/'));
  return {
    fromGit(file) {
      const rel = plain(file)
        ? (prefix ? `${prefix}/${file}` : file).split(path.sep).join('/')
        : path.relative(top, path.resolve(base, file)).split(path.sep).join('/');
      const blob = blobs.get(rel);
      return blob === undefined ? undefined : `git:${conversion}:${blob}`;
    },
  };
}
