/**
 * What `check --cache` keys a file's result by: its content, never its modification time (a CI
 * checkout gives every file a new one). For a file git tracks and reports unmodified, its blob
 * id from the index file (./gitIndex.ts; one `git diff-files` for the files changed since): no
 * read at all. Any other file is read and its bytes hashed. A blob id is the content after
 * git's line-ending conversion, so the key names that conversion too (core.autocrlf, core.eol
 * and the top-level .gitattributes), as the working files' bytes depend on it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPlainFile } from './gitIndex';
import { conversionOf, CONVERSION_QUERY, gitBlobKey, repositoryOf, WHERE_QUERY } from './gitRepository';

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
  const where = git(WHERE_QUERY, cwd);
  const repository = where === undefined ? undefined : repositoryOf(cwd, where);
  if (!repository) return none;
  const { top, index } = repository;
  const modified = git(['diff-files', '--name-only', '-z'], top);
  if (modified === undefined) return none;
  const conversion = conversionOf(top, git(CONVERSION_QUERY, top) ?? '');
  const changed = new Set(modified.split('\0'));
  const blobs = new Map<string, string>();
  for (const entry of index.entriesUnder('')) if (isPlainFile(entry) && !changed.has(entry.path)) blobs.set(entry.path, entry.blob);
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
      return blob === undefined ? undefined : gitBlobKey(conversion, blob);
    },
  };
}
