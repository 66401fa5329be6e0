/**
 * `news-archive baseline PATH… [--shard K/N] [--cache FILE] > .newsarchive-baseline.json`:
 * today's problems by file, rule and fingerprint of the text at fault, for `check --baseline`.
 * It records, it does not judge: exit 0 (2 when a path, file or configuration could not be read).
 */
import { Baseline } from '../core/report/baseline';
import { parseArgs, UsageError } from './args';
import { checkPaths, storedName } from './checkCommand';
import { CliIo } from './io';
import { count, t } from './l10n';

export const baselineUsage = 'news-archive baseline PATH… [--shard K/N] [--cache FILE] > .newsarchive-baseline.json';

export async function runBaseline(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: { shard: [], cache: [] } });
  if (args.positional.length === 0) throw new UsageError(t('{0} needs at least one file or folder', 'baseline'));
  const run = await checkPaths(args, io);
  // Without a format, the run emits nothing: it gives its files.
  const files = run.files ?? [];
  const baseline = Baseline.of(files, storedName);
  io.out(JSON.stringify(baseline, null, 1));
  const problems = files.reduce((n, f) => n + f.diagnostics.length, 0);
  io.err(t('{0} in {1} recorded', count('problem', problems), count('file', Object.keys(baseline.problems).length)));
  return run.failed ? 2 : 0;
}
