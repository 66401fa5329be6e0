/** Where the date is written and how Hexo reads it, for the date rules. */
import type { Article } from '../article/article';
import type { ArticleDate } from '../article/hexoFields';
import { entryFor, hexoReads, isDuplicated } from './support';

export interface DateAt {
  date: ArticleDate;
  start: number;
  end: number;
  /** The value as written, quotes included. */
  written: string;
}

export function dateAt(article: Article): DateAt | undefined {
  if (!hexoReads(article) || isDuplicated(article, 'date')) return undefined;
  const date = article.fields.date;
  const entry = entryFor(article, 'date');
  if (!date || !entry?.valueSpan || date.raw === '') return undefined;
  const { start, end } = entry.valueSpan;
  return { date, start, end, written: article.text.slice(start, end) };
}
