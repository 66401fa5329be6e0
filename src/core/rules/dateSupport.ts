/** Where the date is written and how Hexo reads it, for the date rules. */
import type { Article } from '../article/article';
import type { ArticleDate } from '../article/hexoFields';
import { entryFor, hexoReads, isDuplicated } from './support';

/** A part of a written date or time that does not exist, with the numbers as written. */
export type DateFault =
  | { part: 'month'; month: number }
  | { part: 'day'; year: number; month: number; day: number }
  | { part: 'hour'; hour: number }
  | { part: 'minute'; minute: number }
  | { part: 'second'; second: number };

export interface DateAt {
  date: ArticleDate;
  start: number;
  end: number;
  /** The value as written, quotes included. */
  written: string;
  /**
   * What does not exist in the date as written (month 13, 30 February, hour 25 …), which js-yaml
   * and `new Date()` roll over into another instant; empty for a real date.
   */
  faults: DateFault[];
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?/;
const RFC = /^(?:[A-Za-z]{3,9},?[ \t]+)?(\d{1,2})[ \t]+([A-Za-z]{3})[A-Za-z]*[ \t]+(\d{4})(?:[ \t]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The parts of `raw` (ISO 8601 or RFC 1123 shaped) that name no real month, day or time. */
export function dateFaults(raw: string): DateFault[] {
  const text = raw.trim();
  let year: number, month: number, day: number, time: (string | undefined)[];
  const iso = ISO.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    time = iso.slice(4, 7);
  } else {
    const rfc = RFC.exec(text);
    const m = rfc ? MONTHS.indexOf(rfc[2].toLowerCase()) : -1;
    if (!rfc || m < 0) return [];
    [year, month, day] = [Number(rfc[3]), m + 1, Number(rfc[1])];
    time = rfc.slice(4, 7);
  }
  const faults: DateFault[] = [];
  const monthOk = month >= 1 && month <= 12;
  if (!monthOk) faults.push({ part: 'month', month });
  if (day < 1 || day > (monthOk ? daysIn(year, month) : 31)) faults.push({ part: 'day', year, month, day });
  const [hour, minute, second] = time.map((t) => (t === undefined ? undefined : Number(t)));
  if (hour !== undefined && hour > 23) faults.push({ part: 'hour', hour });
  if (minute !== undefined && minute > 59) faults.push({ part: 'minute', minute });
  if (second !== undefined && second > 59) faults.push({ part: 'second', second });
  return faults;
}

export function dateAt(article: Article): DateAt | undefined {
  if (!hexoReads(article) || isDuplicated(article, 'date')) return undefined;
  const date = article.fields.date;
  const entry = entryFor(article, 'date');
  if (!date || !entry?.valueSpan || date.raw === '') return undefined;
  const { start, end } = entry.valueSpan;
  return { date, start, end, written: article.text.slice(start, end), faults: date.instant ? dateFaults(date.raw) : [] };
}

/** The date when it is a real one Hexo reads (the other date rules speak only of those). */
export function realDateAt(article: Article): DateAt | undefined {
  const at = dateAt(article);
  return at && at.date.instant && at.faults.length === 0 ? at : undefined;
}
