/**
 * `news-archive check PATH… [--format text|json|sarif|github|junit] [--shard K/N]
 * [--changed-since REV]`: every article's problems, as compiler-style text (1-based), JSON
 * (0-based lines, UTF-16 characters, the editor's positions), SARIF 2.1.0, GitHub annotations or
 * JUnit XML (./checkFormats.ts). Exit 1 when any error is found, else 0; 2 on usage errors, when
 * a path or file cannot be read, or when a `.newsarchive.json` has errors. The archive-wide
 * rules (duplicate-article, vocabulary-variant) look across the files checked in this run (with
 * --shard: the shard's files), their other paths as `related`. With --cache: ./cachedCheck.ts.
 */
import type { Article } from '../core/article/article';
import type { Locale } from '../core/locale';
import type { Problem } from '../core/problem';
import { countProblems, ProblemSum, sumProblemCounts } from '../core/problemCounts';
import type { HygieneSettings } from '../core/hygiene/hygieneConfig';
import type { PlacedAnchor, PositionedProblem, ReportFile } from '../core/report/reportTypes';
import { REPORT_RULE_ORDER } from '../core/rules/archiveProblems';
import { ArchiveFacts, archiveFacts } from '../core/rules/archiveAnchors';
import { validateArticle } from '../core/rules/index';
import { sortPlaced } from '../core/rules/problemOrder';
import * as fs from 'node:fs';
import { Baseline, gateCounts, SHARD_UNSURE_RULES } from '../core/report/baseline';
import { ParsedArgs, parseArgs, stringOption, UsageError } from './args';
import { archiveWideProblems, archiveWideSettings } from './archiveWide';
import { articleOf, readFileSnapshot } from './articleFile';
import { selectFiles } from './articleFiles';
import { formatReport, JsonDiagnostic, jsonResults, textLines } from './checkFormats';
import { CHECK_OPTIONS, CheckFormat } from './checkOptions';
import { cachedCheck } from './cachedCheck';
import { placedFacts, positionedProblems, reportDiagnostic } from './checkReport';
import { CheckCacheFile } from './checkCacheFile';
import { ConfigFiles, configFilesFor } from './configFile';
import { parseShard } from './fileFilters';
import { CliIo } from './io';
import { checkExitCode, checkSummaryLines, checkTotals } from './checkSummary';
import { currentLocale, t } from './l10n';
import type { WarmHandoff } from './warmCheck';

export type { JsonDiagnostic, JsonFileResult } from './checkFormats';

export { checkUsage } from './checkOptions';

interface CheckedFile {
  path: string;
  problems: PositionedProblem[];
  archive?: ArchiveFacts<PlacedAnchor>;
}

/** One article's problems as the JSON format prints them. */
export function toJsonDiagnostics(article: Article, problems: readonly Problem[], locale: Locale): JsonDiagnostic[] {
  const diagnostics = positionedProblems(article, problems).map((p) => reportDiagnostic(p, locale));
  return jsonResults([{ path: '', diagnostics }])[0].diagnostics;
}

/** The placed problems of each article among `paths`; with `archiveWide`, also what the archive-wide rules know of it. */
function checkFiles(paths: readonly string[], configs: ConfigFiles, archiveWide: boolean, io: CliIo): { checked: CheckedFile[]; unreadable: number } {
  const checked: CheckedFile[] = [];
  let unreadable = 0;
  for (const file of paths) {
    const snapshot = readFileSnapshot(file, io);
    if (!snapshot) {
      unreadable++;
      continue;
    }
    const read = articleOf(snapshot);
    if (read.kind !== 'article') continue;
    const problems = positionedProblems(read.article, validateArticle(read.article, configs.forFile(file).config));
    checked.push({ path: file, problems, archive: archiveWide ? placedFacts(read.article, archiveFacts(file, read.article)) : undefined });
  }
  return { checked, unreadable };
}

/** The archive-wide problems of the run's files, from what each file's one reading kept: no file is read again. */
function addArchiveProblems(checked: CheckedFile[], settings: HygieneSettings): void {
  const found = archiveWideProblems(checked.flatMap((c) => (c.archive ? [{ path: c.path, facts: c.archive }] : [])), settings);
  for (const c of checked) {
    const more = found.get(c.path);
    if (more) c.problems = sortPlaced([...c.problems, ...more], REPORT_RULE_ORDER);
  }
}


/** A run's problems as every front end counts them (core/problemCounts.ts). */
export function archiveProblemsOf(files: readonly ReportFile[]): ProblemSum {
  return sumProblemCounts(files.map((f) => countProblems(f.diagnostics.map((d) => ({ ruleId: d.rule, severity: d.severity })))));
}

export interface CheckRun {
  /** The files' report data; undefined when the run already emitted its output (from the cache). */
  files?: ReportFile[];
  /** Paths that could not be read, configurations with errors: the run exits 2. */
  failed: boolean;
  /** How many files the run covered, and how many came from the cache. */
  covered: number;
  /** With a cache: files from it, and files validated. */
  cache?: { path: string; hits: number; validated: number; repeated: boolean };
  /** The problems as every front end counts them (core/problemCounts.ts). */
  counts: Omit<ProblemSum, 'byRule' | 'withProblems'>;
  /** With a baseline: problems it knew, and errors it did not. */
  known: number;
  newErrors: number;
}

/** The name a file has in a cache or baseline: relative to the working folder, with `/`. */
export const storedName = CheckCacheFile.entryName;

/** The rules whose new problems this run cannot judge against a baseline: a shard's (SHARD_UNSURE_RULES). */
export function unsureRules(args: ParsedArgs): ReadonlySet<string> | undefined {
  const shard = stringOption(args, 'shard');
  return shard !== undefined && parseShard(shard).count > 1 ? SHARD_UNSURE_RULES : undefined;
}

function tally(run: Omit<CheckRun, 'counts' | 'known' | 'newErrors'> & { files: ReportFile[] }, withBaseline: boolean): CheckRun {
  const { known, newErrors } = gateCounts(run.files.flatMap((f) => f.diagnostics), withBaseline);
  return { ...run, counts: archiveProblemsOf(run.files), known, newErrors };
}

/**
 * Walks, checks (from the cache where it holds) and words the problems of a `check`-like
 * command. With `format`, a run with a cache emits its output itself (CheckRun.files is then
 * undefined); a baseline marks the problems it knew.
 */
export async function checkPaths(args: ParsedArgs, io: CliIo, format?: CheckFormat, baseline?: { baseline: Baseline; text: string }, warm?: WarmHandoff): Promise<CheckRun> {
  const cachePath = stringOption(args, 'cache');
  const configs = configFilesFor(io);
  if (cachePath !== undefined) {
    const run = await cachedCheck(args, io, cachePath, configs, { format, baseline: baseline && { ...baseline, storedName, unsure: unsureRules(args) }, warm });
    return {
      files: run.files,
      failed: run.unreadable > 0 || configs.filesWithErrors > 0,
      covered: run.covered,
      cache: { path: cachePath, hits: run.hits, validated: run.validated, repeated: run.repeated },
      counts: checkTotals(run.counts, run.articles),
      known: run.known,
      newErrors: run.newErrors,
    };
  }
  const locale = currentLocale();
  const { files: paths, unreadable: unwalked } = selectFiles(args, io);
  const settings = archiveWideSettings(configs, paths, args.positional);
  const { checked, unreadable } = checkFiles(paths, configs, settings !== undefined, io);
  if (settings) addArchiveProblems(checked, settings);
  const files: ReportFile[] = checked.map((c) => ({ path: c.path, diagnostics: c.problems.map((p) => reportDiagnostic(p, locale)) }));
  baseline?.baseline.mark(files, storedName, unsureRules(args));
  // A configuration with errors is not what the archive asked for: a CI gate must not pass on it.
  return tally({ files, failed: unwalked + unreadable > 0 || configs.filesWithErrors > 0, covered: paths.length }, baseline !== undefined);
}

export function readBaseline(file: string): { baseline: Baseline; text: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(t('--baseline: cannot read {0}: {1}', file, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  const baseline = Baseline.parse(text);
  if (!baseline) throw new UsageError(t('--baseline: {0} is not a baseline written by `news-archive baseline`', file));
  return { baseline, text };
}

/** `warm`: what dist/cli.js's warm run took before it handed the run over (./warmCheck.ts). */
export async function runCheck(argv: readonly string[], io: CliIo, warm?: WarmHandoff): Promise<number> {
  const args = parseArgs(argv, CHECK_OPTIONS);
  if (args.positional.length === 0) throw new UsageError(t('{0} needs at least one file or folder', 'check'));
  const format = (stringOption(args, 'format') ?? 'text') as CheckFormat;
  const baselinePath = stringOption(args, 'baseline');
  const baseline = baselinePath === undefined ? undefined : readBaseline(baselinePath);
  const run = await checkPaths(args, io, format, baseline, warm);
  const { counts, known, newErrors } = run;
  if (run.files) {
    if (format === 'text') {
      const lines = textLines(run.files);
      if (lines.length) io.out(lines.join('\n'));
    } else {
      const out = formatReport(format, run.files, baseline !== undefined);
      if (out !== '') io.out(out);
    }
  }
  const lines = checkSummaryLines(
    format,
    counts,
    baseline && { path: baselinePath!, known, newErrors },
    run.cache && { path: run.cache.path, hits: run.cache.hits, covered: run.covered },
  );
  for (const line of lines) io.err(line);
  return checkExitCode(run.failed, newErrors);
}
