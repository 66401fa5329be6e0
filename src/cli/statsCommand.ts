/**
 * `news-archive stats PATH… [--format json|text]`: the archive in figures — totals, articles per
 * month, per source and category, problems per rule, duplicate articles and vocabulary clusters.
 * A report, not a check: it exits 0 whatever it finds (2 when it could not run, or could not
 * read a path or a file).
 */
import { archiveStats } from '../core/hygiene/stats';
import { addCounts, countProblems, ProblemCounts, sumProblemCounts } from '../core/problemCounts';
import { validateArticle } from '../core/rules/index';
import { parseArgs, stringOption, UsageError } from './args';
import { ArchiveWideInput, archiveSettingsFor } from './archiveWide';
import { readArticleFile } from './articleFile';
import { configFilesFor } from './configFile';
import { CliIo } from './io';
import { t } from './l10n';
import { formatStatsText } from './statsText';
import { walkPaths } from './articleFiles';

export const statsUsage = 'news-archive stats PATH… [--format json|text]';

export function runStats(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { values: { format: ['json', 'text'] } });
  if (args.positional.length === 0) throw new UsageError(t('{0} needs at least one file or folder', 'stats'));
  const format = stringOption(args, 'format') ?? 'text';
  const { files, skipped } = walkPaths(args.positional, io);
  let unreadable = skipped.length;
  const configs = configFilesFor(io);
  const input = new ArchiveWideInput();
  const counts = new Map<string, ProblemCounts>();
  for (const file of files) {
    const read = readArticleFile(file, io);
    if (read.kind === 'unreadable') unreadable++;
    if (read.kind !== 'article') continue;
    const { article } = read;
    input.add(file, article);
    counts.set(file, countProblems(validateArticle(article, configs.forFile(file).config)));
  }
  const settings = archiveSettingsFor(configs, files, args.positional);
  const findings = input.findings(settings);
  // The archive-wide rules' problems too, as check and the editor's dashboard count them.
  const archiveWide = input.problemCounts(findings);
  const stats = archiveStats({
    records: input.records,
    duplicates: settings.duplicates.severity === 'off' ? { groups: [], comparisons: 0 } : findings.duplicates,
    vocabulary: findings.vocabulary,
    problemsPerRule: sumProblemCounts([...counts].map(([file, c]) => addCounts(c, archiveWide.get(file)))).byRule,
  });
  io.out(format === 'json' ? JSON.stringify(stats, null, 2) : formatStatsText(stats));
  return unreadable > 0 || configs.filesWithErrors > 0 ? 2 : 0;
}
