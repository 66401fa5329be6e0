/**
 * The one locator of the front matter, used by the sniff, the parser, the index and the rules.
 *
 * Two answers are joined here. Hexo's own (./hexoSplit.ts: where hexo-front-matter finds its
 * data) and the block a person sees: a `---` line after nothing but blank lines, and the lines
 * up to its closing fence. Where Hexo's data holds that block, the block is Hexo's, fence for
 * fence. Where Hexo reads something else or nothing (two empty lines before the fence, a line of
 * spaces, an indented `---`, characters after it, a `...` closer, no closer) the block is still
 * found, so that the file stays an article with its diagnostics, and `unread` says why Hexo
 * will not read it: the rules turn that into an error and, where it is mechanical, a fix.
 */
import { hexoSplit, HexoSplit, INCOMPLETE, Incomplete, Line, lineAt, separatorRun } from './hexoSplit';

export { INCOMPLETE } from './hexoSplit';
export type { HexoSplit, Incomplete } from './hexoSplit';

/** Why Hexo reads no front matter from a block, when the cause is where or how it is fenced. */
export type UnreadReason =
  /** Something other than one empty line (and a BOM) before the opening fence. */
  | 'leadingLines'
  /** Spaces or tabs before the opening `---`. */
  | 'indentedFence'
  /** Characters after the opening `---`: any at the start of the file, or ones YAML does not take as a separator. */
  | 'fenceText'
  /** An opening run of four or more dashes after the empty line (no YAML document marker). */
  | 'fenceLength'
  /** Closed by `...`, which Hexo does not take as a fence. */
  | 'dotsCloser'
  /** Never closed. */
  | 'unclosed'
  /** Nothing between the fences: Hexo's split needs at least one character of data. */
  | 'empty';

export interface FrontMatterBlock {
  /** Start of the opening fence's line; for a block with no opening fence, where its data starts. */
  openStart: number;
  /** The opening run of dashes (after any indentation); fenceStart === fenceEnd when not fenced. */
  fenceStart: number;
  fenceEnd: number;
  /** Whether the block has an opening fence (Hexo also reads `key: value` lines closed by `---` alone). */
  fenced: boolean;
  /** Offset just past the opening fence's line break: where the YAML starts. */
  contentStart: number;
  /** Offset where the YAML ends: the start of the closing fence's line, or the guessed end when unclosed. */
  contentEnd: number;
  /** Offset of the closing fence; undefined when the block is never closed. */
  closeStart: number | undefined;
  /** Where the body starts: after the closing fence and one line break, as Hexo takes it. */
  end: number;
  /** UTF-16 units before the opening fence's line (a BOM counts as one). */
  displacement: number;
  closed: boolean;
  /** `;;;` fences hold JSON, which Hexo also reads. */
  format: 'yaml' | 'json';
  /** Hexo's split of the file (whatever its data holds); undefined when Hexo finds none. */
  hexo: HexoSplit | undefined;
  /** Why Hexo reads no front matter from this block; undefined when Hexo's data holds it. */
  unread: UnreadReason | undefined;
  /**
   * What is amiss with the opening fence for Hexo, even where Hexo's data holds it: there js-yaml
   * reads the fence line, and when that reading fails, this is why (./hexoReading.ts `unreadReason`).
   */
  fenceIssue: UnreadReason | undefined;
}

/** JavaScript's `\s` minus the line feed: what may stand on a line that looks blank. */
export function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** A line that reads as an opening fence: optional indentation, then three or more dashes. */
function fenceOf(text: string, line: Line): { start: number; end: number } | undefined {
  let i = line.start;
  while (i < line.end && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 45) return undefined;
  const run = separatorRun(text, i, line.end);
  return run ? { start: i, end: i + run } : undefined;
}

/** A line holding `...` and nothing but spaces: YAML's document end, which Hexo ignores. */
function isDotsLine(text: string, line: Line): boolean {
  return text.startsWith('...', line.start) && isBlank(text, line.start + 3, line.end);
}

/** The first `key:` of a front matter that lost its opening fence. */
const KEY_LINE = /^[A-Za-z_][\w-]*[ \t]*:/;

/**
 * Where an unclosed block most likely ends: the first line that cannot be YAML of a post
 * (markup), or a blank line followed by markup. Used for the body start and the fix that closes it.
 */
function guessUnclosedEnd(text: string, from: number): number {
  let pos = from;
  while (pos < text.length) {
    const line = lineAt(text, pos);
    if (text.charCodeAt(pos) === 60 /* < */) return pos;
    if (isBlank(text, pos, line.end)) {
      let p = line.next;
      while (p < text.length) {
        const l = lineAt(text, p);
        if (!isBlank(text, p, l.end)) break;
        p = l.next;
      }
      if (p >= text.length || text.charCodeAt(p) === 60) return pos;
    }
    pos = line.next;
  }
  return text.length;
}

interface Closer {
  closeStart: number | undefined;
  contentEnd: number;
  end: number;
  dots: boolean;
}

/** The closing fence a person sees after `from`: a line starting with `---`, or `...`. */
function visibleCloser(text: string, from: number, truncated: boolean): Closer | Incomplete {
  for (let pos = from; pos < text.length; ) {
    const line = lineAt(text, pos);
    if (!line.broken && truncated) return INCOMPLETE;
    if (text.charCodeAt(pos) === 45) {
      const run = separatorRun(text, pos, line.end);
      if (run) {
        const end = pos + run === line.end && line.broken ? line.next : pos + run;
        return { closeStart: pos, contentEnd: pos, end, dots: false };
      }
    }
    if (isDotsLine(text, line)) return { closeStart: pos, contentEnd: pos, end: line.next, dots: true };
    pos = line.next;
  }
  if (truncated) return INCOMPLETE;
  const guess = guessUnclosedEnd(text, from);
  return { closeStart: undefined, contentEnd: guess, end: guess, dots: false };
}

function fromSplit(split: HexoSplit, openStart: number, fenceStart: number, fenceEnd: number, contentStart: number, fenced: boolean): FrontMatterBlock {
  return {
    openStart,
    fenceStart,
    fenceEnd,
    fenced,
    contentStart,
    contentEnd: split.closeStart,
    closeStart: split.closeStart,
    end: split.bodyStart,
    displacement: openStart,
    closed: true,
    format: split.format,
    hexo: split,
    unread: undefined,
    fenceIssue: undefined,
  };
}

/**
 * The front matter of `text`, or undefined when it has none. `truncated` says that `text` is
 * only the head of a file (the index decodes no more than it must): the answer is then
 * INCOMPLETE when it depends on what follows.
 */
export function locateFrontMatter(text: string, truncated = false): FrontMatterBlock | undefined | Incomplete {
  const split = hexoSplit(text, truncated);
  if (split === INCOMPLETE) return INCOMPLETE;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // The prefixed form: the first line is the fence, exactly as Hexo wants it.
  if (split?.prefixed) return fromSplit(split, start, start, start + split.fenceLength, split.dataStart, true);

  const firstLine = lineAt(text, start);
  let line = firstLine;
  let leading = 0;
  let fence: { start: number; end: number } | undefined;
  for (;;) {
    if (!line.broken && truncated) return INCOMPLETE;
    fence = fenceOf(text, line);
    if (fence || !isBlank(text, line.start, line.end)) break;
    if (!line.broken) return undefined;
    leading++;
    line = lineAt(text, line.next);
  }
  const f = fence;
  if (!f) {
    // `key: value` lines closed by `---` alone: Hexo reads them as front matter.
    if (!split || split.format !== 'yaml' || split.closeStart <= line.start || !KEY_LINE.test(text.slice(line.start, line.end))) return undefined;
    return fromSplit(split, line.start, line.start, line.start, line.start, false);
  }

  // Hexo takes one empty line before the fence (its data then starts with a YAML document marker).
  const leadingOk = leading === 0 || (leading === 1 && firstLine.end === start);
  const indented = f.start > line.start;
  const trail = text.slice(f.end, line.end);
  // In the prefixed form nothing may surround the dashes. After the empty line the fence line
  // is YAML to js-yaml, a document marker or not: whether it reads is the reading's to say.
  const fenceIssue: UnreadReason | undefined = !leadingOk
    ? 'leadingLines'
    : indented
      ? 'indentedFence'
      : (leading === 0 ? trail !== '' : /[^ \t]/.test(trail))
        ? 'fenceText'
        : leading === 1 && f.end - f.start !== 3
          ? 'fenceLength'
          : undefined;
  const contentStart = line.broken ? line.next : line.end;
  const block = (closer: Closer, unread: UnreadReason | undefined, hexo: HexoSplit | undefined): FrontMatterBlock => ({
    openStart: line.start,
    fenceStart: f.start,
    fenceEnd: f.end,
    fenced: true,
    contentStart,
    contentEnd: closer.contentEnd,
    closeStart: closer.closeStart,
    end: closer.end,
    displacement: line.start,
    closed: closer.closeStart !== undefined,
    format: 'yaml',
    hexo,
    unread,
    fenceIssue,
  });

  if (split && split.dataStart <= line.start && split.closeStart > line.start) {
    // Hexo's data holds the fence line: js-yaml reads it as a document marker, or fails on it.
    return block({ closeStart: split.closeStart, contentEnd: split.closeStart, end: split.bodyStart, dots: false }, undefined, split);
  }

  // Hexo reads nothing of this block: its data (if any) is what comes before the fence.
  const closer = visibleCloser(text, contentStart, truncated);
  if (closer === INCOMPLETE) return INCOMPLETE;
  const unread = fenceIssue ?? (closer.dots ? 'dotsCloser' : closer.closeStart === undefined ? 'unclosed' : 'empty');
  return block(closer, unread, split);
}

/** The located block of a whole text (which is never INCOMPLETE). */
export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const block = locateFrontMatter(text);
  return block === INCOMPLETE ? undefined : block;
}
