/**
 * `news-archive merge REPORT…`: the shards' reports of one archive (`check --shard K/N
 * --format json` or `--format sarif` in N jobs) as one report on stdout, in the same format.
 * The shards' archive-wide problems are left out (each saw only its own files), and said so.
 * Exit 1 when the merged report has an error (a SARIF result of level error that is not in the
 * baseline), else 0; 2 when a report cannot be read or the reports are not all of one kind.
 */
import * as fs from 'node:fs';
import { mergeJson, mergeSarif, partialProblems, readShardReport, ShardReport } from '../core/report/mergeReports';
import { parseArgs, UsageError } from './args';
import { CliIo } from './io';
import { count, t } from './l10n';

export const mergeUsage = 'news-archive merge REPORT… > merged.json';

export function runMerge(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, {});
  if (args.positional.length === 0) throw new UsageError(t('merge needs at least one report (check --format json or --format sarif)'));
  const reports: ShardReport[] = [];
  for (const file of args.positional) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      io.err(t('{0}: cannot read: {1}', file, (e as NodeJS.ErrnoException).code ?? String(e)));
      return 2;
    }
    const report = readShardReport(text);
    if (!report) {
      io.err(t('{0}: not a report of news-archive check --format json or --format sarif', file));
      return 2;
    }
    if (reports.length && reports[0].kind !== report.kind) {
      io.err(t('{0}: a {1} report among {2} reports; merge reports of one format', file, report.kind, reports[0].kind));
      return 2;
    }
    reports.push(report);
  }
  const partial = reports.reduce((n, r) => n + partialProblems(r), 0);
  if (partial > 0) io.err(t("{0} of the shards' archive-wide rules (duplicate-article, vocabulary-variant) left out: each shard saw only its own files", count('problem', partial)));
  if (reports[0].kind === 'json') {
    const merged = mergeJson(reports.map((r) => (r.kind === 'json' ? r.files : [])));
    io.out(JSON.stringify(merged, null, 2));
    const failing = merged.some((f) => f.diagnostics.some((d) => {
      const x = d as { severity?: string; baselineState?: string };
      return x.severity === 'error' && x.baselineState !== 'unchanged';
    }));
    return failing ? 1 : 0;
  }
  const merged = mergeSarif(reports.map((r) => (r.kind === 'sarif' ? r.log : { $schema: '', version: '2.1.0', runs: [] })));
  io.out(JSON.stringify(merged, null, 2));
  return merged.runs[0].results.some((r) => r.level === 'error' && r.baselineState !== 'unchanged') ? 1 : 0;
}
