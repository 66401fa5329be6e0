/**
 * What the index keeps of one article, read from the file's bytes with as little decoding as
 * possible: the head (up to the closing fence) is decoded, its front matter read by the simple
 * fast path when it is plainly simple and by Hexo's full reading otherwise, and the body is only
 * searched for `来源`. A file whose head the byte scan cannot place is decoded whole and parsed
 * by `parseArticle`, so every file gets exactly the fields the full parser gives.
 */
import { parseArticle } from '../article';
import { findFrontMatter } from '../frontMatterBlock';
import { readHexoYaml } from '../hexoData';
import { ArticleDate, readCategoryPath, readDate, readStringList, readText } from '../hexoFields';
import { articleKind, SNIFF_BYTES } from '../sniff';
import { findSource } from '../source';
import { findSourceInBytes } from './bodySource';
import { readSimpleFrontMatter } from './simpleFrontMatter';

export interface RecordFields {
  title: string | undefined;
  date: ArticleDate | undefined;
  categories: string[];
  tags: string[];
  author: string | undefined;
  source: string | undefined;
  /** Lines of the opening and closing fences (0-based); undefined without front matter. */
  frontMatter: { startLine: number; endLine: number; displaced: boolean } | undefined;
}

/** How far into a file the closing fence is looked for before decoding the whole file. */
const MAX_HEAD_BYTES = 64 * 1024;
const MAX_LEADING_LINES = 200;

function lineEnd(buf: Buffer, from: number, limit: number): number {
  const nl = buf.indexOf(10, from);
  return nl < 0 || nl > limit ? limit : nl;
}

/** Blank as frontMatterBlock counts it: spaces, tabs, CR, U+3000 (E3 80 80) and BOMs (EF BB BF). */
function isBlankLine(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c === 32 || c === 9 || c === 13) continue;
    if (c === 0xe3 && buf[i + 1] === 0x80 && buf[i + 2] === 0x80 && i + 2 < end) i += 2;
    else if (c === 0xef && buf[i + 1] === 0xbb && buf[i + 2] === 0xbf && i + 2 < end) i += 2;
    else return false;
  }
  return true;
}

/** `-{3,}[ \t]*` then the line end (a CR right before LF is not part of the line). */
function isFence(buf: Buffer, start: number, end: number): boolean {
  let e = end;
  if (e > start && buf[e - 1] === 13 && buf[e] === 10) e--;
  let i = start;
  while (i < e && buf[i] === 45) i++;
  if (i - start < 3) return false;
  while (i < e && (buf[i] === 32 || buf[i] === 9)) i++;
  return i === e;
}

/** Byte offset just past the closing fence's line, or -1 when the head cannot be placed cheaply. */
function headEnd(buf: Buffer): number {
  const limit = Math.min(buf.length, MAX_HEAD_BYTES);
  let pos = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  for (let n = 0; ; n++) {
    if (n >= MAX_LEADING_LINES || pos >= limit) return -1;
    const end = lineEnd(buf, pos, limit);
    if (isFence(buf, pos, end)) {
      pos = end + 1;
      break;
    }
    if (!isBlankLine(buf, pos, end)) return -1;
    pos = end + 1;
  }
  while (pos < limit) {
    const end = lineEnd(buf, pos, limit);
    if (buf[pos] === 45 && isFence(buf, pos, end)) return end < buf.length ? end + 1 : end;
    pos = end + 1;
  }
  return -1;
}

function fieldsOf(data: Record<string, unknown> | undefined): Omit<RecordFields, 'source' | 'frontMatter'> {
  if (!data) return { title: undefined, date: undefined, categories: [], tags: [], author: undefined };
  return {
    title: readText(data.title),
    date: readDate(data.date),
    categories: readCategoryPath(data.categories),
    tags: readStringList(data.tags),
    author: readText(data.author),
  };
}

function lineSpan(text: string, openStart: number, closeStart: number): { startLine: number; endLine: number } {
  let startLine = 0;
  let endLine = 0;
  for (let i = 0; i < closeStart; i++) {
    if (text.charCodeAt(i) === 10) {
      endLine++;
      if (i < openStart) startLine++;
    }
  }
  return { startLine, endLine };
}

/** The full path: decode everything and parse as the editor does. */
export function recordFieldsFromText(text: string): RecordFields | undefined {
  if (articleKind(text.slice(0, SNIFF_BYTES)) === 'other') return undefined;
  const article = parseArticle(text);
  const fm = article.frontMatter;
  return {
    ...article.fields,
    source: findSource(article.body),
    frontMatter: fm ? { ...lineSpan(text, fm.openStart, fm.closeStart ?? fm.contentEnd), displaced: fm.displacement > 0 } : undefined,
  };
}

/** The record's fields from a file's bytes; undefined when the file is not an article. */
export function recordFieldsFromBytes(buf: Buffer): RecordFields | undefined {
  const end = headEnd(buf);
  if (end < 0) return recordFieldsFromText(buf.toString('utf8'));
  const head = buf.toString('utf8', 0, end);
  const block = findFrontMatter(head);
  // The byte scan and the parser must agree on the block, or the full path decides.
  if (!block || !block.closed || block.closeStart === undefined || block.end !== head.length) {
    return recordFieldsFromText(buf.toString('utf8'));
  }
  if (articleKind(head.slice(0, SNIFF_BYTES)) === 'other') return undefined;
  const yaml = head.slice(block.contentStart, block.contentEnd);
  const data = readSimpleFrontMatter(yaml) ?? readHexoYaml(yaml).data;
  return {
    ...fieldsOf(data),
    source: findSourceInBytes(buf, end),
    frontMatter: { ...lineSpan(head, block.openStart, block.closeStart), displaced: block.displacement > 0 },
  };
}
