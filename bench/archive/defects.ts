/**
 * The defects a generated post may carry, with their share of the archive. The shares follow
 * what a scraped archive shows: almost every post has the blank line before `---`; a few percent
 * have broken YAML, no title, a date in the future, `comments: no`, CRLF or raw `{{`.
 */
export type Defect =
  | 'no-blank-line'
  | 'bom'
  | 'crlf'
  | 'yaml-colon-title'
  | 'yaml-at-title'
  | 'yaml-tab-indent'
  | 'yaml-duplicate-key'
  | 'yaml-quote-pile'
  | 'missing-title'
  | 'future-date'
  | 'empty-date'
  | 'invalid-date'
  | 'missing-date'
  | 'comments-no'
  | 'raw-braces'
  | 'unclosed-front-matter'
  | 'scalar-categories';

/** Defects that touch the front matter: a post gets at most one of these. */
export const FRONT_MATTER_DEFECTS: readonly (readonly [Defect | undefined, number])[] = [
  [undefined, 1000 - 60],
  ['yaml-colon-title', 5],
  ['yaml-at-title', 4],
  ['yaml-tab-indent', 3],
  ['yaml-duplicate-key', 3],
  ['yaml-quote-pile', 3],
  ['missing-title', 8],
  ['future-date', 7],
  ['empty-date', 3],
  ['invalid-date', 3],
  ['missing-date', 2],
  ['comments-no', 12],
  ['unclosed-front-matter', 2],
  ['scalar-categories', 5],
];

/** Independent defects of the file as a whole, each with its probability. */
export const FILE_DEFECTS: readonly (readonly [Defect, number])[] = [
  ['no-blank-line', 0.02],
  ['bom', 0.003],
  ['crlf', 0.015],
  ['raw-braces', 0.01],
];
