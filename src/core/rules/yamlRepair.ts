/**
 * Explains a YAML error on one front-matter line in words a person understands, and, where the
 * intended text is unambiguous, repairs it by quoting safely with the fewest edits. Every repair
 * is checked: the repaired value must parse (strictly) to exactly the text it is meant to keep.
 * Each explanation ends with `{consequence}`: what the error costs, which yaml-syntax adds.
 */
import { load } from 'js-yaml';
import { isScalar, isSeq, parseDocument } from 'yaml';
import { clip, lineAt, singleQuoteEdits } from './support';
import type { Fix, MessageArgs, TextEdit } from '../problem';

/** yaml-syntax's messages: the explanations below, what an error costs, and the fix titles. */
export const YAML_MESSAGES = {
  quotePile: 'Piled-up quotes: "" is an empty string, so the text after it cannot be read. The title was re-quoted on every run; what is inside the pile is "{value}". {consequence}',
  nestedSingle: 'This value is quoted with \' but also holds \' inside, so it ends early. Written by hand it needs the inner \' doubled (\'\'). {consequence}',
  nestedDouble: 'This value is quoted with " but also holds " inside, so it ends early. Written by hand it needs single quotes outside. {consequence}',
  reservedStart: 'YAML reserves "{char}" at the start of a value. Quote the value: "{value}". {consequence}',
  directiveStart: 'A value cannot start with "%" (a YAML directive). Quote the value: "{value}". {consequence}',
  literalStart: '"|" starts a block of text on the following lines, so text after it on the same line is an error. Quote the value: "{value}". {consequence}',
  foldedStart: '">" starts a folded block on the following lines, so text after it on the same line is an error. Quote the value: "{value}". {consequence}',
  tagStart: '"!" starts a YAML tag. Quote the value: "{value}". {consequence}',
  anchorStart: '"&" starts a YAML anchor. Quote the value: "{value}". {consequence}',
  aliasStart: '"*" starts a YAML alias. Quote the value: "{value}". {consequence}',
  nestedKey: '": " inside an unquoted value starts a nested key. Quote the value: "{value}". {consequence}',
  spilledQuote: 'The quoted value goes on over the next lines without indentation, which YAML does not allow. Indent the continuation lines. {consequence}',
  spilledQuoteNoAdvice: 'The quoted value goes on over the next lines without indentation, which YAML does not allow. {consequence}',
  unclosedQuote: 'The quote that opens this value is never closed. Close it at the end of the value. {consequence}',
  tabIndent: 'A tab indents this line: YAML allows only spaces (Hexo turns each tab into two spaces). {consequence}',
  badEscape: 'Unknown escape in a double-quoted value. Write "\\\\" for a backslash, or use single quotes. {consequence}',
  badIndent: 'This line is indented differently from the lines of its block. {consequence}',
  missingChar: 'A closing quote or bracket is missing. {consequence}',
  multilineKey: 'A key runs over more than one line: a line above probably lacks its closing quote. {consequence}',
  multipleDocs: 'A second "---" inside the front matter: the block ends earlier than it seems. {consequence}',
  unexpectedToken: 'Unexpected text after the value: quote the whole value. {consequence}',
  blockAsKey: '": " inside an unquoted value starts a nested key. Quote the value. {consequence}',
  badScalarStart: 'A value cannot start with this character unquoted. Quote the value. {consequence}',
  longKey: 'A key longer than 1024 characters: probably a missing ":" or quote above. {consequence}',
  badAlias: 'A value starting with "*" is read as an alias. Quote the value. {consequence}',
  parserError: 'The YAML reader reports: {detail}. {consequence}',
  hexoFails: 'Hexo cannot read this front matter: the post loses its title, date and categories.',
  hexoCopes: 'Hexo reads it anyway, but strict YAML tools reject the front matter.',
  hexoError: 'Hexo cannot read this front matter ({detail}): the post loses its title, date and categories.',
  removePile: 'Remove the piled-up quotes',
  quoteSafely: 'Quote the value safely',
  quote: 'Quote the value',
  indentContinuation: 'Indent the continuation lines',
  indentWithSpaces: 'Indent with spaces, as Hexo reads it',
} as const;

export type YamlMessageId = keyof typeof YAML_MESSAGES;

export interface Diagnosis {
  messageId: YamlMessageId;
  /** Every placeholder's value but `{consequence}`. */
  args?: MessageArgs;
  /** End of the range at fault (the value on that line), when wider than the parser's span. */
  end?: number;
  fix?: Fix<YamlMessageId>;
}

interface ValueOnLine {
  /** Offset where the value starts. */
  start: number;
  /** The value as written, without trailing whitespace. */
  raw: string;
  /** `key:` value or `- ` list item. */
  kind: 'key' | 'item';
  /** Columns of indentation of the line (the `-` for an item). */
  indent: number;
}

const KEY_LINE = /^([ \t]*)([^\s#'"\-?:,[\]{}][^:#]*?)[ \t]*:[ \t]+(\S.*)$/;
const ITEM_LINE = /^([ \t]*)-[ \t]+(\S.*)$/;

function valueOnLine(text: string, lineStart: number, lineEnd: number): ValueOnLine | undefined {
  const line = text.slice(lineStart, lineEnd);
  const item = ITEM_LINE.exec(line);
  const key = item ? undefined : KEY_LINE.exec(line);
  const m = item ?? key;
  if (!m) return undefined;
  const rest = m[m.length - 1].replace(/[ \t]+$/, '');
  const start = lineStart + line.lastIndexOf(m[m.length - 1]);
  return { start, raw: rest, kind: item ? 'item' : 'key', indent: m[1].length };
}

/** What strict YAML reads for this value in its place, or undefined when it does not parse. */
function strictReading(v: ValueOnLine, written: string): unknown {
  const doc = parseDocument(v.kind === 'item' ? `- ${written}\n` : `k: ${written}\n`, { strict: true });
  if (doc.errors.length) return undefined;
  const node = v.kind === 'item' ? (isSeq(doc.contents) ? doc.contents.items[0] : undefined) : doc.get('k', true);
  return isScalar(node) ? node.value : undefined;
}

function applyLocal(raw: string, base: number, edits: readonly TextEdit[]): string {
  let out = '';
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += raw.slice(pos, e.start - base) + e.newText;
    pos = e.end - base;
  }
  return out + raw.slice(pos);
}

/** A fix, when applying it makes the value parse to exactly `intended`. */
function checkedFix(v: ValueOnLine, messageId: YamlMessageId, edits: TextEdit[], intended: string): Fix<YamlMessageId> | undefined {
  const written = applyLocal(v.raw, v.start, edits);
  return strictReading(v, written) === intended ? { messageId, edits } : undefined;
}

/** The next line is part of this plain value (a continuation), so quoting one line would split it. */
function continues(text: string, v: ValueOnLine, lineNext: number): boolean {
  if (lineNext >= text.length) return false;
  const next = lineAt(text, lineNext);
  const content = text.slice(next.start, next.end);
  if (content.trim() === '') return false;
  const indent = content.length - content.trimStart().length;
  if (v.kind === 'key') return indent > v.indent && !/^\s*-(\s|$)/.test(content);
  return indent > v.indent;
}

function quotePile(v: ValueOnLine): Diagnosis | undefined {
  const m = /^("{2,})(.*?)("{2,})$/.exec(v.raw);
  if (!m || !m[2]) return undefined;
  const inner = m[2];
  const intended = strictReading(v, inner);
  if (typeof intended !== 'string') return undefined;
  const edits = [
    { start: v.start, end: v.start + m[1].length, newText: '' },
    { start: v.start + v.raw.length - m[3].length, end: v.start + v.raw.length, newText: '' },
  ];
  return {
    messageId: 'quotePile',
    args: { value: intended },
    end: v.start + v.raw.length,
    fix: checkedFix(v, 'removePile', edits, intended),
  };
}

function nestedQuotes(v: ValueOnLine): Diagnosis | undefined {
  const q = v.raw[0];
  if ((q !== "'" && q !== '"') || v.raw.length < 3 || v.raw[v.raw.length - 1] !== q) return undefined;
  const inner = v.raw.slice(1, -1);
  if (!inner.includes(q)) return undefined;
  const messageId = q === "'" ? 'nestedSingle' : 'nestedDouble';
  // Doubled or escaped quotes already mean something: the intended text is then unclear.
  if (inner.includes("''") || inner.includes('\\')) return { messageId, end: v.start + v.raw.length };
  const edits: TextEdit[] = [];
  if (q === '"') {
    edits.push({ start: v.start, end: v.start + 1, newText: "'" }, { start: v.start + v.raw.length - 1, end: v.start + v.raw.length, newText: "'" });
  }
  for (let i = inner.indexOf("'"); i >= 0; i = inner.indexOf("'", i + 1)) {
    edits.push({ start: v.start + 1 + i, end: v.start + 1 + i, newText: "'" });
  }
  return { messageId, end: v.start + v.raw.length, fix: checkedFix(v, 'quoteSafely', edits, inner) };
}

const RESERVED_START: Readonly<Record<string, YamlMessageId>> = {
  '@': 'reservedStart',
  '`': 'reservedStart',
  '%': 'directiveStart',
  '|': 'literalStart',
  '>': 'foldedStart',
  '!': 'tagStart',
  '&': 'anchorStart',
  '*': 'aliasStart',
};

function unquotedValue(text: string, v: ValueOnLine, lineNext: number, code: string): Diagnosis | undefined {
  const first = v.raw[0];
  if (first === "'" || first === '"') return undefined;
  let messageId: YamlMessageId | undefined = Object.hasOwn(RESERVED_START, first) ? RESERVED_START[first] : undefined;
  if (!messageId && (code === 'BLOCK_AS_IMPLICIT_KEY' || /:\s/.test(v.raw))) messageId = 'nestedKey';
  if (!messageId) return undefined;
  const args = { char: first, value: clip(v.raw, 30) };
  // A comment or a continuation line would make the intended text a guess.
  if (/\s#/.test(v.raw) || continues(text, v, lineNext)) return { messageId, args, end: v.start + v.raw.length };
  return { messageId, args, end: v.start + v.raw.length, fix: checkedFix(v, 'quote', singleQuoteEdits(v.raw, v.start), v.raw) };
}

/** A quoted value whose text runs over following lines at column 0 (not indented, so not YAML). */
function spilledQuote(text: string, v: ValueOnLine, lineNext: number): Diagnosis | undefined {
  const q = v.raw[0];
  if ((q !== "'" && q !== '"') || (v.raw.length > 1 && v.raw.endsWith(q))) return undefined;
  const edits: TextEdit[] = [];
  let pos = lineNext;
  let closedAt: number | undefined;
  for (let n = 0; n < 20 && pos < text.length; n++) {
    const line = lineAt(text, pos);
    const content = text.slice(line.start, line.end);
    if (/^[A-Za-z_][\w-]*[ \t]*:(\s|$)/.test(content) || /^-{3,}\s*$/.test(content)) break;
    if (!/^[ \t]/.test(content) && content !== '') edits.push({ start: line.start, end: line.start, newText: ' ' });
    if (content.trimEnd().endsWith(q)) {
      closedAt = line.start + content.trimEnd().length;
      break;
    }
    pos = line.next;
  }
  if (closedAt === undefined) return { messageId: 'unclosedQuote' };
  if (!edits.length) return { messageId: 'spilledQuoteNoAdvice', end: closedAt };
  // Hexo's js-yaml accepts the spill; the repaired value must read exactly as Hexo reads it now.
  const original = text.slice(v.start, closedAt);
  let hexoReading: unknown;
  try {
    hexoReading = (load(`k: ${original}`) as Record<string, unknown> | null)?.k;
  } catch {
    hexoReading = undefined;
  }
  const repaired = applyLocal(original, v.start, edits);
  const strict = parseDocument(`k: ${repaired}\n`, { strict: true });
  const fix = typeof hexoReading === 'string' && !strict.errors.length && strict.get('k') === hexoReading
    ? { messageId: 'indentContinuation' as const, edits }
    : undefined;
  return { messageId: 'spilledQuote', end: closedAt, fix };
}

function tabIndent(text: string, lineStart: number, lineEnd: number): Diagnosis {
  const line = text.slice(lineStart, lineEnd);
  const tabs = /^[ \t]*/.exec(line)?.[0] ?? '';
  const edits: TextEdit[] = [];
  for (let i = 0; i < tabs.length; i++) if (tabs[i] === '\t') edits.push({ start: lineStart + i, end: lineStart + i + 1, newText: '  ' });
  return {
    messageId: 'tabIndent',
    end: lineStart + tabs.length,
    fix: edits.length ? { messageId: 'indentWithSpaces', edits } : undefined,
  };
}

/** The parser's error codes (the `yaml` package), each with its explanation. */
const BY_CODE: Readonly<Record<string, YamlMessageId>> = {
  BAD_DQ_ESCAPE: 'badEscape',
  BAD_INDENT: 'badIndent',
  MISSING_CHAR: 'missingChar',
  MULTILINE_IMPLICIT_KEY: 'multilineKey',
  MULTIPLE_DOCS: 'multipleDocs',
  UNEXPECTED_TOKEN: 'unexpectedToken',
  BLOCK_AS_IMPLICIT_KEY: 'blockAsKey',
  BAD_SCALAR_START: 'badScalarStart',
  KEY_OVER_1024_CHARS: 'longKey',
  BAD_ALIAS: 'badAlias',
};

/** Explains (and where possible repairs) the YAML error at `offset` with the parser's `code`. */
export function diagnoseYamlError(text: string, offset: number, code: string, parserMessage: string): Diagnosis {
  const line = lineAt(text, offset);
  if (code === 'TAB_AS_INDENT') return tabIndent(text, line.start, line.end);
  const v = valueOnLine(text, line.start, line.end);
  if (v) {
    const d = quotePile(v) ?? nestedQuotes(v) ?? spilledQuote(text, v, line.next) ?? unquotedValue(text, v, line.next, code);
    if (d) return d;
  }
  if (Object.hasOwn(BY_CODE, code)) return { messageId: BY_CODE[code] };
  return { messageId: 'parserError', args: { detail: parserMessage.replace(/\.$/, '') } };
}
