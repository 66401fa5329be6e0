/**
 * Finds the front-matter block where Hexo finds it. Hexo strips a BOM and reads a file whose
 * opening `---` comes after blank lines (hexo-front-matter's "new" split treats the leading
 * `---` as a YAML document marker), so every real post of the archive, which starts with a
 * blank line, has front matter for Hexo even though gray-matter sees none.
 */
export interface FrontMatterBlock {
  /** Offset of the opening fence. Anything before it (BOM, blank lines) is displacement. */
  openStart: number;
  /** Offset just past the opening fence's line break: where the YAML starts. */
  contentStart: number;
  /** Offset where the YAML ends: the start of the closing fence, or the guessed end when unclosed. */
  contentEnd: number;
  /** Offset of the closing fence; undefined when the block is never closed. */
  closeStart: number | undefined;
  /** Offset just past the closing fence's line (and line break): where the body starts. */
  end: number;
  /** UTF-16 units before the opening fence (a BOM counts as one). */
  displacement: number;
  closed: boolean;
}

const FENCE = /^-{3,}[ \t]*$/;
const BOM = 0xfeff;
/** How far down blank lines may push the opening fence before we stop looking. */
export const MAX_LEADING_LINES = 200;

function lineEndAt(text: string, from: number): { contentEnd: number; next: number } {
  const nl = text.indexOf('\n', from);
  if (nl < 0) return { contentEnd: text.length, next: text.length };
  const contentEnd = nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  return { contentEnd, next: nl + 1 };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0x3000 && c !== BOM) return false;
  }
  return true;
}

/**
 * Where an unclosed block most likely ends: the first line that cannot be YAML of a post
 * (markup), or a blank line followed by markup. Used for the body start and the fix that closes it.
 */
function guessUnclosedEnd(text: string, from: number): number {
  let pos = from;
  while (pos < text.length) {
    const { contentEnd, next } = lineEndAt(text, pos);
    const first = text.charCodeAt(pos);
    if (first === 60 /* < */) return pos;
    if (isBlank(text, pos, contentEnd)) {
      let p = next;
      while (p < text.length) {
        const l = lineEndAt(text, p);
        if (!isBlank(text, p, l.contentEnd)) break;
        p = l.next;
      }
      if (p >= text.length || text.charCodeAt(p) === 60) return pos;
    }
    pos = next;
  }
  return text.length;
}

export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  let pos = text.charCodeAt(0) === BOM ? 1 : 0;
  for (let n = 0; n < MAX_LEADING_LINES && pos < text.length; n++) {
    const { contentEnd, next } = lineEndAt(text, pos);
    if (FENCE.test(text.slice(pos, contentEnd))) {
      return closeBlock(text, pos, next);
    }
    if (!isBlank(text, pos, contentEnd)) return undefined;
    pos = next;
  }
  return undefined;
}

function closeBlock(text: string, openStart: number, contentStart: number): FrontMatterBlock {
  let pos = contentStart;
  while (pos < text.length) {
    const { contentEnd, next } = lineEndAt(text, pos);
    if (text.charCodeAt(pos) === 45 /* - */ && FENCE.test(text.slice(pos, contentEnd))) {
      return { openStart, contentStart, contentEnd: pos, closeStart: pos, end: next, displacement: openStart, closed: true };
    }
    pos = next;
  }
  const guess = guessUnclosedEnd(text, contentStart);
  return { openStart, contentStart, contentEnd: guess, closeStart: undefined, end: guess, displacement: openStart, closed: false };
}
