/**
 * Whether a file is an archive article, from the front matter the locator finds
 * (./frontMatterBlock.ts) and, without one, its first lines:
 * - 'article': located front matter with a `title` key;
 * - 'untitled': located front matter without a title (an article with a missing title), also
 *   front matter that Hexo will not read (blank lines or characters around the fence, no closer):
 *   it stays an article with its diagnostics instead of vanishing from the archive;
 * - 'fenceless': `key: value` lines with a `title:` but no fence at all (front matter that lost
 *   its fences);
 * - 'other': anything else, which is not an article and is ignored everywhere.
 * The locator reads only as far as the front matter goes, so this stays cheap on long files.
 */
import { findFrontMatter, FrontMatterBlock, isSpace } from './frontMatterBlock';
import { lineAt } from './hexoSplit';

export type ArticleKind = 'article' | 'untitled' | 'fenceless' | 'other';

const TITLE_LINE = /(?:^|\n)title[ \t]*:/;
const JSON_TITLE = /(?:^|\n)\s*"title"\s*:/;
const KEY_LINE = /^[A-Za-z_][\w-]*[ \t]*:/;

function hasTitle(text: string, fm: FrontMatterBlock): boolean {
  const yaml = text.slice(fm.contentStart, fm.contentEnd);
  return (fm.format === 'json' ? JSON_TITLE : TITLE_LINE).test(yaml);
}

/** Keys with a `title:` and no fence: the lines from the first non-blank one to a blank or markup line. */
function isFenceless(text: string): boolean {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let keys = false;
  while (pos < text.length) {
    const line = lineAt(text, pos);
    let blank = true;
    for (let i = line.start; i < line.end && blank; i++) blank = isSpace(text.charCodeAt(i));
    const content = text.slice(line.start, line.end);
    if (!keys) {
      if (!blank) {
        if (!KEY_LINE.test(content)) return false;
        keys = true;
      }
    } else if (blank || content.startsWith('<')) {
      return false;
    }
    if (keys && /^title[ \t]*:/.test(content)) return true;
    pos = line.next;
  }
  return false;
}

/** The kind of a text whose front matter is already located (undefined: it has none). */
export function kindOf(text: string, fm: FrontMatterBlock | undefined): ArticleKind {
  if (fm) return hasTitle(text, fm) ? 'article' : 'untitled';
  return isFenceless(text) ? 'fenceless' : 'other';
}

export function articleKind(text: string): ArticleKind {
  return kindOf(text, findFrontMatter(text));
}

/**
 * Whether a kind makes an article. Inside the archive's file selection (`newsArchive.files`) any
 * front matter does, so that a missing title is reported; outside it only front matter with a
 * title counts, so that stray Markdown files are left alone.
 */
export function isArticleKind(kind: ArticleKind, inSelection: boolean): boolean {
  return inSelection ? kind !== 'other' : kind === 'article';
}

export function isArticle(text: string, inSelection: boolean): boolean {
  return isArticleKind(articleKind(text), inSelection);
}
