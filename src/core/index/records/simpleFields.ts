/**
 * A fast reading of the front matter that almost every scraped post has: `key: value` lines and
 * block lists (` - item`) of plain or simply quoted scalars, found by the line scan shared with
 * the rules (../simpleFrontMatter.ts). It returns the fields the index
 * needs with exactly the values js-yaml gives Hexo (src/core/hexoData.ts), or undefined as soon
 * as one line is not plainly simple, and the caller then runs the full reading. Anything js-yaml
 * might read differently (flow collections, multi-line scalars, escapes, comments, anchors,
 * tabs, duplicate keys, numbers or booleans in a field) falls back.
 */
import { YamlTimestamp } from '../../article/hexoData';
import { jsYamlTypes } from '../../article/jsYamlTypes';
import { Quoting, scalarText, scanSimpleFrontMatter } from '../../article/frontMatterScanner';

const types = jsYamlTypes;

/** The keys whose values the index reads; other keys only have to be simple. */
const FIELD_KEYS = new Set(['title', 'date', 'categories', 'tags', 'author']);

const FAIL = Symbol('not simple');

/** A scanned scalar as js-yaml reads it in a field; FAIL for types the index must not read fast. */
function fieldValue(yaml: string, start: number, end: number, quoting: Quoting | undefined): unknown {
  if (quoting === undefined) return null;
  const text = scalarText(yaml, start, end, quoting);
  if (quoting !== 'plain') return text;
  if (types.null.resolve(text)) return null;
  if (types.bool.resolve(text) || types.int.resolve(text) || types.float.resolve(text)) return FAIL;
  if (types.timestamp.resolve(text)) return new YamlTimestamp(text, types.timestamp.construct(text) as Date);
  return text;
}

/** The index's fields as js-yaml reads them, or undefined when the block is not plainly simple. */
export function readSimpleFrontMatter(yaml: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  const keys: string[] = [];
  let listKey: string | undefined;
  let list: unknown[] | undefined;
  const ok = scanSimpleFrontMatter(yaml, {
    entry(key, _keyStart, valueStart, valueEnd, quoting) {
      // js-yaml refuses a duplicate key, so Hexo's reading must decide.
      if (keys.includes(key)) return false;
      keys.push(key);
      list = undefined;
      listKey = FIELD_KEYS.has(key) ? key : undefined;
      if (listKey === undefined) return true;
      const value = fieldValue(yaml, valueStart, valueEnd, quoting);
      if (value === FAIL) return false;
      // `key:` alone is null unless a block list follows.
      data[key] = value;
      return true;
    },
    item(_dash, start, end, quoting) {
      if (listKey === undefined) return true;
      const value = fieldValue(yaml, start, end, quoting);
      if (value === FAIL) return false;
      (list ??= []).push(value);
      data[listKey] = list;
      return true;
    },
  });
  // No key at all: js-yaml reads null, which leaves the post without front matter (Hexo's call).
  return ok && keys.length > 0 ? data : undefined;
}
