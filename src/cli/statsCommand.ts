/**
 * `news-archive stats PATH… [--format json|text]`: the archive in figures — totals, articles per
 * month, per source and category, problems per rule, duplicate articles and vocabulary clusters.
 * A report, not a check: it exits 0 whatever it finds (2 when it could not run).
 */
import * as fs from 'node:fs';
import { parseArticle } from '../core/article';
import { ArticleRecord, articleRecord } from '../core/articleRecord';
import { fileSelection } from '../core/fileSelection';
import { duplicateSketch } from '../core/hygiene/duplicateSketch';
import { DuplicateEntry, findDuplicates } from '../core/hygiene/duplicates';
import { ArchiveStats, archiveStats } from '../core/hygiene/stats';
import { vocabularyReport } from '../core/hygiene/vocabulary';
import { articleKind, SNIFF_BYTES } from '../core/sniff';
import { parseArgs, stringOption, UsageError } from './args';
import { CliIo } from './io';
import { formatStatsText } from './statsText';
import { walkArchive } from './walk';

export const statsUsage = 'news-archive stats PATH… [--format json|text]';

export function runStats(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { values: { format: ['json', 'text'] } });
  if (args.positional.length === 0) throw new UsageError('stats needs at least one file or folder');
  const format = stringOption(args, 'format') ?? 'text';
  const { files, skipped } = walkArchive(args.positional, fileSelection());
  for (const s of skipped) io.err(`${s.path}: ${s.reason}`);
  const records: ArticleRecord[] = [];
  const entries: DuplicateEntry[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      io.err(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      continue;
    }
    if (articleKind(text.slice(0, SNIFF_BYTES)) === 'other') continue;
    const article = parseArticle(text);
    const record = articleRecord(file, article);
    records.push(record);
    entries.push({ path: file, sketch: duplicateSketch(record.title, article.body) });
  }
  const stats: ArchiveStats = archiveStats({
    records,
    duplicates: findDuplicates(entries),
    vocabulary: vocabularyReport(records),
  });
  io.out(format === 'json' ? JSON.stringify(stats, null, 2) : formatStatsText(stats));
  return 0;
}
