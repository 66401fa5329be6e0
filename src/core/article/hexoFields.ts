/**
 * The front-matter fields with the meaning Hexo gives them: a date as written plus the instant
 * Hexo computes (`new Date(raw)`), categories as a path, tags as a list.
 */
import { YamlTimestamp } from './hexoData';

export interface ArticleDate {
  /** The date as written in the file (without quotes). */
  raw: string;
  /** The instant; undefined when `new Date(raw)` is NaN, as Hexo then drops the date. */
  instant: Date | undefined;
  /**
   * True when the text names no zone (`2021-11-26 07:21:47`). js-yaml reads such a
   * timestamp as UTC; Hexo then shifts it into its configured `timezone`.
   */
  zoneless: boolean;
}

const ZONE = /(?:Z|[+-]\d{2}(?::?\d{2})?|\b(?:GMT|UTC|UT|[ECMP][SD]T)|[+-]\d{4})\s*$/i;
const ISO_LIKE = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]|\s+|$)/;

function validInstant(d: Date): Date | undefined {
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function readDate(value: unknown): ArticleDate | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof YamlTimestamp) {
    return { raw: value.raw, instant: validInstant(value.utc), zoneless: !ZONE.test(value.raw) && value.raw.length > 10 };
  }
  if (value instanceof Date) {
    return { raw: value.toISOString(), instant: validInstant(value), zoneless: false };
  }
  const raw = String(value).trim();
  if (raw === '') return { raw, instant: undefined, zoneless: false };
  // A zone-less ISO-like string that js-yaml did not take as a timestamp: read it as js-yaml
  // would (UTC) rather than as this machine's local time, so results do not depend on TZ.
  const zoneless = !ZONE.test(raw) && ISO_LIKE.test(raw) && /\d:\d/.test(raw);
  const instant = zoneless ? validInstant(new Date(raw.replace(/\s+/, 'T') + 'Z')) : validInstant(new Date(raw));
  return { raw, instant: instant ?? validInstant(new Date(raw)), zoneless };
}

function scalarText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof YamlTimestamp) return value.raw;
  if (value instanceof Date) return value.toISOString();
  return undefined;
}

/** Hexo's categories: a string is one category; a list is a path, parent first. */
export function readCategoryPath(value: unknown): string[] {
  if (Array.isArray(value)) {
    const path: string[] = [];
    for (const item of value) {
      // A nested list (`- [a, b]`) is a second path in Hexo; its first element stands in here.
      const text = Array.isArray(item) ? scalarText(item[0]) : scalarText(item);
      if (text !== undefined && text !== '') path.push(text);
    }
    return path;
  }
  const text = scalarText(value);
  return text === undefined || text === '' ? [] : [text];
}

export function readStringList(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.map(scalarText).filter((t): t is string => t !== undefined && t !== '');
  }
  const text = scalarText(value);
  return text === undefined || text === '' ? [] : [text];
}

export function readText(value: unknown): string | undefined {
  return scalarText(value);
}
