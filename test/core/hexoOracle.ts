/**
 * An independent re-statement of how Hexo reads a post, for comparison in tests: hexo-fs strips
 * a BOM and turns CRLF into LF, hexo-front-matter splits with its two regexes and loads the YAML
 * with js-yaml's default schema after turning tab indents into spaces, and Hexo's `toDate` makes
 * the date with `new Date(value)`. Written from hexo-front-matter's published source; it shares
 * no code with src/core on purpose.
 */
import { load } from 'js-yaml';

const rFrontMatter = /^(-{3,}|;{3,})\n([\s\S]+?)\n\1\n?([\s\S]*)/;
const rPrefixSep = /^(-{3,}|;{3,})/;
const rFrontMatterNew = /^([\s\S]+?)\n(-{3,}|;{3,})\n?([\s\S]*)/;

export interface HexoPost {
  data: Record<string, unknown> | undefined;
  /** js-yaml threw: Hexo fails to process the post. */
  failed: boolean;
}

export function hexoRead(fileText: string): HexoPost {
  const str = fileText.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  let raw: string | undefined;
  const old = rFrontMatter.exec(str);
  if (old) raw = old[2];
  else if (!rPrefixSep.test(str)) raw = rFrontMatterNew.exec(str)?.[1];
  if (!raw) return { data: undefined, failed: false };
  try {
    const data = load(raw.replace(/\n(\t+)/g, (_m, tabs: string) => '\n' + '  '.repeat(tabs.length)));
    if (typeof data !== 'object' || data === null) return { data: undefined, failed: false };
    return { data: data as Record<string, unknown>, failed: false };
  } catch {
    return { data: undefined, failed: true };
  }
}

/** Hexo's `toDate` (hexo/lib/plugins/processor/common.js) on a front-matter date. */
export function hexoDate(value: unknown): Date | undefined {
  if (!value) return undefined;
  const date = value instanceof Date ? value : new Date(value as string);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
