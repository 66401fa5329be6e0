/**
 * `news-archive check PATH… [--format text|json|sarif|github|junit] [--shard K/N]
 * [--changed-since REV]`: every article's problems, as compiler-style text (1-based), JSON
 * (0-based lines, UTF-16 characters, the editor's positions), SARIF 2.1.0, GitHub annotations or
 * JUnit XML (./checkFormats.ts). Exit 1 when any error is found, else 0; 2 on usage errors, when
 * a path or file cannot be read, or when a `.newsarchive.json` has errors. The archive-wide
 * rules (duplicate-article, vocabulary-variant) look across the files checked in this run (with
 * --shard: the shard's files), their other paths as `related`.
 */
import type { Article } from '../core/article/article';
import type { HygieneSettings } from '../core/hygiene/hygieneConfig';
import type { Locale } from '../core/locale';
import type { Problem } from '../core/problem';
import { countProblems, ProblemSum, sumProblemCounts } from '../core/problemCounts';
import type { PlacedAnchor, PositionedProblem, ReportFile } from '../core/report/reportTypes';
import { REPORT_RULE_ORDER } from '../core/rules/archiveProblems';
import { ArchiveFacts, archiveFacts } from '../core/rules/archiveAnchors';
import { validateArticle } from '../core/rules/index';
import { sortPlaced } from '../core/rules/problemOrder';
import * as fs from 'node:fs';
import { Baseline } from '../core/report/baseline';
import type { CacheEntry } from '../core/report/checkCache';
import { ParsedArgs, parseArgs, stringOption, UsageError } from './args';
import { archiveSettingsFor, archiveWideProblems } from './archiveWide';
import { articleOf, readFileSnapshot } from './articleFile';
import { selectFiles } from './articleFiles';
import { CHECK_FORMATS, CheckFormat, formatReport, JsonDiagnostic, jsonResults, textLines } from './checkFormats';
import { placedFacts, positionedProblems, reportDiagnostic } from './checkReport';
import { CheckCacheFile } from './checkCacheFile';
import { ConfigFiles, configFilesFor } from './configFile';
import { gitContentKeys, hashKey } from './contentKeys';
import { CliIo } from './io';
import { count, currentLocale, t } from './l10n';

export type { JsonDiagnostic, JsonFileResult } from './checkFormats';

export const checkUsage = 'news-archive check PATH… [--format text|json|sarif|github|junit] [--shard K/N] [--changed-since REV] [--cache FILE] [--baseline FILE]';

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

/** When a result stops holding: the first future date it reports (then it is no longer future). */
function expiryOf(problems: readonly Problem[]): number | undefined {
  let at: number | undefined;
  for (const p of problems) {
    const instant = p.ruleId === 'date-future' ? p.data?.instant : undefined;
    const t = typeof instant === 'string' ? Date.parse(instant) : NaN;
    if (!Number.isNaN(t)) at = at === undefined ? t : Math.min(at, t);
  }
  return at;
}

/**
 * The placed problems of each article among `paths`, from the cache where it still holds; with
 * `archiveWide`, also what the archive-wide rules know of it (a cached result without it is read again).
 */
function checkFiles(paths: readonly string[], configs: ConfigFiles, cacheFile: CheckCacheFile | undefined, archiveWide: boolean, io: CliIo): { checked: CheckedFile[]; unreadable: number } {
  const keys = cacheFile ? gitContentKeys() : undefined;
  const now = Date.now();
  const checked: CheckedFile[] = [];
  let unreadable = 0;
  for (const file of paths) {
    const loaded = configs.forFile(file);
    const name = cacheFile ? CheckCacheFile.entryName(file) : '';
    const configKey = cacheFile ? cacheFile.configKey(loaded) : '';
    let content = keys?.fromGit(file);
    const usable = (e: CacheEntry | undefined) => (e && (!archiveWide || e.problems === null || e.archive) ? e : undefined);
    let cached = content !== undefined ? usable(cacheFile?.cache.get(name, content, configKey, now)) : undefined;
    if (!cached) {
      const snapshot = readFileSnapshot(file, io);
      if (!snapshot) {
        unreadable++;
        continue;
      }
      if (cacheFile && content === undefined) {
        content = hashKey(snapshot.bytes);
        cached = usable(cacheFile.cache.get(name, content, configKey, now));
      }
      if (!cached) {
        const read = articleOf(snapshot);
        const problems = read.kind === 'article' ? validateArticle(read.article, loaded.config) : undefined;
        const placed = read.kind === 'article' ? positionedProblems(read.article, problems!) : null;
        const archive = read.kind === 'article' && archiveWide ? placedFacts(read.article, archiveFacts(file, read.article)) : undefined;
        if (cacheFile && content !== undefined) cacheFile.cache.set(name, { content, config: configKey, expires: problems && expiryOf(problems), problems: placed, archive });
        if (placed) checked.push({ path: file, problems: placed, archive });
        continue;
      }
    }
    if (cacheFile) cacheFile.hits++;
    if (cached.problems) checked.push({ path: file, problems: cached.problems, archive: cached.archive });
  }
  return { checked, unreadable };
}

/** The archive-wide problems of the run's files, from what each file's one reading (or the cache) kept: no file is read again. */
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
  files: ReportFile[];
  /** Paths that could not be read, configurations with errors: the run exits 2. */
  failed: boolean;
  /** How many files the run covered, and how many came from the cache. */
  covered: number;
  cache?: { path: string; hits: number };
}

/** The name a file has in a cache or baseline: relative to the working folder, with `/`. */
export const storedName = CheckCacheFile.entryName;

/** Walks, checks (from the cache where it holds) and words the problems of a `check`-like command. */
export async function checkPaths(args: ParsedArgs, io: CliIo): Promise<CheckRun> {
  const cachePath = stringOption(args, 'cache');
  const configs = configFilesFor(io);
  const locale = currentLocale();
  const { files: paths, unreadable: unwalked } = selectFiles(args, io);
  const cacheFile = cachePath === undefined ? undefined : new CheckCacheFile(cachePath, io);
  const settings = archiveSettingsFor(configs, paths, args.positional);
  const archiveWide = settings.duplicates.severity !== 'off' || settings.vocabulary.severity !== 'off';
  const { checked, unreadable } = checkFiles(paths, configs, cacheFile, archiveWide, io);
  await cacheFile?.save();
  if (archiveWide) addArchiveProblems(checked, settings);
  const files: ReportFile[] = checked.map((c) => ({ path: c.path, diagnostics: c.problems.map((p) => reportDiagnostic(p, locale)) }));
  return {
    files,
    // A configuration with errors is not what the archive asked for: a CI gate must not pass on it.
    failed: unwalked + unreadable > 0 || configs.filesWithErrors > 0,
    covered: paths.length,
    cache: cacheFile && cachePath !== undefined ? { path: cachePath, hits: cacheFile.hits } : undefined,
  };
}

function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(t('--baseline: cannot read {0}: {1}', file, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  const baseline = Baseline.parse(text);
  if (!baseline) throw new UsageError(t('--baseline: {0} is not a baseline written by `news-archive baseline`', file));
  return baseline;
}

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: { format: CHECK_FORMATS, shard: [], 'changed-since': [], cache: [], baseline: [] } });
  if (args.positional.length === 0) throw new UsageError(t('{0} needs at least one file or folder', 'check'));
  const format = (stringOption(args, 'format') ?? 'text') as CheckFormat;
  const baselinePath = stringOption(args, 'baseline');
  const baseline = baselinePath === undefined ? undefined : readBaseline(baselinePath);
  const run = await checkPaths(args, io);
  const { files } = run;
  baseline?.mark(files, storedName);
  const counts = archiveProblemsOf(files);
  let known = 0;
  let newErrors = 0;
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.baselineState === 'unchanged') known++;
      else if (d.severity === 'error') newErrors++;
    }
  }
  if (format === 'text') {
    const lines = textLines(files);
    if (lines.length) io.out(lines.join('\n'));
  } else {
    const out = formatReport(format, files);
    if (out !== '') io.out(out);
  }
  if (format !== 'json' && format !== 'sarif' && format !== 'junit') {
    const kinds = [count('error', counts.errors), count('warning', counts.warnings), count('info', counts.infos), count('hint', counts.hints)];
    io.err(t('{0} ({1}, {2}, {3}, {4}) in {5}', count('problem', counts.total), ...kinds, count('article', counts.articles)));
    if (baseline) io.err(t('{0}: {1} already known; new: {2}', baselinePath!, count('problem', known), count('error', newErrors)));
    if (run.cache) io.err(t('{0}: {1} of {2} from the cache', run.cache.path, run.cache.hits, count('file', run.covered)));
  }
  return run.failed ? 2 : newErrors > 0 ? 1 : 0;
}
