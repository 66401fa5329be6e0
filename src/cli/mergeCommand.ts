/**
 * `news-archive merge FILE…`: the shards' reports of one archive (`check --shard K/N
 * --format json` or `--format sarif` in N jobs) as one report on stdout, in the same format.
 * A shard's archive-wide problems are about its own files only, so they are left out; with the
 * shards' sketches among the files (`index --shard K/N --sketches`), the archive's own duplicate
 * groups and variants are found across them all and put in their files (map, then reduce): the
 * report of one run over the whole archive. With `--baseline FILE` (SARIF reports), every result
 * is marked against the whole archive's baseline, the baseline's problems that are gone added as
 * `absent` (../core/report/mergeBaseline.ts). Exit 1 when the merged report has an error that is
 * not in the baseline, else 0; 2 when a file cannot be read or the reports are not all of one kind.
 */
import * as fs from 'node:fs';
import type { HygieneSettings } from '../core/hygiene/hygieneConfig';
import { mergeJson, mergeSarif, partialProblems, readShardInput, ShardReport, withArchiveJson, withArchiveSarif } from '../core/report/mergeReports';
import type { PlacedAnchor, ReportFile } from '../core/report/reportTypes';
import { ruleCatalog } from '../core/report/ruleCatalog';
import { sarifLog } from '../core/report/sarif';
import type { ArchiveFacts } from '../core/rules/archiveAnchors';
import { markMerged } from '../core/report/mergeBaseline';
import { parseArgs, stringOption, UsageError } from './args';
import { archiveWideProblems } from './archiveWide';
import { readBaseline } from './checkCommand';
import { jsonResults } from './checkFormats';
import { reportDiagnostic } from './checkReport';
import { CliIo } from './io';
import { count, currentLocale, t } from './l10n';
import { TOOL_VERSION } from './version';

export const mergeUsage = 'news-archive merge REPORT… [SKETCHES…] [--baseline FILE] > merged.json';

/** The archive's own archive-wide problems, from every shard's sketches, as report files. */
function archiveFiles(sketches: readonly { settings: HygieneSettings; files: { path: string; facts: ArchiveFacts<PlacedAnchor> }[] }[]): ReportFile[] {
  const seen = new Set<string>();
  // A file in two shards' sketches (an overlap) is one file, as merging reports keeps one.
  const files = sketches.flatMap((s) => s.files).filter((f) => !seen.has(f.path) && seen.add(f.path));
  const locale = currentLocale();
  return [...archiveWideProblems(files, sketches[0].settings)].map(([path, problems]) => ({ path, diagnostics: problems.map((p) => reportDiagnostic(p, locale)) }));
}

export function runMerge(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { values: { baseline: [] } });
  if (args.positional.length === 0) throw new UsageError(t('merge needs at least one report (check --format json or --format sarif)'));
  const baselinePath = stringOption(args, 'baseline');
  const baseline = baselinePath === undefined ? undefined : readBaseline(baselinePath);
  const reports: ShardReport[] = [];
  const sketches: Parameters<typeof archiveFiles>[0][number][] = [];
  for (const file of args.positional) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      io.err(t('{0}: cannot read: {1}', file, (e as NodeJS.ErrnoException).code ?? String(e)));
      return 2;
    }
    const input = readShardInput(text);
    if (input?.kind === 'bad-sketches') {
      io.err(t('{0}: not sketches this version of news-archive wrote (index --sketches)', file));
      return 2;
    }
    if (input?.kind === 'sketches') {
      sketches.push(input.sketches);
      continue;
    }
    if (!input) {
      io.err(t('{0}: not a report of news-archive check --format json or --format sarif', file));
      return 2;
    }
    if (reports.length && reports[0].kind !== input.kind) {
      io.err(t('{0}: a {1} report among {2} reports; merge reports of one format', file, input.kind, reports[0].kind));
      return 2;
    }
    reports.push(input);
  }
  if (reports.length === 0) throw new UsageError(t('merge needs at least one report (check --format json or --format sarif)'));
  if (baseline && reports[0].kind !== 'sarif') {
    io.err(t('merge --baseline needs SARIF reports (check --format sarif): they carry the fingerprints a baseline is matched by'));
    return 2;
  }
  const partial = reports.reduce((n, r) => n + partialProblems(r), 0);
  if (partial > 0 && sketches.length === 0) {
    io.err(t("{0} of the shards' archive-wide rules (duplicate-article, vocabulary-variant) left out: each shard saw only its own files; give merge every shard's `index --shard K/N --sketches` output to find them across the archive", count('problem', partial)));
  }
  const archive = sketches.length ? archiveFiles(sketches) : [];
  if (reports[0].kind === 'json') {
    const merged = withArchiveJson(
      mergeJson(reports.map((r) => (r.kind === 'json' ? r.files : []))),
      new Map(jsonResults(archive).map((f) => [f.path, f.diagnostics])),
    );
    io.out(JSON.stringify(merged, null, 2));
    const failing = merged.some((f) => f.diagnostics.some((d) => {
      const x = d as { severity?: string; baselineState?: string };
      return x.severity === 'error' && x.baselineState !== 'unchanged';
    }));
    return failing ? 1 : 0;
  }
  const extra = archive.length ? sarifLog(archive, { rules: ruleCatalog(), toolVersion: TOOL_VERSION, root: process.cwd() }).runs[0].results : [];
  const merged = withArchiveSarif(mergeSarif(reports.map((r) => (r.kind === 'sarif' ? r.log : { $schema: '', version: '2.1.0', runs: [] }))), extra);
  if (baseline) {
    const marked = markMerged(merged, baseline.baseline, process.cwd(), (rule) => t('{0}: in the baseline, no longer found', rule));
    io.out(JSON.stringify(marked.log));
    io.err(t('{0}: {1} already known, {2} no longer found; new: {3}', baselinePath!, count('problem', marked.unchanged), marked.absent, count('error', marked.newErrors)));
    return marked.newErrors > 0 ? 1 : 0;
  }
  // SARIF without indentation, as check writes it.
  io.out(JSON.stringify(merged));
  return merged.runs[0].results.some((r) => r.level === 'error' && r.baselineState !== 'unchanged') ? 1 : 0;
}
