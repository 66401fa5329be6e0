/**
 * What the index keeps of one article, read from the file's bytes with as little decoding as
 * possible: the head (up to the closing fence) is decoded, its front matter read by the simple
 * fast path when it is plainly simple and by Hexo's full reading otherwise, and the body is only
 * searched for `来源`. A file whose head the byte scan cannot place is decoded whole and parsed
 * by `parseArticle`, so every file gets exactly the fields the full parser gives.
 */
import { parseArticle } from '../../article/article';
import { readHexoYaml } from '../../article/hexoData';
import { ArticleDate, readCategoryPath, readDate, readStringList, readText } from '../../article/hexoFields';
import { MAX_LEADING_LINES } from '../../article/frontMatterBlock';
import { isArticle, MAX_LEADING_BLANK_LINES, SNIFF_BYTES } from '../../article/sniff';
import { findSource } from '../../article/source';
import { findSourceInBytes } from './bodySource';
import { rfc1123Date } from './rfcDate';
import { readSimpleFrontMatter } from './simpleFields';

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

/** Where the front matter is, in bytes, as findFrontMatter would find it in the decoded text. */
interface ByteBlock {
  openStart: number;
  contentStart: number;
  closeStart: number;
  /** Just past the closing fence's line: the body's start. */
  end: number;
  /** Blank lines before the opening fence. */
  leadingLines: number;
  /** Line of the closing fence. */
  closeLine: number;
}

/** The closed front-matter block found by a byte scan, or undefined when the scan cannot place it cheaply. */
export function byteBlock(buf: Buffer): ByteBlock | undefined {
  const limit = Math.min(buf.length, MAX_HEAD_BYTES);
  let pos = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  let leadingLines = 0;
  for (;;) {
    if (leadingLines >= MAX_LEADING_LINES || pos >= limit) return undefined;
    const end = lineEnd(buf, pos, limit);
    if (isFence(buf, pos, end)) break;
    if (!isBlankLine(buf, pos, end)) return undefined;
    leadingLines++;
    pos = end + 1;
  }
  const openStart = pos;
  pos = lineEnd(buf, pos, limit) + 1;
  const contentStart = pos;
  let line = leadingLines + 1;
  while (pos < limit) {
    const end = lineEnd(buf, pos, limit);
    if (buf[pos] === 45 && isFence(buf, pos, end)) {
      return { openStart, contentStart, closeStart: pos, end: end < buf.length ? end + 1 : end, leadingLines, closeLine: line };
    }
    pos = end + 1;
    line++;
  }
  return undefined;
}

export function fieldsOf(data: Record<string, unknown> | undefined): Omit<RecordFields, 'source' | 'frontMatter'> {
  if (!data) return { title: undefined, date: undefined, categories: [], tags: [], author: undefined };
  return {
    title: readText(data.title),
    date: rfc1123Date(data.date) ?? readDate(data.date),
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
  // The index reads only files in the archive's selection, where any front matter makes an article.
  if (!isArticle(text.slice(0, SNIFF_BYTES), true)) return undefined;
  const article = parseArticle(text);
  const fm = article.frontMatter;
  return {
    ...article.fields,
    source: findSource(article.body),
    frontMatter: fm ? { ...lineSpan(text, fm.openStart, fm.closeStart ?? fm.contentEnd), displaced: fm.displacement > 0 } : undefined,
  };
}

/** The record's fields from the bytes of a file in the selection; undefined when it is not an article. */
export function recordFieldsFromBytes(buf: Buffer): RecordFields | undefined {
  const block = byteBlock(buf);
  if (!block) return recordFieldsFromText(buf.toString('utf8'));
  const yaml = buf.toString('utf8', block.contentStart, block.closeStart);
  // A fenced block makes an article of a file in the selection, when the sniff reaches the fence.
  if (block.leadingLines >= MAX_LEADING_BLANK_LINES || block.openStart + 3 > SNIFF_BYTES) {
    if (!isArticle(buf.toString('utf8', 0, Math.min(buf.length, SNIFF_BYTES * 4)).slice(0, SNIFF_BYTES), true)) return undefined;
  }
  const data = readSimpleFrontMatter(yaml) ?? readHexoYaml(yaml).data;
  return {
    ...fieldsOf(data),
    source: findSourceInBytes(buf, block.end),
    frontMatter: { startLine: block.leadingLines, endLine: block.closeLine, displaced: block.openStart > 0 },
  };
}
