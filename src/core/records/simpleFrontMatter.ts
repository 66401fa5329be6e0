/**
 * A fast reading of the front matter that almost every scraped post has: `key: value` lines and
 * block lists (` - item`) of plain or simply quoted scalars. It returns the fields the index
 * needs with exactly the values js-yaml gives Hexo (src/core/hexoData.ts), or undefined as soon
 * as one line is not plainly simple, and the caller then runs the full reading. Anything js-yaml
 * might read differently (flow collections, multi-line scalars, escapes, comments, anchors,
 * tabs, duplicate keys, numbers or booleans in a field) falls back.
 */
import * as jsYaml from 'js-yaml';
import { YamlTimestamp } from '../hexoData';

interface ScalarType {
  resolve(s: string): boolean;
  construct(s: string): unknown;
}
// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const types = (jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float' | 'timestamp', ScalarType> }).types;

/** The keys whose values the index reads; other keys only have to be simple. */
const FIELD_KEYS = new Set(['title', 'date', 'categories', 'tags', 'author']);

const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]*):(?: +(.*))?$/;
const ITEM_LINE = /^( *)-(?: +(.*))?$/;
/** Characters js-yaml refuses anywhere in a stream, and a BOM inside the block. */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
/** First characters that make a plain scalar something else (YAML indicators). */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

const FAIL = Symbol('not simple');
type Scalar = unknown;

function plain(text: string, isField: boolean): Scalar | typeof FAIL {
  if (INDICATOR_START.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) return FAIL;
  if (!isField) return text;
  if (types.null.resolve(text)) return null;
  if (types.bool.resolve(text) || types.int.resolve(text) || types.float.resolve(text)) return FAIL;
  if (types.timestamp.resolve(text)) return new YamlTimestamp(text, types.timestamp.construct(text) as Date);
  return text;
}

function scalar(raw: string, isField: boolean): Scalar | typeof FAIL {
  const text = raw.replace(/ +$/, '');
  if (text === '') return null;
  const q = text.charCodeAt(0);
  if (q === 39 /* ' */ || q === 34 /* " */) {
    if (text.length < 2 || text.charCodeAt(text.length - 1) !== q) return FAIL;
    const inner = text.slice(1, -1);
    if (inner.includes(q === 39 ? "'" : '"') || (q === 34 && inner.includes('\\'))) return FAIL;
    return inner;
  }
  return plain(text, isField);
}

/** The index's fields as js-yaml reads them, or undefined when the block is not plainly simple. */
export function readSimpleFrontMatter(yaml: string): Record<string, unknown> | undefined {
  if (yaml.includes('\t') || NON_PRINTABLE.test(yaml)) return undefined;
  const data: Record<string, unknown> = {};
  const keys: string[] = [];
  let listKey: string | undefined;
  let list: unknown[] | undefined;
  let listIndent = -1;
  const lines = yaml.split('\n');
  for (let raw of lines) {
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (raw.includes('\r')) return undefined;
    if (/^ *$/.test(raw)) continue;
    const item = raw.charCodeAt(0) === 32 || raw.charCodeAt(0) === 45 ? ITEM_LINE.exec(raw) : null;
    if (item) {
      if (listKey === undefined || (listIndent >= 0 && item[1].length !== listIndent)) return undefined;
      listIndent = item[1].length;
      const value = scalar(item[2] ?? '', FIELD_KEYS.has(listKey));
      if (value === FAIL) return undefined;
      (list ??= []).push(value);
      if (FIELD_KEYS.has(listKey)) data[listKey] = list;
      continue;
    }
    const m = KEY_LINE.exec(raw);
    if (!m || keys.includes(m[1])) return undefined;
    const key = m[1];
    keys.push(key);
    listKey = undefined;
    list = undefined;
    listIndent = -1;
    const rest = m[2] ?? '';
    if (/^ *$/.test(rest)) {
      // `key:` alone: null, unless a block list follows.
      listKey = key;
      if (FIELD_KEYS.has(key)) data[key] = null;
      continue;
    }
    const value = scalar(rest, FIELD_KEYS.has(key));
    if (value === FAIL) return undefined;
    if (FIELD_KEYS.has(key)) data[key] = value;
  }
  return data;
}
