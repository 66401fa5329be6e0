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

export function selectFiles(args: ParsedArgs, io: CliIo): string[] {
  const shardArg = stringOption(args, 'shard');
  const shard = shardArg === undefined ? undefined : parseShard(shardArg);
  const rev = stringOption(args, 'changed-since');
  const changed = rev === undefined ? undefined : changedSince(rev);
  const { files, skipped } = walkArchive(args.positional, fileSelection());
  for (const s of skipped) io.err(`${s.path}: ${s.reason}`);
  return files.filter((f) => (!shard || inShard(f, shard)) && (!changed || changed.has(path.resolve(f))));
}
