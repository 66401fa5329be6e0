import type { Article } from '../article/article';
import type { FieldSchema, FieldType } from '../config/archiveConfig';
import { YamlTimestamp } from '../article/hexoData';
import { Entry, frontMatterView } from './entries';
import { clip, deleteLines, hexoReads, isDuplicated, lineAt, singleQuoteEdits } from './support';
import { defineRule, Report } from './types';
import type { Fix } from '../problem';

const messages = {
  yamlBoolean: '"{field}: {value}" is the text "{value}" in YAML 1.2, not a boolean, and Hexo treats any text as true. Write {boolean}.',
  wrongTypeText: '"{field}" should be {expected:types}, but it is the text "{value}".',
  wrongTypeDate: '"{field}" should be {expected:types}, but it is the date {value}.',
  wrongTypeNumber: '"{field}" should be {expected:types}, but it is the number {value}.',
  wrongTypeBoolean: '"{field}" should be {expected:types}, but it is the boolean {value}.',
  wrongTypeList: '"{field}" should be {expected:types}, but it is a list.',
  wrongTypeMapping: '"{field}" should be {expected:types}, but it is a mapping.',
  notAllowed: '"{field}" may only be {allowed} (.newsarchive.json), not "{value}".',
  emptyTag: 'Item {item} of "{field}" is empty: Hexo makes a nameless tag. Delete the "-" line or name it.',
  emptyCategory: 'Item {item} of "{field}" is empty: Hexo makes a nameless category. Delete the "-" line or name it.',
  emptyItem: 'Item {item} of "{field}" is empty. Delete the "-" line or name it.',
  itemNotText: 'Item {item} of "{field}" is {value}, not text.',
  writeBoolean: 'Write {boolean}',
  quoteAsText: 'Quote the value so it stays text',
  deleteEmptyItem: 'Delete the empty item',
} as const;

type Id = keyof typeof messages;

/** YAML 1.1 booleans that YAML 1.2 (js-yaml 4, Hexo) reads as plain strings. */
const YAML11_BOOLEANS: ReadonlyMap<string, boolean> = new Map([['yes', true], ['y', true], ['on', true], ['no', false], ['n', false], ['off', false]]);

function isText(v: unknown): boolean {
  return typeof v === 'string';
}

function matches(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string':
    case 'url':
      return isText(value);
    case 'string[]':
      return Array.isArray(value) && value.every((v) => isText(v) || typeof v === 'number');
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number';
    case 'date':
      return value instanceof YamlTimestamp || value instanceof Date || isText(value);
  }
}

/** The message that names what a value is, with the value as Hexo reads it. */
function wrongType(value: unknown): { messageId: Id; value?: string } {
  if (value instanceof YamlTimestamp) return { messageId: 'wrongTypeDate', value: value.raw };
  if (value instanceof Date) return { messageId: 'wrongTypeDate', value: value.toISOString() };
  if (Array.isArray(value)) return { messageId: 'wrongTypeList' };
  if (typeof value === 'string') return { messageId: 'wrongTypeText', value };
  if (typeof value === 'number') return { messageId: 'wrongTypeNumber', value: String(value) };
  if (typeof value === 'boolean') return { messageId: 'wrongTypeBoolean', value: String(value) };
  return { messageId: 'wrongTypeMapping' };
}

function plainScalar(article: Article, entry: Entry): string | undefined {
  if (!entry.valueSpan) return undefined;
  const raw = article.text.slice(entry.valueSpan.start, entry.valueSpan.end);
  return /^['"|>[{]/.test(raw) || raw.includes('\n') ? undefined : raw;
}

function fixFor(article: Article, entry: Entry, value: unknown, types: FieldType[]): Fix<Id> | undefined {
  const raw = plainScalar(article, entry);
  if (raw === undefined || !entry.valueSpan) return undefined;
  const start = entry.valueSpan.start;
  if (types.includes('boolean') && typeof value === 'string' && YAML11_BOOLEANS.has(value.toLowerCase())) {
    const b = YAML11_BOOLEANS.get(value.toLowerCase());
    return { messageId: 'writeBoolean', args: { boolean: String(b) }, edits: [{ start, end: entry.valueSpan.end, newText: String(b) }], intent: { fields: { [entry.key]: { reads: b } } } };
  }
  // A number, boolean or date where text is wanted: quoting keeps every character.
  if ((types.includes('string') || types.includes('url')) && (typeof value === 'number' || typeof value === 'boolean' || value instanceof YamlTimestamp)) {
    return { messageId: 'quoteAsText', edits: singleQuoteEdits(raw, start), intent: { fields: { [entry.key]: { reads: raw } } } };
  }
  return undefined;
}

/** An item as written in the file (a flow list's item as Hexo reads it), shortened. */
function itemText(article: Article, entry: Entry, i: number, item: unknown): string {
  const span = entry.items?.[i];
  return clip(span ? article.text.slice(span.start, span.end) : JSON.stringify(item) ?? String(item));
}

function checkItems(article: Article, entry: Entry, value: unknown[], report: Report<Id>): void {
  const text = article.text;
  value.forEach((item, i) => {
    if (isText(item) || typeof item === 'number') return;
    const span = entry.items?.[i];
    const start = span?.start ?? entry.keySpan.start;
    const end = span?.end ?? entry.keySpan.end;
    // An empty item has no text of its own: its "-" line can go.
    const line = lineAt(text, start);
    const fix: Fix<Id> | undefined = item === null && span?.empty && text.slice(line.start, line.end).trim() === '-'
      ? { messageId: 'deleteEmptyItem', edits: [deleteLines(text, start)], intent: { fields: { [entry.key]: { reads: value.filter((_, j) => j !== i) } } } }
      : undefined;
    const empty: Id = entry.key === 'tags' ? 'emptyTag' : entry.key === 'categories' ? 'emptyCategory' : 'emptyItem';
    report({
      start,
      end,
      messageId: item === null ? empty : 'itemNotText',
      args: item === null ? { field: entry.key, item: i + 1 } : { field: entry.key, item: i + 1, value: itemText(article, entry, i, item) },
      fix,
      data: { field: entry.key, item: i },
    });
  });
}

function checkField(article: Article, name: string, schema: FieldSchema, value: unknown, report: Report<Id>): void {
  const entry = frontMatterView(article).get(name);
  if (!entry || value === null || value === undefined) return;
  const start = entry.valueSpan?.start ?? entry.keySpan.start;
  const end = entry.valueSpan?.end ?? entry.keySpan.end;
  if (schema.types.length && !schema.types.some((t) => matches(value, t))) {
    if (Array.isArray(value) && schema.types.includes('string[]')) {
      checkItems(article, entry, value, report);
      return;
    }
    const fix = fixFor(article, entry, value, schema.types);
    const data = { field: name };
    if (typeof value === 'string' && YAML11_BOOLEANS.has(value.toLowerCase()) && schema.types.includes('boolean')) {
      report({ start, end, messageId: 'yamlBoolean', args: { field: name, value, boolean: String(YAML11_BOOLEANS.get(value.toLowerCase())) }, fix, data });
      return;
    }
    const actual = wrongType(value);
    const expected = schema.types.join(' | ');
    const args: Record<string, string> = { field: name, expected };
    if (actual.value !== undefined) args.value = actual.value;
    report({ start, end, messageId: actual.messageId, args, fix, data });
    return;
  }
  if (schema.allowed) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      const text = v instanceof YamlTimestamp ? v.raw : String(v);
      if (!schema.allowed.includes(text)) {
        report({
          start,
          end,
          messageId: 'notAllowed',
          args: { field: name, allowed: schema.allowed.map((a) => JSON.stringify(a)).join(', '), value: text },
          data: { field: name },
        });
        break;
      }
    }
  }
}

/** Field values against the schema (types, allowed values) with Hexo's reading of the YAML. */
export const fieldType = defineRule({
  id: 'field-type',
  severity: 'warning',
  fixable: true,
  description: 'a field has the wrong type (e.g. `comments: no`) or a value the schema does not allow',
  scope: 'frontMatter',
  messages,
  check(article, report, context) {
    const data = hexoReads(article) ? article.hexo.data : undefined;
    if (!data) return;
    for (const [name, schema] of context.config.fields) {
      if (!Object.hasOwn(data, name) || isDuplicated(article, name)) continue;
      checkField(article, name, schema, data[name], report);
    }
  },
});
