/**
 * Renaming (or merging) one category, tag or author value in one article's front matter, as
 * the fewest text edits: only the changed characters of the scalar are replaced, and the scalar
 * keeps its quoting style. Renaming a list item to a value the list already holds merges them
 * (the renamed item's line goes). The result is checked by re-reading the edited front matter
 * as Hexo and the editor do; if it would read differently than intended, no edit is offered.
 */
import { load as loadJsYaml } from 'js-yaml';
import { parse as parseYaml, Scalar } from 'yaml';
import { parseArticle } from '../article/article';
import type { Article } from '../article/article';
import { applyEdits } from '../edits';
import type { TextEdit } from '../problem';
import { RenamableField, ValueOccurrence, valueOccurrences } from './frontMatterValues';

export interface RenameResult {
  edits: TextEdit[];
  /** How many occurrences of the value the edits rename or merge. */
  renamed: number;
  /** Why the article could not be renamed (empty when it could, or held no such value). */
  problems: string[];
}

function readsAsPlain(value: string, flow: boolean): boolean {
  if (value === '' || /[\r\n]/.test(value)) return false;
  const text = flow ? `k: [${value}]` : `k: ${value}`;
  try {
    const expected = flow ? [value] : value;
    const same = (parsed: unknown) => JSON.stringify((parsed as { k?: unknown } | null)?.k) === JSON.stringify(expected);
    return same(parseYaml(text)) && same(loadJsYaml(text));
  } catch {
    return false;
  }
}

function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The new scalar text in the old one's style, or undefined when that style cannot hold it. */
function writeScalar(style: Scalar.Type, value: string, flow: boolean): string | undefined {
  switch (style) {
    case 'QUOTE_SINGLE':
      return /[\r\n]/.test(value) ? JSON.stringify(value) : singleQuoted(value);
    case 'QUOTE_DOUBLE':
      return JSON.stringify(value);
    case 'PLAIN':
      return readsAsPlain(value, flow) ? value : /[\r\n]/.test(value) ? JSON.stringify(value) : singleQuoted(value);
    default:
      return undefined;
  }
}

function isSurrogateTail(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The one edit turning `oldText` (at `start`) into `newText`, without the common ends. */
export function minimalEdit(start: number, oldText: string, newText: string): TextEdit | undefined {
  if (oldText === newText) return undefined;
  let head = 0;
  const max = Math.min(oldText.length, newText.length);
  while (head < max && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  // Never split a surrogate pair: an edit boundary inside an emoji would corrupt it.
  while (head > 0 && (isSurrogateTail(oldText, head) || isSurrogateTail(newText, head))) head--;
  let tail = 0;
  while (tail < max - head && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  while (tail > 0 && (isSurrogateTail(oldText, oldText.length - tail) || isSurrogateTail(newText, newText.length - tail))) tail--;
  return { start: start + head, end: start + oldText.length - tail, newText: newText.slice(head, newText.length - tail) };
}

/** The edit deleting a list item (its whole line in a block list, item and comma in a flow list). */
function deleteItem(text: string, item: ValueOccurrence): TextEdit | undefined {
  if (!item.list) return undefined;
  if (!item.list.flow) {
    const lineStart = text.lastIndexOf('\n', item.start - 1) + 1;
    if (!/^[ \t]*-[ \t]+$/.test(text.slice(lineStart, item.start))) return undefined;
    const nl = text.indexOf('\n', item.end);
    const rest = text.slice(item.end, nl < 0 ? text.length : nl);
    if (!/^[ \t]*(?:#.*)?\r?$/.test(rest)) return undefined;
    return { start: lineStart, end: nl < 0 ? text.length : nl + 1, newText: '' };
  }
  const after = /^\s*,\s*/.exec(text.slice(item.end));
  if (after) return { start: item.start, end: item.end + after[0].length, newText: '' };
  const before = /,\s*$/.exec(text.slice(0, item.start));
  return before ? { start: before.index, end: item.end, newText: '' } : undefined;
}

function valueSet(article: Article, field: RenamableField): string[] {
  return [...new Set(valueOccurrences(article, field).map((o) => o.value))].sort();
}

function hexoValues(article: Article, field: RenamableField): string[] {
  const f = article.fields;
  return [...new Set(field === 'author' ? (f.author === undefined ? [] : [f.author]) : f[field])].sort();
}

export function renameValueEdits(article: Article, field: RenamableField, from: string, to: string): RenameResult {
  const all = valueOccurrences(article, field);
  const targets = all.filter((o) => o.value === from);
  if (from === to || targets.length === 0) return { edits: [], renamed: 0, problems: [] };
  const problems: string[] = [];
  const edits: TextEdit[] = [];
  for (const o of targets) {
    const keepsTarget = o.list && all.some((other) => other.list?.node === o.list?.node && other.value === to);
    if (keepsTarget) {
      const edit = deleteItem(article.text, o);
      if (edit) edits.push(edit);
      else problems.push(`"${from}" shares its line with other YAML; merge it into "${to}" by hand`);
      continue;
    }
    const written = writeScalar(o.style, to, o.list?.flow ?? false);
    if (written === undefined) {
      problems.push(`"${from}" is a YAML block scalar; rename it by hand`);
      continue;
    }
    const edit = minimalEdit(o.start, article.text.slice(o.start, o.end), written);
    if (edit) edits.push(edit);
  }
  if (problems.length) return { edits: [], renamed: 0, problems };
  return verify(article, field, from, to, edits, targets.length);
}

/** Re-reads the edited article; the field must hold exactly the old values with `from` → `to`. */
function verify(article: Article, field: RenamableField, from: string, to: string, edits: TextEdit[], renamed: number): RenameResult {
  const result = applyEdits(article.text, edits);
  const after = parseArticle(result.text);
  const expect = (values: string[]) => JSON.stringify([...new Set(values.map((v) => (v === from ? to : v)))].sort());
  const yamlOk = JSON.stringify(valueSet(after, field)) === expect(valueSet(article, field));
  const hexoOk = article.hexo.error !== undefined || (after.hexo.error === undefined && JSON.stringify(hexoValues(after, field)) === expect(hexoValues(article, field)));
  if (result.skipped > 0 || !yamlOk || !hexoOk) {
    return { edits: [], renamed: 0, problems: [`renaming "${from}" to "${to}" would change how the front matter reads; rename it by hand`] };
  }
  return { edits: edits.sort((a, b) => a.start - b.start), renamed, problems: [] };
}
