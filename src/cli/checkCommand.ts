/**
 * `news-archive check PATH… [--format json|text] [--shard K/N] [--changed-since REV]`: every
 * article's problems, as JSON (0-based lines, UTF-16 characters, the editor's positions) or as
 * compiler-style text (1-based). Exit 1 when any error is found, else 0; 2 on usage errors,
 * when a path or file cannot be read, or when a `.newsarchive.json` has errors.
 */
import type { Article } from '../core/article/article';
import { validateArticle } from '../core/rules/index';
import { formatMessage } from '../core/rules/messages';
import type { Locale } from '../core/locale';
import type { MessageArgs, Problem, Severity } from '../core/problem';
import { parseArgs, stringOption, UsageError } from './args';
import { readArticleFile } from './articleFile';
import { selectFiles } from './articleFiles';
import { configFilesFor } from './configFile';
import { CliIo } from './io';
import { positionsOf } from './positions';
import { count, currentLocale, t } from './l10n';

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
  }));
}

export function runCheck(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { values: { format: ['json', 'text'], shard: [], 'changed-since': [] } });
  if (args.positional.length === 0) throw new UsageError('check needs at least one file or folder');
  const format = stringOption(args, 'format') ?? 'text';
  const configs = configFilesFor(io);
  const results: JsonFileResult[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const lines: string[] = [];
  const locale = currentLocale();
  let checked = 0;
  const { files, unreadable: unwalked } = selectFiles(args, io);
  let unreadable = unwalked;
  for (const file of files) {
    const read = readArticleFile(file, io);
    if (read.kind === 'unreadable') unreadable++;
    if (read.kind !== 'article') continue;
    const { article } = read;
    checked++;
    const problems = validateArticle(article, configs.forFile(file).config);
    for (const p of problems) counts[p.severity]++;
    if (format === 'json') {
      results.push({ path: file, diagnostics: toJsonDiagnostics(article, problems, locale) });
    } else {
      const at = positionsOf(article.text, problems.map((p) => p.start));
      for (const p of problems) {
        const pos = at.get(p.start)!;
        lines.push(`${file}:${pos.line + 1}:${pos.character + 1} ${p.severity} ${p.ruleId} ${formatMessage(p.ruleId, p, locale)}`);
      }
    }
  }
  if (format === 'json') {
    io.out(JSON.stringify(results, null, 2));
  } else {
    if (lines.length) io.out(lines.join('\n'));
    const total = counts.error + counts.warning + counts.info + counts.hint;
    const kinds = [count('error', counts.error), count('warning', counts.warning), count('info', counts.info), count('hint', counts.hint)];
    io.err(t('{0} ({1}, {2}, {3}, {4}) in {5}', count('problem', total), ...kinds, count('article', checked)));
  }
  // A configuration with errors is not what the archive asked for: a CI gate must not pass on it.
  return unreadable > 0 || configs.filesWithErrors > 0 ? 2 : counts.error > 0 ? 1 : 0;
}

