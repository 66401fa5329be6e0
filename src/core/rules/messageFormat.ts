/**
 * Message templates, the one format every catalog is written in. A placeholder is `{name}` or
 * `{name:format}` (other braces are plain text); `name` is filled from the message's args:
 *
 * - `{name}`: the value as it is: text from the file, a number, or another message of the same
 *   rule (a whole sentence, never a fragment of one), written in the same language;
 * - `{name:date}`: an ISO 8601 instant, as the language writes dates and times;
 * - `{name:field}`: a front-matter key, by the archive's word for it (标题, 题图 …);
 * - `{name:types}`: schema types (`string | string[]`), as the language says "text or a list";
 * - `{name:chars}`: code points (`U+200B, U+200D`), by their names.
 *
 * Pure: the same template, args and locale always give the same text (dates in UTC).
 */
import type { Locale } from '../locale';
import type { Message, MessageArg, MessageArgs } from '../problem';
import { term } from './messageTerms';

export type PlaceholderFormat = 'date' | 'field' | 'types' | 'chars';

export interface Placeholder {
  name: string;
  format: PlaceholderFormat | undefined;
}

const PLACEHOLDER = /\{([A-Za-z]\w*)(?::(\w+))?\}/g;
const FORMATS: ReadonlySet<string> = new Set<PlaceholderFormat>(['date', 'field', 'types', 'chars']);
const parsed = new Map<string, readonly Placeholder[]>();

function isFormat(s: string | undefined): s is PlaceholderFormat | undefined {
  return s === undefined || FORMATS.has(s);
}

/** The placeholders of a template, in order; throws on an unknown format (a catalog's error). */
export function placeholders(template: string): readonly Placeholder[] {
  let found = parsed.get(template);
  if (!found) {
    found = [...template.matchAll(PLACEHOLDER)].map((m) => {
      if (!isFormat(m[2])) throw new Error(`unknown placeholder format "{${m[1]}:${m[2]}}"`);
      return { name: m[1], format: m[2] };
    });
    parsed.set(template, found);
  }
  return found;
}

export function isMessage(arg: MessageArg | undefined): arg is Message {
  return typeof arg === 'object' && arg !== null && typeof arg.messageId === 'string';
}

/**
 * Why `args` cannot fill `template` (a missing or ill-typed value), or undefined when they can.
 * `nested` says the same of a message given as an argument.
 */
export function argsProblem(template: string, args: MessageArgs | undefined, nested: (m: Message) => string | undefined): string | undefined {
  for (const { name, format } of placeholders(template)) {
    const arg = args?.[name];
    if (arg === undefined) return `no value for {${name}}`;
    if (isMessage(arg)) {
      if (format) return `a message for {${name}:${format}}`;
      const why = nested(arg);
      if (why) return `{${name}}: ${why}`;
    } else if (typeof arg !== 'string' && (typeof arg !== 'number' || format)) {
      return `a ${typeof arg} for {${name}${format ? `:${format}` : ''}}`;
    } else if (format === 'date' && Number.isNaN(Date.parse(String(arg)))) {
      return `{${name}:date} is not an ISO instant`;
    }
  }
  return undefined;
}

const INTL_TAG: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };
const lists = new Map<string, Intl.ListFormat>();

function list(items: string[], locale: Locale, type: 'conjunction' | 'disjunction'): string {
  const key = `${locale}/${type}`;
  let format = lists.get(key);
  if (!format) lists.set(key, (format = new Intl.ListFormat(INTL_TAG[locale], { type })));
  return format.format(items);
}

export function quoted(text: string, locale: Locale): string {
  return locale === 'zh-cn' ? `“${text}”` : `"${text}"`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant in UTC: `2021-11-26T07:21:47Z`, `2021年11月26日 07:21:47 UTC`. */
export function formatInstant(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (locale === 'en') return d.toISOString().replace('.000Z', 'Z');
  const seconds = d.getUTCSeconds() ? `:${pad(d.getUTCSeconds())}` : '';
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds} UTC`;
}

function formatted(value: string, format: PlaceholderFormat, locale: Locale): string {
  switch (format) {
    case 'date':
      return formatInstant(value, locale);
    case 'field':
      return term('field', value, locale) ?? quoted(value, locale);
    case 'types':
      return list(value.split('|').map((t) => term('type', t.trim(), locale) ?? t.trim()), locale, 'disjunction');
    case 'chars':
      return list(value.split(',').map((c) => term('char', c.trim(), locale) ?? c.trim()), locale, 'conjunction');
  }
}

/** The template with its placeholders filled (a placeholder without a value stays as written). */
export function fillTemplate(template: string, args: MessageArgs | undefined, locale: Locale, nested: (m: Message) => string): string {
  return template.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    const arg = args?.[name];
    if (arg === undefined) return whole;
    if (isMessage(arg)) return nested(arg);
    return format && isFormat(format) ? formatted(String(arg), format, locale) : String(arg);
  });
}
