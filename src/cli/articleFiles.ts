/**
 * The article files a `check` or `fix` run covers: the PATH arguments walked, narrowed by
 * `--shard` and `--changed-since`. Whether a file is an article is decided from its text later.
 */
import * as path from 'node:path';
import { fileSelection } from '../core/index/fileSelection';
import { ParsedArgs, stringOption } from './args';
import { changedSince, inShard, parseShard } from './fileFilters';
import { CliIo } from './io';
import { SkippedPath, walkArchive, WalkResult } from '../core/index/archiveWalk';
import { t } from './l10n';
import { notAFileLine } from './articleFile';

/** Says on stderr which paths could not be read or are not files. */
export function reportSkipped(skipped: readonly SkippedPath[], io: CliIo): void {
  for (const s of skipped) io.err(s.special ? notAFileLine(s.path, s.special) : t('{0}: cannot read: {1}', s.path, s.code));
}

/** Walks the PATH arguments, saying on stderr which paths could not be read or are not files. */
export function walkPaths(paths: readonly string[], io: CliIo): WalkResult {
  const walked = walkArchive(paths, fileSelection());
  reportSkipped(walked.skipped, io);
  return walked;
}

/** The files to cover, and how many paths could not be read (the run then exits 2). */
export function selectFiles(args: ParsedArgs, io: CliIo): { files: string[]; unreadable: number } {
  const shardArg = stringOption(args, 'shard');
  const shard = shardArg === undefined ? undefined : parseShard(shardArg);
  const rev = stringOption(args, 'changed-since');
  const changed = rev === undefined ? undefined : changedSince(rev);
  const { files, skipped } = walkPaths(args.positional, io);
  // A file named twice (or named and inside a folder named) is one file, checked and written once.
  const seen = new Set<string>();
  const selected = files.filter((f) => {
    const at = path.resolve(f);
    if (seen.has(at)) return false;
    seen.add(at);
    return (!shard || inShard(f, shard)) && (!changed || changed.has(at));
  });
  return { files: selected, unreadable: skipped.length };
}
