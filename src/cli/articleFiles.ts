/**
 * The article files a `check` or `fix` run covers: the PATH arguments walked, narrowed by
 * `--shard` and `--changed-since`. Whether a file is an article is decided from its text later.
 */
import * as path from 'node:path';
import { fileSelection } from '../core/fileSelection';
import { ParsedArgs, stringOption } from './args';
import { changedSince, inShard, parseShard } from './fileFilters';
import { CliIo } from './io';
import { walkArchive } from './walk';

/** The files to cover, and how many paths could not be read (the run then exits 2). */
export function selectFiles(args: ParsedArgs, io: CliIo): { files: string[]; unreadable: number } {
  const shardArg = stringOption(args, 'shard');
  const shard = shardArg === undefined ? undefined : parseShard(shardArg);
  const rev = stringOption(args, 'changed-since');
  const changed = rev === undefined ? undefined : changedSince(rev);
  const { files, skipped } = walkArchive(args.positional, fileSelection());
  for (const s of skipped) io.err(`${s.path}: ${s.reason}`);
  const selected = files.filter((f) => (!shard || inShard(f, shard)) && (!changed || changed.has(path.resolve(f))));
  return { files: selected, unreadable: skipped.length };
}
