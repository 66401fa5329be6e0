/**
 * Hexo's own reading of a post, for the differential tests: the npm package hexo-front-matter at
 * the version Hexo 7 and 8 depend on (^4.2.1, which loads with js-yaml ^4.1.0), fed what Hexo
 * feeds it. Hexo reads a post with hexo-fs's readFile, whose escapeFileContent turns every CRLF
 * into LF and then drops one leading BOM (hexo-fs 5, lib/fs.ts); the post processor
 * (hexo/lib/plugins/processor/post.ts) hands that text to `parse`, and a throw there fails the
 * post. Nothing of src/core is used here.
 */
import { parse, split } from 'hexo-front-matter';

/** The text Hexo's post processor receives for a file's text (hexo-fs escapeFileContent). */
export function hexoView(fileText: string): string {
  const str = fileText.replace(/\r\n/g, '\n');
  return str.charCodeAt(0) === 0xfeff ? str.slice(1) : str;
}

export interface HexoPost {
  /** The front-matter data Hexo keeps (without `_content`); undefined when it read none. */
  data: Record<string, unknown> | undefined;
  /** The post's body as Hexo renders it (`_content`): the whole text when there is no front matter. */
  content: string;
  /** parse threw: Hexo's processing of the post fails. */
  failed: boolean;
  /** What split took as the data, and whether after an opening separator. */
  split: { data: string | undefined; content: string; prefixSeparator: boolean | undefined };
}

export function hexoRead(fileText: string): HexoPost {
  const str = hexoView(fileText);
  const s = split(str);
  const splitInfo = { data: s.data, content: s.content, prefixSeparator: s.prefixSeparator };
  let parsed: Record<string, unknown>;
  try {
    parsed = parse(str) as Record<string, unknown>;
  } catch {
    return { data: undefined, content: str, failed: true, split: splitInfo };
  }
  const { _content, ...fields } = parsed;
  const content = String(_content);
  // A list loaded as the front matter is data to Hexo, with no field in it.
  const data = Array.isArray(parsed) ? {} : fields;
  // parse returns `{ _content: str }` when it keeps no data.
  const none = content === str && Object.keys(data).length === 0;
  return { data: none ? undefined : data, content, failed: false, split: splitInfo };
}

/** Hexo's `toDate` (hexo/lib/plugins/processor/common.ts) on a front-matter date. */
export function hexoDate(value: unknown): Date | undefined {
  if (!value) return undefined;
  const date = value instanceof Date ? value : new Date(value as string);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
