/**
 * The top-level entries of front-matter YAML found by a line scan, with no parser and no
 * recursion: the reading of last resort for text on which the `yaml` package overflows the stack
 * (see yamlDocument.ts). One pass over the text; every offset is within the YAML text.
 */

export interface Chunk {
  /** The entry's first line. */
  start: number;
  /** Where the next top-level line starts (or the text ends). */
  end: number;
}

export interface RawEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The value as written, from its first character to its last (comments and spaces trimmed at the ends). */
  value: { start: number; end: number } | undefined;
}

const BREAK_OR_SPACE = /[ \t\r\n]/;

function lineEnd(yaml: string, from: number): number {
  for (let i = from; i < yaml.length; i++) if (yaml[i] === '\n' || yaml[i] === '\r') return i;
  return yaml.length;
}

/** `-`, `:` or `?` followed by a space or a line break: an indicator, not the start of a plain key. */
function isIndicator(yaml: string, at: number): boolean {
  const next = yaml[at + 1];
  return next === undefined || BREAK_OR_SPACE.test(next);
}

/** Whether the line starting at `at` continues the entry above it (indented, blank, a comment, a list item at column 0, a value of an explicit key). */
function continues(yaml: string, at: number): boolean {
  const c = yaml[at];
  if (c === undefined || c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '#' || c === ']' || c === '}' || c === ',') return true;
  return (c === '-' || c === ':') && isIndicator(yaml, at);
}

/** The text split where a line starts a new top-level entry; text before the first one is a chunk of its own. */
export function topLevelChunks(yaml: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let at = 0;
  while (at < yaml.length) {
    if (at > start && !continues(yaml, at)) {
      chunks.push({ start, end: at });
      start = at;
    }
    const end = lineEnd(yaml, at);
    at = yaml[end] === '\r' && yaml[end + 1] === '\n' ? end + 2 : end + 1;
  }
  if (start < yaml.length) chunks.push({ start, end: yaml.length });
  return chunks;
}

/** A quoted key's closing quote on its line, or -1. */
function closingQuote(yaml: string, open: number, end: number): number {
  const q = yaml[open];
  for (let i = open + 1; i < end; i++) {
    if (q === '"' && yaml[i] === '\\') i++;
    else if (yaml[i] === q) {
      if (q === "'" && yaml[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** The `:` that ends a plain key on its line (followed by a space or the line's end), or -1 when a comment or the line comes first. */
function plainKeyColon(yaml: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = yaml[i];
    if (c === '#' && i > from && (yaml[i - 1] === ' ' || yaml[i - 1] === '\t')) return -1;
    if (c === ':' && (i + 1 === end || yaml[i + 1] === ' ' || yaml[i + 1] === '\t')) return i;
  }
  return -1;
}

/** The first character of the value after `from` within the chunk, past spaces, line breaks and comments. */
function valueStart(yaml: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const c = yaml[i];
    if (c === '#') i = lineEnd(yaml, i);
    else if (BREAK_OR_SPACE.test(c)) i++;
    else return i;
  }
  return end;
}

/** Where the value ends: its last line that is not blank or only a comment, without trailing spaces. */
function valueEnd(yaml: string, start: number, end: number): number {
  let last = start;
  let line = start;
  while (line < end) {
    const stop = Math.min(lineEnd(yaml, line), end);
    let first = line;
    while (first < stop && (yaml[first] === ' ' || yaml[first] === '\t')) first++;
    if (first < stop && (yaml[first] !== '#' || line === start)) {
      let e = stop;
      while (e > first && (yaml[e - 1] === ' ' || yaml[e - 1] === '\t')) e--;
      last = e;
    }
    line = yaml[stop] === '\r' && yaml[stop + 1] === '\n' ? stop + 2 : stop + 1;
  }
  return last;
}

/** The `key: value` a chunk holds, read from its first line; undefined when that line is not a key. */
export function rawEntry(yaml: string, chunk: Chunk): RawEntry | undefined {
  const s = chunk.start;
  const first = Math.min(lineEnd(yaml, s), chunk.end);
  let key: string;
  let keyEnd: number;
  let colon: number;
  const c = yaml[s];
  if (c === '"' || c === "'") {
    const close = closingQuote(yaml, s, first);
    if (close < 0) return undefined;
    keyEnd = close + 1;
    colon = keyEnd;
    while (yaml[colon] === ' ' || yaml[colon] === '\t') colon++;
    if (yaml[colon] !== ':' || !(colon + 1 === first || yaml[colon + 1] === ' ' || yaml[colon + 1] === '\t')) return undefined;
    const inner = yaml.slice(s + 1, close);
    key = c === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\(.)/g, '$1');
  } else {
    if (c === undefined || BREAK_OR_SPACE.test(c) || c === '#' || ((c === '?' || c === '-') && isIndicator(yaml, s))) return undefined;
    colon = plainKeyColon(yaml, s, first);
    if (colon < 0) return undefined;
    keyEnd = colon;
    while (keyEnd > s && (yaml[keyEnd - 1] === ' ' || yaml[keyEnd - 1] === '\t')) keyEnd--;
    if (keyEnd === s) return undefined;
    key = yaml.slice(s, keyEnd);
  }
  const start = valueStart(yaml, colon + 1, chunk.end);
  return { key, keyStart: s, keyEnd, value: start < chunk.end ? { start, end: valueEnd(yaml, start, chunk.end) } : undefined };
}

/** The text with the chunks' characters turned into spaces, its line breaks and so its offsets kept. */
export function blankOut(yaml: string, chunks: readonly Chunk[]): string {
  let out = '';
  let pos = 0;
  for (const c of chunks) {
    out += yaml.slice(pos, c.start) + yaml.slice(c.start, c.end).replace(/[^\r\n]/g, ' ');
    pos = c.end;
  }
  return out + yaml.slice(pos);
}
