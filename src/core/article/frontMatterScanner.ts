/**
 * The one line scanner for the front matter that generators write: `key: value` lines and block
 * lists (` - item`) of plain or simply quoted scalars. Both fast paths use it: the rules'
 * entries with file offsets (rules/entries.ts) and the index's fields (records/simpleFrontMatter.ts),
 * each falling back to its full parser when the scan refuses. It accepts only what both full
 * parsers (the `yaml` package and js-yaml) read the same way, which is the intersection of the
 * two scanners it replaces; what a value *means* (js-yaml's types, duplicate keys) is left to the
 * caller. It reports to a sink rather than building objects, so the index pays for no spans.
 */

/** How a scalar is written; quoted scalars here hold no quote and (double) no backslash. */
export type Quoting = 'plain' | 'single' | 'double';

/**
 * Offsets are into the scanned text; `end` excludes trailing spaces and the line break. A method
 * returns false to stop the scan (the caller found something it must not read fast).
 */
export interface SimpleScanSink {
  /** A `key:` line; quoting is undefined for `key:` alone (null, or a block list follows). */
  entry(key: string, keyStart: number, valueStart: number, valueEnd: number, quoting: Quoting | undefined): boolean;
  /** An item of the list under the last entry; for an empty `-`, start === end and quoting is undefined. */
  item(dash: number, start: number, end: number, quoting: Quoting | undefined): boolean;
}

/**
 * Whether a line holds only characters that need no thought: no control character (a tab is
 * Hexo-escaped and `yaml`'s separator, a lone CR a line break to both), nor one js-yaml refuses
 * (C1 controls but NEL, U+FEFF, U+FFFE/U+FFFF, unpaired surrogates).
 */
function plainCharacters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) return false;
    if (c < 0x7f) continue;
    if (c <= 0x9f) {
      if (c !== 0x85) return false;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff) || i + 1 >= end) return false;
      i++;
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfeff || c === 0xfffe || c === 0xffff) {
      return false;
    }
  }
  return true;
}

/** First characters that make a plain scalar something else (YAML indicators). */
const INDICATOR_START = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

/**
 * JavaScript's `\s` on the characters plainCharacters lets through. Any Unicode space counts around
 * `:` and `#`, as the stricter of the two former scanners had it: `yaml` and js-yaml need not
 * agree on NBSP and its kin, so such text goes to the full parsers.
 */
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** A plain scalar may not start with an indicator or a space, nor hold `: `, a final `:` or ` #`. */
function isSimplePlain(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (INDICATOR_START.has(first) || isSpace(first)) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */ && (i + 1 === end || isSpace(text.charCodeAt(i + 1)))) return false;
    if (c === 35 /* # */ && isSpace(text.charCodeAt(i - 1))) return false;
  }
  return true;
}

/** The scalar's quoting, or undefined when it is not simple (caller guarantees start < end). */
function quoting(text: string, start: number, end: number): Quoting | undefined {
  const q = text.charCodeAt(start);
  if (q === 39 /* ' */ || q === 34 /* " */) {
    if (end - start < 2 || text.charCodeAt(end - 1) !== q) return undefined;
    // No doubled '' (js-yaml and `yaml` agree, but the index's reader never needed it) and no escapes.
    for (let i = start + 1; i < end - 1; i++) {
      const c = text.charCodeAt(i);
      if (c === q || (q === 34 && c === 92 /* \ */)) return undefined;
    }
    return q === 39 ? 'single' : 'double';
  }
  return isSimplePlain(text, start, end) ? 'plain' : undefined;
}

function isKeyChar(c: number, first: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (!first && ((c >= 48 && c <= 57) || c === 95 || c === 45));
}

/**
 * Scans `yaml` line by line, reporting each entry and list item to `sink`; returns false as soon
 * as a line is outside the simple shape (the sink may then have seen part of the text).
 * Comment lines, unindented list items and doubled quotes are refused: one of the two former
 * scanners did not take them, and the fallbacks read them correctly anyway.
 */
export function scanSimpleFrontMatter(yaml: string, sink: SimpleScanSink): boolean {
  let inList = false;
  let listIndent = -1;
  let pos = 0;
  const length = yaml.length;
  while (pos < length) {
    let nl = yaml.indexOf('\n', pos);
    if (nl < 0) nl = length;
    const lineStart = pos;
    pos = nl + 1;
    let end = nl;
    // A CR only before LF: a lone one, even at the very end, is a line break to YAML.
    if (end > lineStart && nl < length && yaml.charCodeAt(end - 1) === 13) end--;
    if (!plainCharacters(yaml, lineStart, end)) return false;
    // Trailing spaces are not part of a line's content (trailing-space reports them).
    while (end > lineStart && yaml.charCodeAt(end - 1) === 32) end--;
    if (end === lineStart) continue;
    let i = lineStart;
    while (i < end && yaml.charCodeAt(i) === 32) i++;
    if (i > lineStart) {
      // An indented line can only be a list item: ` - item`.
      if (yaml.charCodeAt(i) !== 45 /* - */ || (i + 1 < end && yaml.charCodeAt(i + 1) !== 32)) return false;
      const indent = i - lineStart;
      // Every item of one list has the same indentation.
      if (!inList || (listIndent >= 0 && indent !== listIndent)) return false;
      listIndent = indent;
      const dash = i++;
      while (i < end && yaml.charCodeAt(i) === 32) i++;
      if (i === end) {
        if (!sink.item(dash, end, end, undefined)) return false;
        continue;
      }
      const q = quoting(yaml, i, end);
      if (q === undefined) return false;
      if (!sink.item(dash, i, end, q)) return false;
      continue;
    }
    if (!isKeyChar(yaml.charCodeAt(i), true)) return false;
    while (i < end && isKeyChar(yaml.charCodeAt(i), false)) i++;
    if (yaml.charCodeAt(i) !== 58 /* : */ || (i + 1 < end && yaml.charCodeAt(i + 1) !== 32)) return false;
    const key = yaml.slice(lineStart, i);
    i++;
    while (i < end && yaml.charCodeAt(i) === 32) i++;
    listIndent = -1;
    if (i === end) {
      inList = true;
      if (!sink.entry(key, lineStart, end, end, undefined)) return false;
      continue;
    }
    inList = false;
    const q = quoting(yaml, i, end);
    if (q === undefined) return false;
    if (!sink.entry(key, lineStart, i, end, q)) return false;
  }
  return true;
}

/** A scanned scalar's text: a quoted one without its quotes (which here never need unescaping). */
export function scalarText(yaml: string, start: number, end: number, quoting: Quoting): string {
  return quoting === 'plain' ? yaml.slice(start, end) : yaml.slice(start + 1, end - 1);
}
