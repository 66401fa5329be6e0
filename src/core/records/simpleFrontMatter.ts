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

/**
 * Whether a line holds only characters that need no thought: not a control character (tab and
 * CR included: a tab is Hexo-escaped, a lone CR a js-yaml line break), nor one js-yaml refuses
 * (C1 controls but NEL, U+FEFF, U+FFFE/U+FFFF, unpaired surrogates).
 */
function plainCharacters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) return false;
    if (c < 0x7f) continue;
    if (c <= 0x9f) {
      if (c !== 0x85) return false;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff) || i + 1 >= end) return false;
      i++;
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfeff || c === 0xfffe || c === 0xffff) {
      return false;
    }
  }
  return true;
}
/** First characters that make a plain scalar something else (YAML indicators). */
const INDICATOR_START = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

const FAIL = Symbol('not simple');
type Scalar = unknown;

function plain(text: string, isField: boolean): Scalar | typeof FAIL {
  if (INDICATOR_START.has(text.charCodeAt(0)) || text.includes(': ') || text.includes(' #') || text.charCodeAt(text.length - 1) === 58) return FAIL;
  if (!isField) return text;
  if (types.null.resolve(text)) return null;
  if (types.bool.resolve(text) || types.int.resolve(text) || types.float.resolve(text)) return FAIL;
  if (types.timestamp.resolve(text)) return new YamlTimestamp(text, types.timestamp.construct(text) as Date);
  return text;
}

/** The scalar in `line` from `start` to `end` (trailing spaces already excluded). */
function scalar(line: string, start: number, end: number, isField: boolean): Scalar | typeof FAIL {
  if (start >= end) return null;
  const q = line.charCodeAt(start);
  if (q === 39 /* ' */ || q === 34 /* " */) {
    if (end - start < 2 || line.charCodeAt(end - 1) !== q) return FAIL;
    const inner = line.slice(start + 1, end - 1);
    if (inner.includes(q === 39 ? "'" : '"') || (q === 34 && inner.includes('\\'))) return FAIL;
    return inner;
  }
  return plain(line.slice(start, end), isField);
}

function isKeyChar(c: number, first: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (!first && ((c >= 48 && c <= 57) || c === 95 || c === 45));
}

/** The index's fields as js-yaml reads them, or undefined when the block is not plainly simple. */
export function readSimpleFrontMatter(yaml: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  const keys: string[] = [];
  let listKey: string | undefined;
  let listIsField = false;
  let list: unknown[] | undefined;
  let listIndent = -1;
  let pos = 0;
  const length = yaml.length;
  while (pos < length) {
    let nl = yaml.indexOf('\n', pos);
    if (nl < 0) nl = length;
    const lineStart = pos;
    pos = nl + 1;
    let end = nl;
    if (end > lineStart && yaml.charCodeAt(end - 1) === 13) end--;
    if (!plainCharacters(yaml, lineStart, end)) return undefined;
    while (end > lineStart && yaml.charCodeAt(end - 1) === 32) end--;
    if (end === lineStart) continue;
    let i = lineStart;
    while (i < end && yaml.charCodeAt(i) === 32) i++;
    if (yaml.charCodeAt(i) === 45 /* - */ && (i + 1 === end || yaml.charCodeAt(i + 1) === 32)) {
      const indent = i - lineStart;
      if (listKey === undefined || (listIndent >= 0 && indent !== listIndent)) return undefined;
      listIndent = indent;
      i++;
      while (i < end && yaml.charCodeAt(i) === 32) i++;
      const value = scalar(yaml, i, end, listIsField);
      if (value === FAIL) return undefined;
      (list ??= []).push(value);
      if (listIsField) data[listKey] = list;
      continue;
    }
    if (i !== lineStart || !isKeyChar(yaml.charCodeAt(i), true)) return undefined;
    while (i < end && isKeyChar(yaml.charCodeAt(i), false)) i++;
    if (yaml.charCodeAt(i) !== 58 /* : */ || (i + 1 < end && yaml.charCodeAt(i + 1) !== 32)) return undefined;
    const key = yaml.slice(lineStart, i);
    if (keys.includes(key)) return undefined;
    keys.push(key);
    const isField = FIELD_KEYS.has(key);
    i++;
    while (i < end && yaml.charCodeAt(i) === 32) i++;
    list = undefined;
    listIndent = -1;
    if (i === end) {
      // `key:` alone: null, unless a block list follows.
      listKey = key;
      listIsField = isField;
      if (isField) data[key] = null;
      continue;
    }
    listKey = undefined;
    const value = scalar(yaml, i, end, isField);
    if (value === FAIL) return undefined;
    if (isField) data[key] = value;
  }
  return data;
}
