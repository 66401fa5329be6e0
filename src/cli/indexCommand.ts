/**
 * `news-archive index PATH… [--format json|text]`: one record per article.
 */
import * as fs from 'node:fs';
import { parseArticle } from '../core/article';
import { ArticleRecord, articleRecord } from '../core/articleRecord';
import { fileSelection } from '../core/fileSelection';
import { isArticle, SNIFF_BYTES } from '../core/sniff';
import { parseArgs, stringOption, UsageError } from './args';
import { CliIo } from './io';
import { walkArchive } from './walk';

export const indexUsage = 'news-archive index PATH… [--format json|text]';

export function runIndex(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { values: { format: ['json', 'text'] } });
  if (args.positional.length === 0) throw new UsageError('index needs at least one file or folder');
  const format = stringOption(args, 'format') ?? 'text';
  const { files, skipped } = walkArchive(args.positional, fileSelection());
  for (const s of skipped) io.err(`${s.path}: ${s.reason}`);
  const records: ArticleRecord[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      io.err(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      continue;
    }
    // Every file the CLI is given or finds by the glob is in the archive's selection.
    if (!isArticle(text.slice(0, SNIFF_BYTES), true)) {
      io.err(`${file}: not an article (no front matter); skipped`);
      continue;
    }
    records.push(articleRecord(file, parseArticle(text)));
  }
  io.out(format === 'json' ? JSON.stringify(records, null, 2) : formatTable(records));
  return 0;
}

function formatTable(records: readonly ArticleRecord[]): string {
  const rows = records.map((r) => [
    r.date ? r.date.slice(0, 16).replace('T', ' ') : '—',
    r.title ?? '(no title)',
    r.categories.join(' › ') || '—',
    r.author ?? '—',
    r.source ?? '—',
    r.path,
  ]);
  const header = ['DATE (UTC)', 'TITLE', 'CATEGORIES', 'AUTHOR', 'SOURCE', 'PATH'];
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) || ch.codePointAt(0)! > 0xffff ? 2 : 1), 0);
  const clip = (s: string, max: number) => {
    let out = '';
    for (const ch of s.replace(/\s+/g, ' ')) {
      if (width(out + ch) > max - 1) return out + '…';
      out += ch;
    }
    return out;
  };
  const limits = [17, 40, 30, 12, 16, 200];
  const cells = [header, ...rows].map((row) => row.map((c, i) => clip(c, limits[i])));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => width(r[i]))));
  const lines = cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - width(c)))).join('  '));
  lines.push(`${records.length} article${records.length === 1 ? '' : 's'}`);
  return lines.join('\n');
}
