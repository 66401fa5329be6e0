/**
 * What `check --cache` asks git of the repository holding a folder, and reads from it: where its
 * top and its index are and its object format (one `rev-parse`), the index parsed
 * (./gitIndex.ts), and the line-ending conversion git applies on checkout (the working bytes of a
 * blob depend on it). The git listing (./gitListing.ts) and the content keys of a narrowed run
 * (./contentKeys.ts) both start here.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GitIndex } from './gitIndex';

/** `git …` printing, a line each: the top, the index file (relative to where it runs), sha1 or sha256. */
export const WHERE_QUERY = ['rev-parse', '--show-toplevel', '--git-path', 'index', '--show-object-format'];

/** `git …` printing the settings of the line-ending conversion. */
export const CONVERSION_QUERY = ['config', '--get-regexp', '^core\\.(autocrlf|eol)$'];

/**
 * The repository that WHERE_QUERY, run in `folder`, printed, its index read and parsed; undefined
 * when there is no index yet or the reader cannot vouch for it (a split or sparse index, say).
 */
export function repositoryOf(folder: string, printed: string): { top: string; index: GitIndex } | undefined {
  const [top, indexPath, format] = printed.split(/\r?\n/);
  const hashBytes = format === 'sha1' ? 20 : format === 'sha256' ? 32 : undefined;
  if (!top || !indexPath || !hashBytes) return undefined;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.resolve(folder, indexPath));
  } catch {
    return undefined; // no index yet: nothing is tracked
  }
  const index = GitIndex.parse(bytes, hashBytes);
  return index && { top, index };
}

/**
 * The key `check --cache` keeps a file's result by when git vouches for its content: the blob id
 * with the conversion that makes the working bytes of it (the listing's and a narrowed run's keys
 * must be the same, as one cache serves both).
 */
export function gitBlobKey(conversion: string, blob: string): string {
  return `git:${conversion}:${blob}`;
}

/**
 * The line-ending conversion git applies on checkout, as a short hash: the settings
 * CONVERSION_QUERY printed and the top's .gitattributes.
 */
export function conversionOf(top: string, settings: string): string {
  let attributes = '';
  try {
    attributes = fs.readFileSync(path.join(top, '.gitattributes'), 'utf8');
  } catch {
    // none
  }
  return createHash('sha256').update(`${settings.trim()}\0${attributes}`).digest('hex').slice(0, 12);
}
