/**
 * How the tree groups and orders articles: the group path of an entry for each grouping
 * (a Hexo category list nests as a path; a date is year › month › day), the order of groups
 * (newest first for dates, by name otherwise, the group of articles without a value last) and
 * the order of articles (by date, newest first, or by title).
 */
import { entryPath, IndexEntry } from '../index/records/indexEntry';

export type GroupBy = 'category' | 'date' | 'source' | 'author';
export type SortBy = 'date' | 'title';

/** The key of the group that holds the articles without a value for the grouping. */
export const MISSING = '\u0000missing';

const pad = (n: number) => (n < 10 ? '0' : '') + n;
const DAY_MS = 86_400_000;
const NO_DATE: readonly string[] = [MISSING];
const NO_SOURCE: readonly string[] = [MISSING];
const NO_AUTHOR: readonly string[] = [MISSING];
/** Year, month and day keys per day since the epoch: a 50,000-article archive spans a few thousand days. */
const dayPaths = new Map<number, readonly string[]>();

function dayPath(day: number): readonly string[] {
  let keys = dayPaths.get(day);
  if (!keys) {
    const d = new Date(day * DAY_MS);
    const y = String(d.getUTCFullYear());
    const m = `${y}-${pad(d.getUTCMonth() + 1)}`;
    keys = [y, m, `${m}-${pad(d.getUTCDate())}`];
    dayPaths.set(day, keys);
  }
  return keys;
}

/**
 * The keys of the groups an entry belongs to, outermost first. Dates are grouped in the zone
 * `utcOffsetMinutes` east of UTC (the user's zone in the editor, UTC in tests).
 */
export function groupPath(entry: IndexEntry, by: GroupBy, utcOffsetMinutes = 0): readonly string[] {
  switch (by) {
    case 'category':
      return entry.categories.length ? entry.categories : [MISSING];
    case 'date': {
      if (Number.isNaN(entry.time)) return NO_DATE;
      return dayPath(Math.floor((entry.time + utcOffsetMinutes * 60_000) / DAY_MS));
    }
    case 'source':
      return entry.source === undefined ? NO_SOURCE : [entry.source];
    case 'author':
      return entry.author === undefined ? NO_AUTHOR : [entry.author];
  }
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** Group order: the missing group last; dates newest first; other names in collation order. */
export function compareGroupKeys(a: string, b: string, by: GroupBy): number {
  if (a === b) return 0;
  if (a === MISSING) return 1;
  if (b === MISSING) return -1;
  if (by === 'date') return a < b ? 1 : -1;
  return collator.compare(a, b);
}

function byDate(a: IndexEntry, b: IndexEntry): number {
  const ta = a.time;
  const tb = b.time;
  if (ta === tb || (Number.isNaN(ta) && Number.isNaN(tb))) return 0;
  if (Number.isNaN(ta)) return 1;
  if (Number.isNaN(tb)) return -1;
  return tb - ta;
}

function byTitle(a: IndexEntry, b: IndexEntry): number {
  if (a.title === b.title) return 0;
  if (a.title === undefined) return 1;
  if (b.title === undefined) return -1;
  return collator.compare(a.title, b.title);
}

function byPath(a: IndexEntry, b: IndexEntry): number {
  const pa = entryPath(a);
  const pb = entryPath(b);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/** Article order; ties fall back to the other key, then the path, so the order is total. */
export function compareEntries(a: IndexEntry, b: IndexEntry, sort: SortBy): number {
  return sort === 'date' ? byDate(a, b) || byTitle(a, b) || byPath(a, b) : byTitle(a, b) || byDate(a, b) || byPath(a, b);
}
