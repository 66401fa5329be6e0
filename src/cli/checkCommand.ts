/**
 * `news-archive check PATH… [--format json|text] [--shard K/N] [--changed-since REV]`: every
 * article's problems, as JSON (0-based lines, UTF-16 characters, the editor's positions) or as
 * compiler-style text (1-based). Exit 1 when any error is found, else 0; 2 on usage errors,
 * when a path or file cannot be read, or when a `.newsarchive.json` has errors. The
 * archive-wide rules (duplicate-article, vocabulary-variant) look across the files checked in
 * this run (with --shard: the shard's files), their other paths in JSON as `related`.
 */
import type { Article } from '../core/article/article';
import { archiveProblems, ARCHIVE_RULES, flaggedPaths } from '../core/rules/archiveProblems';
import { rules, validateArticle } from '../core/rules/index';
import { sortProblems } from '../core/rules/problemOrder';
import { formatMessage } from '../core/rules/messages';
import type { Locale } from '../core/locale';
import type { MessageArgs, Problem, Severity } from '../core/problem';
import { parseArgs, stringOption, UsageError } from './args';
import { ArchiveWideInput, archiveSettingsFor } from './archiveWide';
import { readArticleFile } from './articleFile';
import { selectFiles } from './articleFiles';
import { configFilesFor } from './configFile';
import { CliIo } from './io';
import { positionsOf } from './positions';
import { currentLocale, t } from './l10n';

export const checkUsage = 'news-archive check PATH… [--format json|text] [--shard K/N] [--changed-since REV]';

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  /** The message as data, the same in every language: for tools that group problems. */
  messageId: string;
  args: MessageArgs;
  /** The message in the run's language. */
  message: string;
  fixable: boolean;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** Other files the problem is about (archive-wide rules: the nearest copies), with what each is. */
  related?: { path: string; message: string }[];
  /** Further files the problem is about, not listed. */
  relatedMore?: number;
}

export interface JsonFileResult {
  path: string;
  diagnostics: JsonDiagnostic[];
}

export function toJsonDiagnostics(article: Article, problems: readonly Problem[], locale: Locale): JsonDiagnostic[] {
  const at = positionsOf(article.text, problems.flatMap((p) => [p.start, p.end]));
  return problems.map((p) => ({
    rule: p.ruleId,
    severity: p.severity,
    messageId: p.messageId,
    args: p.args ?? {},
    message: formatMessage(p.ruleId, p, locale),
    fixable: p.fix !== undefined,
    range: { start: at.get(p.start)!, end: at.get(p.end)! },
    ...(p.related ? { related: p.related.map((r) => ({ path: r.path, message: formatMessage(p.ruleId, r, locale) })) } : {}),
    ...(p.relatedMore ? { relatedMore: p.relatedMore } : {}),
  }));
}

function textLines(file: string, article: Article, problems: readonly Problem[], locale: Locale): string[] {
  const at = positionsOf(article.text, problems.map((p) => p.start));
  return problems.map((p) => {
    const pos = at.get(p.start)!;
    return `${file}:${pos.line + 1}:${pos.character + 1} ${p.severity} ${p.ruleId} ${formatMessage(p.ruleId, p, locale)}`;
  });
}

/** Every rule in the order of one position's problems: the per-file rules, then the archive-wide ones. */
const RULE_ORDER = [...rules, ...ARCHIVE_RULES];

export function runCheck(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { values: { format: ['json', 'text'], shard: [], 'changed-since': [] } });
  if (args.positional.length === 0) throw new UsageError('check needs at least one file or folder');
  const format = stringOption(args, 'format') ?? 'text';
  const configs = configFilesFor(io);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const locale = currentLocale();
  const { files, unreadable: unwalked } = selectFiles(args, io);
  let unreadable = unwalked;
  const settings = archiveSettingsFor(configs, files, args.positional);
  const archiveWide = settings.duplicates.severity !== 'off' || settings.vocabulary.severity !== 'off';
  const input = new ArchiveWideInput();
  // Each checked file's problems and their output; files with archive-wide problems are read again at the end.
  const checked: { file: string; problems: Problem[]; json?: JsonFileResult; lines?: string[] }[] = [];
  const render = (c: (typeof checked)[number], article: Article) => {
    if (format === 'json') c.json = { path: c.file, diagnostics: toJsonDiagnostics(article, c.problems, locale) };
    else c.lines = textLines(c.file, article, c.problems, locale);
  };
  for (const file of files) {
    const read = readArticleFile(file, io);
    if (read.kind === 'unreadable') unreadable++;
    if (read.kind !== 'article') continue;
    const { article } = read;
    const c = { file, problems: validateArticle(article, configs.forFile(file).config) };
    render(c, article);
    checked.push(c);
    if (archiveWide) input.add(file, article);
  }
  if (archiveWide) {
    const findings = input.findings(settings);
    const flagged = flaggedPaths(findings, input.files);
    for (const c of checked) {
      if (!flagged.has(c.file)) continue;
      const read = readArticleFile(c.file, io);
      if (read.kind !== 'article') continue;
      // Validated again with this reading, so every range is in the text the positions come from.
      const own = validateArticle(read.article, configs.forFile(c.file).config);
      c.problems = sortProblems([...own, ...archiveProblems(read.article, c.file, findings)], RULE_ORDER);
      render(c, read.article);
    }
  }
  for (const c of checked) for (const p of c.problems) counts[p.severity]++;
  const results = checked.flatMap((c) => (c.json ? [c.json] : []));
  const lines = checked.flatMap((c) => c.lines ?? []);
  if (format === 'json') {
    io.out(JSON.stringify(results, null, 2));
  } else {
    if (lines.length) io.out(lines.join('\n'));
    const total = counts.error + counts.warning + counts.info + counts.hint;
    const problems = total === 1 ? t('1 problem') : t('{0} problems', total);
    const articles = checked.length === 1 ? t('1 article') : t('{0} articles', checked.length);
    io.err(t('{0} ({1} errors, {2} warnings, {3} info, {4} hints) in {5}', problems, counts.error, counts.warning, counts.info, counts.hint, articles));
  }
  // A configuration with errors is not what the archive asked for: a CI gate must not pass on it.
  return unreadable > 0 || configs.filesWithErrors > 0 ? 2 : counts.error > 0 ? 1 : 0;
}

