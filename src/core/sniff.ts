/**
 * A cheap test of whether a file's first bytes look like an archive article: an opening `---`
 * (after a BOM or blank lines, as Hexo allows) followed by a `title:` key before the block ends.
 * A file that starts with `title:` and other `key: value` lines but no fence is an article whose
 * front matter lost its fence (`front-matter-missing`). Anything else is not an article and is
 * ignored everywhere. Reads only the head of the text.
 */
export type ArticleKind = 'article' | 'fenceless' | 'other';

const MAX_LEADING_BLANK_LINES = 20;
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
      if (FENCE.test(lines[j])) return 'other';
      if (TITLE.test(lines[j])) return 'article';
    }
    return 'other';
  }
  // No fence: front matter whose opening `---` is missing, when its first lines are keys.
  if (!/^[A-Za-z_][\w-]*\s*:/.test(lines[i])) return 'other';
  for (let j = i; j < lines.length && j <= i + MAX_FRONT_MATTER_LINES; j++) {
    if (TITLE.test(lines[j])) return 'fenceless';
    if (lines[j].trim() === '' || lines[j].startsWith('<')) break;
  }
  return 'other';
}

export function looksLikeArticle(head: string): boolean {
  return articleKind(head) !== 'other';
}
