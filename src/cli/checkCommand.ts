/**
 * `news-archive check PATH… [--format text|json|sarif|github|junit] [--shard K/N]
 * [--changed-since REV]`: every article's problems, as compiler-style text (1-based), JSON
 * (0-based lines, UTF-16 characters, the editor's positions), SARIF 2.1.0, GitHub annotations or
 * JUnit XML (./checkFormats.ts). Exit 1 when any error is found, else 0; 2 on usage errors, when
 * a path or file cannot be read, or when a `.newsarchive.json` has errors. The archive-wide
 * rules (duplicate-article, vocabulary-variant) look across the files checked in this run (with
 * --shard: the shard's files), their other paths as `related`.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../core/article/article';
import type { Locale } from '../core/locale';
import type { Problem, Severity } from '../core/problem';
import type { ReportFile } from '../core/report/reportTypes';
import { archiveProblems, ARCHIVE_RULES, flaggedPaths } from '../core/rules/archiveProblems';
import { rules, validateArticle } from '../core/rules/index';
import { sortProblems } from '../core/rules/problemOrder';
import { parseArgs, stringOption, UsageError } from './args';
import { ArchiveWideInput, archiveSettingsFor } from './archiveWide';
import { readArticleFile } from './articleFile';
import { selectFiles } from './articleFiles';
import { CHECK_FORMATS, CheckFormat, formatReport, JsonDiagnostic, jsonResults, textLines } from './checkFormats';
import { positionedProblems, reportDiagnostic } from './checkReport';
import { configFilesFor } from './configFile';
import { CliIo } from './io';
import { count, currentLocale, t } from './l10n';

export type { JsonDiagnostic, JsonFileResult } from './checkFormats';

export const checkUsage = 'news-archive check PATH… [--format text|json|sarif|github|junit] [--shard K/N] [--changed-since REV]';

/** One article's problems as the JSON format prints them. */
export function toJsonDiagnostics(article: Article, problems: readonly Problem[], locale: Locale): JsonDiagnostic[] {
  const diagnostics = positionedProblems(article, problems).map((p) => reportDiagnostic(p, locale));
  return jsonResults([{ path: '', diagnostics }])[0].diagnostics;
}

function textHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** Every rule in the order of one position's problems: the per-file rules, then the archive-wide ones. */
const RULE_ORDER = [...rules, ...ARCHIVE_RULES];

export function runCheck(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { values: { format: CHECK_FORMATS, shard: [], 'changed-since': [] } });
  if (args.positional.length === 0) throw new UsageError('check needs at least one file or folder');
  const format = (stringOption(args, 'format') ?? 'text') as CheckFormat;
  const configs = configFilesFor(io);
  const files: ReportFile[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const locale = currentLocale();
  let checked = 0;
  const { files: paths, unreadable: unwalked } = selectFiles(args, io);
  let unreadable = unwalked;
  const settings = archiveSettingsFor(configs, paths, args.positional);
  const archiveWide = settings.duplicates.severity !== 'off' || settings.vocabulary.severity !== 'off';
  const input = new ArchiveWideInput();
  const own = new Map<string, { hash: string; problems: Problem[] }>();
  const reported = (file: string, article: Article, problems: readonly Problem[]): ReportFile =>
    ({ path: file, diagnostics: positionedProblems(article, problems).map((p) => reportDiagnostic(p, locale)) });
  for (const file of paths) {
    const read = readArticleFile(file, io);
    if (read.kind === 'unreadable') unreadable++;
    if (read.kind !== 'article') continue;
    const { article } = read;
    checked++;
    const problems = validateArticle(article, configs.forFile(file).config);
    files.push(reported(file, article, problems));
    if (archiveWide) {
      input.add(file, article);
      own.set(file, { hash: textHash(article.text), problems });
    }
  }
  if (archiveWide) {
    // Only the files with archive-wide problems are read again, once every file has been seen.
    const findings = input.findings(settings);
    const flagged = flaggedPaths(findings, input.files);
    files.forEach((f, i) => {
      if (!flagged.has(f.path)) return;
      const read = readArticleFile(f.path, io);
      if (read.kind !== 'article') return;
      // The first reading's problems while the text is the same; validated again if it changed meanwhile.
      const first = own.get(f.path);
      const problems = first && first.hash === textHash(read.article.text) ? first.problems : validateArticle(read.article, configs.forFile(f.path).config);
      files[i] = reported(f.path, read.article, sortProblems([...problems, ...archiveProblems(read.article, f.path, findings)], RULE_ORDER));
    });
  }
  for (const f of files) for (const d of f.diagnostics) counts[d.severity]++;
  if (format === 'text') {
    const lines = textLines(files);
    if (lines.length) io.out(lines.join('\n'));
  } else {
    const out = formatReport(format, files);
    if (out !== '') io.out(out);
  }
  if (format !== 'json' && format !== 'sarif' && format !== 'junit') {
    const total = counts.error + counts.warning + counts.info + counts.hint;
    const kinds = [count('error', counts.error), count('warning', counts.warning), count('info', counts.info), count('hint', counts.hint)];
    io.err(t('{0} ({1}, {2}, {3}, {4}) in {5}', count('problem', total), ...kinds, count('article', checked)));
  }
  // A configuration with errors is not what the archive asked for: a CI gate must not pass on it.
  return unreadable > 0 || configs.filesWithErrors > 0 ? 2 : counts.error > 0 ? 1 : 0;
}
