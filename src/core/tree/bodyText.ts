/**
 * The Articles view's body search: whether an article's body, as a reader reads it, contains the
 * filter's words. Markup, comments, scripts and styles are dropped, the common character
 * references read, whitespace collapsed and case folded, so `北京<b>人才</b>` and `北京人才`, or
 * `A&amp;B` and `a&b`, match alike. The front matter is not searched (titles and authors are
 * matched from the index).
 */
import { parseArticle } from '../article/article';

const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·' };

const BLOCK_TAG = /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|table|tr|td|th|section|article|aside|header|footer|blockquote|figure|figcaption|pre|img)\b[^>]*>/gi;

function character(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/** Text folded for matching: whitespace runs as one space, lower case. */
export function foldForSearch(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** The body's text as the search sees it. */
export function searchableBody(fileText: string): string {
  const text = parseArticle(fileText).body
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    // A block's edge separates words; inline markup does not (北京<b>人才</b> is one word).
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') return character(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
      return NAMED[ref.toLowerCase()] ?? whole;
    });
  return foldForSearch(text);
}

/** Whether the body contains `needle` (already folded with foldForSearch; empty matches nothing). */
export function bodyContains(fileText: string, needle: string): boolean {
  return needle !== '' && searchableBody(fileText).includes(needle);
}
