import type { Article } from '../article/article';
import type { FieldSchema, FieldType } from '../config/archiveConfig';
import { YamlTimestamp } from '../article/hexoData';
import { Entry, frontMatterView } from './entries';
import { deleteLines, hexoReads, isDuplicated, lineAt, singleQuoteEdits } from './support';
import type { Report, Rule } from './types';
import type { Fix } from '../problem';

const TYPE_NAMES: Record<FieldType, string> = {
  string: 'text',
  'string[]': 'a list of texts',
  boolean: 'true or false',
  number: 'a number',
  date: 'a date',
  url: 'a URL',
};

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

function describe(value: unknown): string {
  if (value instanceof YamlTimestamp) return `the date ${value.raw}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'object' && value !== null) return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

function plainScalar(article: Article, entry: Entry): string | undefined {
  if (!entry.valueSpan) return undefined;
  const raw = article.text.slice(entry.valueSpan.start, entry.valueSpan.end);
  return /^['"|>[{]/.test(raw) || raw.includes('\n') ? undefined : raw;
}

function fixFor(article: Article, entry: Entry, value: unknown, types: FieldType[]): Fix | undefined {
  const raw = plainScalar(article, entry);
  if (raw === undefined || !entry.valueSpan) return undefined;
  const start = entry.valueSpan.start;
  if (types.includes('boolean') && typeof value === 'string' && YAML11_BOOLEANS.has(value.toLowerCase())) {
    const b = YAML11_BOOLEANS.get(value.toLowerCase());
    return { title: `Write ${b}`, edits: [{ start, end: entry.valueSpan.end, newText: String(b) }] };
  }
  // A number, boolean or date where text is wanted: quoting keeps every character.
  if ((types.includes('string') || types.includes('url')) && (typeof value === 'number' || typeof value === 'boolean' || value instanceof YamlTimestamp)) {
    return { title: 'Quote the value so it stays text', edits: singleQuoteEdits(raw, start) };
  }
  return undefined;
}

function checkItems(article: Article, entry: Entry, value: unknown[], report: Report): void {
  const text = article.text;
  value.forEach((item, i) => {
    if (isText(item) || typeof item === 'number') return;
    const span = entry.items?.[i];
    const start = span?.start ?? entry.keySpan.start;
    const end = span?.end ?? entry.keySpan.end;
    // An empty item has no text of its own: its "-" line can go.
    const line = lineAt(text, start);
    const fix: Fix | undefined = item === null && span?.empty && text.slice(line.start, line.end).trim() === '-'
      ? { title: 'Delete the empty item', edits: [deleteLines(text, start)] }
      : undefined;
    report({
      start,
      end,
      message: item === null
        ? `Item ${i + 1} of "${entry.key}" is empty: Hexo makes a nameless ${entry.key === 'tags' ? 'tag' : 'category'}. Delete the "-" line or name it.`
        : `Item ${i + 1} of "${entry.key}" is ${describe(item)}, not text.`,
      fix,
      data: { field: entry.key, item: i },
    });
  });
}

function checkField(article: Article, name: string, schema: FieldSchema, value: unknown, report: Report): void {
  const entry = frontMatterView(article).get(name);
  if (!entry || value === null || value === undefined) return;
  const start = entry.valueSpan?.start ?? entry.keySpan.start;
  const end = entry.valueSpan?.end ?? entry.keySpan.end;
  if (schema.types.length && !schema.types.some((t) => matches(value, t))) {
    if (Array.isArray(value) && schema.types.includes('string[]')) {
      checkItems(article, entry, value, report);
      return;
    }
    const boolText = typeof value === 'string' && YAML11_BOOLEANS.has(value.toLowerCase());
    const message = boolText && schema.types.includes('boolean')
      ? `"${name}: ${value}" is the text "${value}" in YAML 1.2, not a boolean, and Hexo treats any text as true. Write ${YAML11_BOOLEANS.get(value.toLowerCase())}.`
      : `"${name}" should be ${schema.types.map((t) => TYPE_NAMES[t]).join(' or ')}, but it is ${describe(value)}.`;
    report({ start, end, message, fix: fixFor(article, entry, value, schema.types), data: { field: name } });
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
          message: `"${name}" may only be ${schema.allowed.map((a) => JSON.stringify(a)).join(', ')} (.newsarchive.json), not ${JSON.stringify(text)}.`,
          data: { field: name },
        });
        break;
      }
    }
  }
}

/** Field values against the schema (types, allowed values) with Hexo's reading of the YAML. */
export const fieldType: Rule = {
  id: 'field-type',
  severity: 'warning',
  fixable: true,
  description: 'a field has the wrong type (e.g. `comments: no`) or a value the schema does not allow',
  scope: 'frontMatter',
  check(article, report, context) {
    const data = hexoReads(article) ? article.hexo.data : undefined;
    if (!data) return;
    for (const [name, schema] of context.config.fields) {
      if (!Object.hasOwn(data, name) || isDuplicated(article, name)) continue;
      checkField(article, name, schema, data[name], report);
    }
  },
};
