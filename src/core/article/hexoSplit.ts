/**
 * Where Hexo finds the front matter: hexo-front-matter's `split` (4.2.1, the version Hexo 7 and 8
 * depend on), run on a file's own text. Hexo hands that function the file as hexo-fs reads it:
 * CRLF turned into LF, then one leading BOM removed. Here the text is walked as it is instead, so
 * that every offset is the file's own: a CR right before LF is not part of a line, and any other
 * CR is an ordinary character, as it is to Hexo's regexes. test/core/hexoSplit.test.ts runs the
 * package itself against this over generated heads of files.
 *
 * The package tries two forms, and its regexes decide everything about a fence:
 * - "prefixed": the first line is exactly `---` (or `;;;`, any run of three or more) and a later
 *   line *starts with* that same run; the data between must not be empty, so the first line after
 *   the opening can never close it (nor the second, when the first is empty). Anything after the
 *   dashes on the first line (`--- `, `---\u00a0`) makes the file have no front matter at all.
 * - otherwise, unless the file starts with `---` or `;;;`: everything up to the first later line
 *   that starts with three `-` or `;` is the data, which js-yaml then reads. This is how a post
 *   that starts with one empty line is read (the data begins `\n---\n`, a YAML document marker),
 *   and why two empty lines make the first one the whole front matter.
 */

export interface HexoSplit {
  /** Whether the data followed an opening separator line (the package's `prefixSeparator`). */
  prefixed: boolean;
  /** `;;;` separates JSON front matter, `---` YAML. */
  format: 'yaml' | 'json';
  /** The data Hexo parses, as a range of the file's text. */
  dataStart: number;
  dataEnd: number;
  /** The separator line that ends the data. */
  closeStart: number;
  /** The separator itself (its run of `-` or `;`), which ends at closeStart + fenceLength. */
  fenceLength: number;
  /** Where Hexo's content (the post's body) starts: after the separator and one line break. */
  bodyStart: number;
}

/** The answer for a head of a file when the split depends on text beyond it. */
export const INCOMPLETE = 'incomplete';
export type Incomplete = typeof INCOMPLETE;

export interface Line {
  start: number;
  /** End of the line's content: before its LF, and before a CR right before that LF. */
  end: number;
  /** Start of the next line (text.length after the last). */
  next: number;
  /** Whether an LF ends the line (the last line of a file may have none). */
  broken: boolean;
}

export function lineAt(text: string, start: number): Line {
  const nl = text.indexOf('\n', start);
  if (nl < 0) return { start, end: text.length, next: text.length, broken: false };
  return { start, end: nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl, next: nl + 1, broken: true };
}

const DASH = 45;
const SEMICOLON = 59;

/** The length of the run of `-` or `;` at `pos` (stopping at `end`), or 0 when shorter than three. */
export function separatorRun(text: string, pos: number, end: number): number {
  const c = text.charCodeAt(pos);
  if (c !== DASH && c !== SEMICOLON) return 0;
  let i = pos + 1;
  while (i < end && text.charCodeAt(i) === c) i++;
  return i - pos >= 3 ? i - pos : 0;
}

/**
 * The split that a separator line starting at `q` (after the LF at q - 1) makes: `run` long, the
 * data from `dataStart` to that LF (less a CR right before it).
 */
function closeAt(text: string, q: number, run: number, dataStart: number, prefixed: boolean, truncated: boolean): HexoSplit | Incomplete {
  const fenceEnd = q + run;
  // Hexo's content drops one line break right after the separator, nothing else.
  let bodyStart = fenceEnd;
  if (text.charCodeAt(fenceEnd) === 10) bodyStart = fenceEnd + 1;
  else if (text.charCodeAt(fenceEnd) === 13 && text.charCodeAt(fenceEnd + 1) === 10) bodyStart = fenceEnd + 2;
  else if (truncated && fenceEnd + 1 >= text.length) return INCOMPLETE;
  const dataEnd = text.charCodeAt(q - 2) === 13 && q - 2 >= dataStart ? q - 2 : q - 1;
  const format = text.charCodeAt(q) === SEMICOLON ? 'json' : 'yaml';
  return { prefixed, format, dataStart, dataEnd, closeStart: q, fenceLength: run, bodyStart };
}

/** The first LF at or after `from` that a run of three `-` (or `;`) follows, giving data from `dataStart`. */
function nextSeparator(text: string, from: number, dataStart: number, needle: string | undefined): number {
  for (let p = from; ; p++) {
    let dash: number;
    if (needle) {
      dash = text.indexOf(needle, p);
    } else {
      dash = text.indexOf('\n---', p);
      // A `;;;` line before the first `---` one: look for it only where it can be.
      const semi = dash < 0 ? text.indexOf('\n;;;', p) : text.lastIndexOf('\n;;;', dash) >= p ? text.indexOf('\n;;;', p) : -1;
      if (semi >= 0 && (dash < 0 || semi < dash)) dash = semi;
    }
    if (dash < 0) return -1;
    // The data before it must not be empty (a CR right before the LF is not data).
    const dataEnd = text.charCodeAt(dash - 1) === 13 && dash - 1 >= dataStart ? dash - 1 : dash;
    if (dataEnd > dataStart) return dash;
    p = dash;
  }
}

/**
 * hexo-front-matter's split of `text`. `truncated` says that `text` is only the head of a file:
 * the answer is then INCOMPLETE whenever it depends on what follows.
 */
export function hexoSplit(text: string, truncated = false): HexoSplit | undefined | Incomplete {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = lineAt(text, start);
  if (!first.broken && truncated) return INCOMPLETE;
  const openRun = separatorRun(text, start, first.end);
  if (openRun > 0) {
    // rFrontMatter: the whole first line is the run; otherwise rPrefixSep says "no front matter".
    if (openRun !== first.end - start || !first.broken) return undefined;
    // The closing line starts with the same run, after at least one character of data.
    const p = nextSeparator(text, first.next, first.next, '\n' + text.slice(start, start + openRun));
    if (p < 0) return truncated ? INCOMPLETE : undefined;
    return closeAt(text, p + 1, openRun, first.next, true, truncated);
  }
  // rFrontMatterNew: the data runs from the start to the first later line opening with a run.
  if (!first.broken) return undefined;
  const p = nextSeparator(text, first.next - 1, start, undefined);
  if (p < 0) return truncated ? INCOMPLETE : undefined;
  return closeAt(text, p + 1, separatorRun(text, p + 1, text.length), start, false, truncated);
}
