/**
 * `news-archive stats PATH… [--format json|text]`: the archive in figures — totals, articles per
 * month, per source and category, problems per rule, duplicate articles and vocabulary clusters.
 * A report, not a check: it exits 0 whatever it finds (2 when it could not run, or could not
 * read a path or a file).
 */
import * as path from 'node:path';
import { ARCHIVE_CONFIG_FILE } from '../core/config/archiveConfig';
import { ArticleRecord, articleRecord } from '../core/index/articleRecord';
import { duplicateSketch } from '../core/hygiene/duplicateSketch';
import { DuplicateEntry, findDuplicates } from '../core/hygiene/duplicates';
import { hygieneSettings } from '../core/hygiene/hygieneConfig';
import { archiveStats } from '../core/hygiene/stats';
import { vocabularyReport } from '../core/hygiene/vocabulary';
import { validateArticle } from '../core/rules/index';
import { parseArgs, stringOption, UsageError } from './args';
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
  const records: ArticleRecord[] = [];
  const entries: DuplicateEntry[] = [];
  const problemsPerRule = new Map<string, number>();
  for (const file of files) {
    const read = readArticleFile(file, io);
    if (read.kind === 'unreadable') unreadable++;
    if (read.kind !== 'article') continue;
    const { article } = read;
    const record = articleRecord(file, article);
    records.push(record);
    entries.push({ path: file, sketch: duplicateSketch(record.title, article.body) });
    for (const p of validateArticle(article, configs.forFile(file).config)) problemsPerRule.set(p.ruleId, (problemsPerRule.get(p.ruleId) ?? 0) + 1);
  }
  // The archive-wide rules take their settings from the configuration of the first PATH.
  const settings = hygieneSettings(configs.forFile(files[0] ?? path.join(args.positional[0], ARCHIVE_CONFIG_FILE)).config);
  const { duplicates: d, vocabulary: v } = settings;
  const stats = archiveStats({
    records,
    duplicates: d.severity === 'off' ? { groups: [], comparisons: 0 } : findDuplicates(entries, { threshold: d.threshold, sameTitle: d.sameTitle }),
    vocabulary: vocabularyReport(records, { relativeDistance: v.relativeDistance, maxDistance: v.maxDistance }),
    problemsPerRule,
  });
  io.out(format === 'json' ? JSON.stringify(stats, null, 2) : formatStatsText(stats));
  return unreadable > 0 || configs.filesWithErrors > 0 ? 2 : 0;
}
