/**
 * How many terminal columns text takes, as terminals draw it: East Asian Wide and Fullwidth
 * characters (Unicode's EastAsianWidth W and F: CJK ideographs, kana, hangul, fullwidth forms
 * such as `－` and `，`, the ideographic space U+3000) and emoji shown as pictures take two;
 * combining marks, format characters (zero-width space and joiner, the BOM) and controls none;
 * everything else one. Ambiguous-width characters (`·`, `…`, `█`) count as one, as terminals
 * outside East Asian legacy mode draw them.
 */

// EastAsianWidth.txt (Unicode 15.1), the W and F ranges outside the emoji that
// Emoji_Presentation covers, merged where they touch.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf],
  [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff],
  [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff], [0x1aff0, 0x1b2ff], [0x1f200, 0x1f202], [0x1f210, 0x1f23b], [0x1f240, 0x1f248],
  [0x1f250, 0x1f251], [0x1f260, 0x1f265], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

function isWide(code: number): boolean {
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < WIDE[mid][0]) hi = mid - 1;
    else if (code > WIDE[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Columns one character (a code point) takes: 0, 1 or 2. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code < 0x7f) return 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  return isWide(code) || EMOJI.test(ch) ? 2 : 1;
}

/** Columns `text` takes in a terminal. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/** `text` followed by spaces up to `columns` columns (never cut). */
export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - textWidth(text)));
}

/** `text` preceded by spaces up to `columns` columns (never cut). */
export function padStart(text: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - textWidth(text))) + text;
}

/** `text` cut to at most `columns` columns, ending in `…` when cut; a wide character is never split. */
export function clipToWidth(text: string, columns: number): string {
  if (textWidth(text) <= columns) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch);
    if (w + cw > columns - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}
