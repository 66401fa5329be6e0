/**
 * A cheap look at a file's first bytes to tell whether it is an archive article. Reads only the
 * head of the text.
 * - 'article': an opening `---` (after a BOM or blank lines, as Hexo allows) and a `title:` key
 *   before the block ends;
 * - 'untitled': front matter without a title (an article with a missing title);
 * - 'fenceless': `key: value` lines with a `title:` but no opening fence (front matter that lost
 *   its fence);
 * - 'other': anything else, which is not an article and is ignored everywhere.
 */
export type ArticleKind = 'article' | 'untitled' | 'fenceless' | 'other';

export const MAX_LEADING_BLANK_LINES = 20;
const MAX_FRONT_MATTER_LINES = 60;
const FENCE = /^-{3,}\s*$/;
const TITLE = /^title\s*:/;

/** How many characters of a file the sniff needs. */
export const SNIFF_BYTES = 4096;

export function articleKind(head: string): ArticleKind {
  const lines = head.replace(/^\uFEFF/, '').split(/\r?\n/, MAX_LEADING_BLANK_LINES + MAX_FRONT_MATTER_LINES);
  let i = 0;
  while (i < lines.length && i < MAX_LEADING_BLANK_LINES && lines[i].trim() === '') i++;
  if (i >= lines.length) return 'other';
  if (FENCE.test(lines[i])) {
    for (let j = i + 1; j < lines.length && j <= i + MAX_FRONT_MATTER_LINES; j++) {
      if (FENCE.test(lines[j])) return 'untitled';
      if (TITLE.test(lines[j])) return 'article';
    }
    return 'untitled';
  }
  // No fence: front matter whose opening `---` is missing, when its first lines are keys.
  if (!/^[A-Za-z_][\w-]*\s*:/.test(lines[i])) return 'other';
  for (let j = i; j < lines.length && j <= i + MAX_FRONT_MATTER_LINES; j++) {
    if (TITLE.test(lines[j])) return 'fenceless';
    if (lines[j].trim() === '' || lines[j].startsWith('<')) break;
  }
  return 'other';
}

/**
 * Whether a file is an article. Inside the archive's file selection (`newsArchive.files`) any
 * front matter makes one, so that a missing title is reported; outside it only the full sniff
 * (fence and title) counts, so that stray Markdown files are left alone.
 */
export function isArticle(head: string, inSelection: boolean): boolean {
  const kind = articleKind(head);
  return inSelection ? kind !== 'other' : kind === 'article';
}
