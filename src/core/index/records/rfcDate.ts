/**
 * The common date of scraped posts, RFC 1123 in GMT (`Mon, 15 Nov 2021 23:46:59 GMT`), read
 * without the engine's general date parser: the same instant `new Date(raw)` gives (the
 * weekday is not checked, as the engine does not check it), or undefined for anything else,
 * which `readDate` then reads.
 */
import type { ArticleDate } from '../../article/hexoFields';

const RFC_1123_GMT = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$/;
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

export function rfc1123Date(value: unknown): ArticleDate | undefined {
  if (typeof value !== 'string' || value.length !== 29) return undefined;
  const m = RFC_1123_GMT.exec(value);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = MONTHS.indexOf(m[2]) / 3;
  const year = Number(m[3]);
  const h = Number(m[4]);
  const min = Number(m[5]);
  const s = Number(m[6]);
  // Days past the month's end and out-of-range times are left to the engine's own reading.
  const monthDays = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (year < 1000 || day < 1 || day > monthDays || h > 23 || min > 59 || s > 59) return undefined;
  return { raw: value, instant: new Date(Date.UTC(year, month, day, h, min, s)), zoneless: false };
}
