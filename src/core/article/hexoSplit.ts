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

/** Hexo's content after a separator: one line break right after it is dropped, nothing else. */
function bodyAfter(line: Line, fenceEnd: number): number {
  return fenceEnd === line.end && line.broken ? line.next : fenceEnd;
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
    const fence = text.slice(start, start + openRun);
    const format = fence.charCodeAt(0) === SEMICOLON ? 'json' : 'yaml';
    let firstEmpty = false;
    let prevEnd = first.end;
    for (let k = 1, pos = first.next; ; k++) {
      if (pos >= text.length) return truncated ? INCOMPLETE : undefined;
      const line = lineAt(text, pos);
      if (!line.broken && truncated) return INCOMPLETE;
      const dataNonEmpty = k > 2 || (k === 2 && !firstEmpty);
      if (dataNonEmpty && text.startsWith(fence, pos)) {
        return { prefixed: true, format, dataStart: first.next, dataEnd: prevEnd, closeStart: pos, fenceLength: openRun, bodyStart: bodyAfter(line, pos + openRun) };
      }
      if (k === 1) firstEmpty = line.end === pos;
      if (!line.broken) return undefined;
      prevEnd = line.end;
      pos = line.next;
    }
  }
  // rFrontMatterNew: the data runs from the start to the first later line opening with a run.
  const firstLength = first.end - start;
  let prevEnd = first.end;
  if (!first.broken) return undefined;
  for (let k = 1, pos = first.next; pos < text.length || truncated; k++) {
    if (pos >= text.length) return INCOMPLETE;
    const line = lineAt(text, pos);
    if (!line.broken && truncated) return INCOMPLETE;
    const run = separatorRun(text, pos, line.end);
    if (run > 0 && (k > 1 || firstLength > 0)) {
      const format = text.charCodeAt(pos) === SEMICOLON ? 'json' : 'yaml';
      return { prefixed: false, format, dataStart: start, dataEnd: prevEnd, closeStart: pos, fenceLength: run, bodyStart: bodyAfter(line, pos + run) };
    }
    if (!line.broken) return undefined;
    prevEnd = line.end;
    pos = line.next;
  }
  return undefined;
}
