/**
 * The warm run of `check --cache`: when nothing the last run's output depends on has changed,
 * that output again, streamed from the cache with its counts, and no file read that git vouches
 * for. "Nothing changed" is one hash (`runDigest`) of git's listing of the folder
 * (./gitListing.ts), of the files git cannot vouch for (read and hashed), of the configurations
 * that applied (their keys) and of the tool, the working folder and the PATH; the output's
 * variant (format, language, baseline) must be the one the cache holds.
 *
 * Light on purpose: dist/cli.js runs it (./warmCheck.ts) before it loads the rest of the command
 * line (dist/cliMain.js: the rules, the formats, the YAML and HTML readers), which a warm run
 * over an unchanged archive never needs. ./cachedCheck.ts writes the digest with the same
 * functions and repeats a run through `repeatLastRun` too.
 */
import { createHash } from 'node:crypto';
import { FileSnapshot, readSnapshot } from '../core/files/fileSnapshot';
import { ParsedArgs, stringOption } from './args';
import type { CheckCacheFile } from './checkCacheFile';
import type { CheckFormat } from './checkOptions';
import { hashKey } from './contentKeys';
import type { GitListing } from './gitListing';
import { CliIo } from './io';
import { Output } from './output';
import { TOOL_VERSION } from './version';

/** Whether the run may take its files from git: one folder, not narrowed by --shard or --changed-since. */
export function listable(args: ParsedArgs): boolean {
  return args.positional.length === 1 && stringOption(args, 'shard') === undefined && stringOption(args, 'changed-since') === undefined;
}

/** What a body of parts is the output of: the format, the language, the baseline (its text) and, for a shard, the rules it cannot judge. */
export function runVariant(format: CheckFormat, locale: string, baselineText: string | undefined, unsure: readonly string[]): string {
  const baseline = baselineText !== undefined ? createHash('sha256').update(baselineText).digest('hex') : '';
  return `${format}\0${locale}\0${baseline}\0${unsure.join(',')}`;
}

/** A file git cannot vouch for, by the hash of its bytes. */
export interface UnvouchedKey {
  path: string;
  key: string;
}

/** The hash of everything a git-listed run's output depends on, but its variant. */
export function runDigest(listing: GitListing, unvouched: readonly UnvouchedKey[], folders: readonly { folder: string; key: string }[]): string {
  const h = createHash('sha256');
  h.update(`${TOOL_VERSION}\0${process.cwd()}\0${listing.input}\0`);
  for (const b of listing.raw) h.update(b);
  h.update('\0\0');
  for (const u of unvouched) h.update(`${u.path}\0${u.key}\0`);
  h.update('\0');
  for (const f of folders) h.update(`${f.folder}\0${f.key}\0`);
  return h.digest('hex');
}

/** The keys of the files git cannot vouch for, read now (kept in `read`); undefined when one cannot be read. */
export function unvouchedKeys(listing: GitListing, read: Map<string, FileSnapshot>): UnvouchedKey[] | undefined {
  const { files, skipped } = listing.unvouched();
  if (skipped.length > 0) return undefined;
  const keys: UnvouchedKey[] = [];
  for (const f of files) {
    let snapshot = read.get(f.path);
    if (!snapshot) {
      const r = readSnapshot(f.path);
      if (r.kind !== 'file') return undefined;
      snapshot = r.snapshot;
      read.set(f.path, snapshot);
    }
    keys.push({ path: f.path, key: hashKey(snapshot.bytes) });
  }
  return keys;
}

/** What the repeated run reports: the last run's counts. */
export interface RepeatedRun {
  counts: [number, number, number, number];
  known: number;
  newErrors: number;
  articles: number;
  covered: number;
}

/**
 * The last run's output again on `io`, when the cache holds one of `variant` that still holds at
 * `now` and nothing it depends on changed; undefined (and nothing written) otherwise.
 * `configKey` gives the key of a folder's configuration as the run that wrote the cache keyed it.
 */
export function repeatLastRun(
  cache: CheckCacheFile,
  listing: GitListing,
  variant: string,
  configKey: (folder: string) => string,
  read: Map<string, FileSnapshot>,
  io: CliIo,
  now = Date.now(),
): RepeatedRun | undefined {
  const reader = cache.reader;
  const run = reader?.run;
  const around = reader?.around;
  if (!reader || !run || !around || reader.variant !== variant || (run.expires !== null && now >= run.expires)) return undefined;
  const unvouched = unvouchedKeys(listing, read);
  if (!unvouched) return undefined;
  const folders = run.folders.map((folder) => ({ folder, key: configKey(folder) }));
  if (runDigest(listing, unvouched, folders) !== run.digest) return undefined;
  const out = new Output(io);
  if (reader.body.length === 0) out.add(around.empty);
  else {
    out.add(around.head);
    cache.streamBody((b) => out.add(b));
    out.add(around.tail);
  }
  out.end();
  return { counts: [...run.counts], known: run.known, newErrors: run.newErrors, articles: run.articles, covered: run.covered };
}
