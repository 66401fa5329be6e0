/**
 * Small helpers the rules share: lines around an offset, whole-line deletion, and reading a
 * top-level entry's value as written.
 */
import type { Article } from '../article/article';
import { Entry, frontMatterView } from './entries';
import type { TextEdit } from '../problem';

export interface LineBounds {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just before the line break. */
  end: number;
  /** Offset of the next line (after the line break). */
  next: number;
}

export function lineAt(text: string, offset: number): LineBounds {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return { start, end: text.length, next: text.length };
  return { start, end: nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl, next: nl + 1 };
}

/** Deletes the whole line(s) from the line holding `from` through the line holding `to`. */
export function deleteLines(text: string, from: number, to = from): TextEdit {
  const first = lineAt(text, from);
  const last = lineAt(text, Math.max(from, to));
  return { start: first.start, end: last.next, newText: '' };
}

/** The first entry for a key, when the YAML has such a top-level key. */
export function entryFor(article: Article, key: string): Entry | undefined {
  return article.frontMatter ? frontMatterView(article).get(key) : undefined;
}

/** Whether Hexo can read the front matter at all (otherwise field rules stay quiet: yaml-syntax speaks). */
export function hexoReads(article: Article): boolean {
  return article.frontMatter !== undefined && article.hexo.data !== undefined;
}

/** Whether a key occurs more than once (its value is then ambiguous, duplicate-key speaks). */
export function isDuplicated(article: Article, key: string): boolean {
  let n = 0;
  for (const e of frontMatterView(article).entries) if (e.key === key && ++n > 1) return true;
  return false;
}

/** The edits that turn a plain scalar's text at `start` into a single-quoted scalar. */
export function singleQuoteEdits(raw: string, start: number): TextEdit[] {
  // A quote at the very start is doubled by the opening insertion itself.
  const edits: TextEdit[] = [{ start, end: start, newText: raw.startsWith("'") ? "''" : "'" }];
  for (let i = raw.indexOf("'", 1); i >= 0; i = raw.indexOf("'", i + 1)) {
    edits.push({ start: start + i, end: start + i, newText: "'" });
  }
  edits.push({ start: start + raw.length, end: start + raw.length, newText: "'" });
  return edits;
}

/** A value as a YAML single-quoted scalar. */
export function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `value` shortened for a message. */
export function clip(value: string, max = 40): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…';
}
