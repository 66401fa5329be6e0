/**
 * What the index keeps of one article, read from the file's bytes with as little decoding as
 * possible: only the head (up to the closing fence, found by a byte search) is decoded and handed
 * to the one locator (../../article/frontMatterBlock.ts), its front matter read by the simple fast
 * path when Hexo reads the block as located and by the full reading otherwise, and the body is
 * only searched for `来源`. When the head is not enough for the locator, the file is decoded
 * whole and parsed by `parseArticle`, so every file gets exactly the fields the full parser gives.
 */
import { ArticleFields, parseArticle } from '../../article/article';
import { FrontMatterBlock, INCOMPLETE, locateFrontMatter } from '../../article/frontMatterBlock';
import { readCategoryPath, readDate, readStringList, readText } from '../../article/hexoFields';
import { readHexoYaml } from '../../article/hexoData';
import { readFrontMatter, readsAsLocated } from '../../article/hexoReading';
import { isArticleKind, kindOf } from '../../article/sniff';
import { findSource } from '../../article/source';
import { findSourceInBytes } from './bodySource';
import { rfc1123Date } from './rfcDate';
import { readSimpleFrontMatter } from './simpleFields';

/** The article's fields (what `parseArticle` gives), with its source and where its front matter stands. */
export interface RecordFields extends ArticleFields {
  source: string | undefined;
  /** Lines of the opening and closing fences (0-based); undefined without front matter. */
  frontMatter: { startLine: number; endLine: number; displaced: boolean } | undefined;
}

/** The end of the line after the first line break at or after `from` that opens with `---`; -1 if none. */
function fenceLineEnd(buf: Buffer, from: number): number {
  for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, nl + 1)) {
    if (buf[nl + 1] === 45 && buf[nl + 2] === 45 && buf[nl + 3] === 45) return nl + 1;
  }
  return -1;
}

/**
 * How many bytes hold the front matter, as far as a byte search can tell: through the line of the
 * closing `---` (the first one after a fence at the very start, else the second, the first being
 * the opening after the empty line). The locator says when that guess is not enough.
 */
function headLength(buf: Buffer): number {
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const prefixed = buf[start] === 45 && buf[start + 1] === 45 && buf[start + 2] === 45;
  let fence = fenceLineEnd(buf, start);
  if (fence >= 0 && !prefixed) fence = fenceLineEnd(buf, fence);
  if (fence < 0) return buf.length;
  const nl = buf.indexOf(10, fence);
  return nl < 0 ? buf.length : nl + 1;
}

export function fieldsOf(data: Record<string, unknown> | undefined): ArticleFields {
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
  for (let i = text.indexOf('\n'); i >= 0 && i < closeStart; i = text.indexOf('\n', i + 1)) {
    endLine++;
    if (i < openStart) startLine++;
  }
  return { startLine, endLine };
}

/** The full path: decode everything and parse as the editor does. */
export function recordFieldsFromText(text: string): RecordFields | undefined {
  const article = parseArticle(text);
  const fm = article.frontMatter;
  // The index reads only files in the archive's selection, where any front matter makes an article.
  if (!isArticleKind(kindOf(text, fm), true)) return undefined;
  return {
    ...article.fields,
    source: findSource(article.body),
    frontMatter: fm ? { ...lineSpan(text, fm.openStart, fm.closeStart ?? fm.contentEnd), displaced: fm.displacement > 0 } : undefined,
  };
}

/**
 * Hexo's data when it is the block's YAML alone (`readsAsLocated`): the fast line scanner's
 * reading, else js-yaml's of the same text, which is Hexo's reading with gray-matter's split
 * left out (it costs more than the YAML; the reading tests hold both to the full reading). A
 * block with a CR is left to the full reading, which hands js-yaml Hexo's LF text.
 */
function locatedData(head: string, fm: FrontMatterBlock): Record<string, unknown> | undefined {
  const yaml = head.slice(fm.contentStart, fm.contentEnd);
  const simple = readSimpleFrontMatter(yaml);
  if (simple) return simple;
  return yaml.indexOf('\r') < 0 ? readHexoYaml(yaml).data : readFrontMatter(head, fm).data;
}

/** The record's fields from the bytes of a file in the selection; undefined when it is not an article. */
export function recordFieldsFromBytes(buf: Buffer): RecordFields | undefined {
  const length = headLength(buf);
  const head = buf.toString('utf8', 0, length);
  const fm = locateFrontMatter(head, length < buf.length);
  // No front matter in the head may still be keys that lost their fences: the full path decides.
  if (fm === INCOMPLETE || fm === undefined) return recordFieldsFromText(length < buf.length ? buf.toString('utf8') : head);
  const data = readsAsLocated(head, fm) ? locatedData(head, fm) : readFrontMatter(head, fm).data;
  return {
    ...fieldsOf(data),
    // The head most often ends where the body starts; otherwise count back the bytes after it.
    source: findSourceInBytes(buf, fm.end === head.length ? length : length - Buffer.byteLength(head.slice(fm.end))),
    frontMatter: { ...lineSpan(head, fm.openStart, fm.closeStart ?? fm.contentEnd), displaced: fm.displacement > 0 },
  };
}
