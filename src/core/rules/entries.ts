/**
 * The top-level entries of the front matter with file offsets, for the rules. Most posts are
 * written by a generator in one simple shape (`key: value` lines with plain or simply quoted
 * scalars, and block lists of such scalars); those are located by a line scan, which is several
 * times cheaper than the full YAML parser. Anything else goes through `frontMatterDocument`
 * (the `yaml` package), which also gives the parser's errors. Both give the same entries for
 * simple front matter (tested).
 */
import { isScalar, isSeq, Node, visit } from 'yaml';
import type { Article } from '../article';
import { frontMatterDocument, Span, YamlIssue } from '../yamlDocument';

/** A list item's value, or for an empty `-` item, the dash itself. */
export interface ItemSpan extends Span {
  empty: boolean;
}

export interface Entry {
  key: string;
  keySpan: Span;
  /** The value as written (without comment or line break); undefined for `key:` alone or a block list. */
  valueSpan: Span | undefined;
  /** For a block list: each item's value. */
  items: ItemSpan[] | undefined;
}

export interface FrontMatterView {
  entries: Entry[];
  /** The YAML parser's errors and warnings (none for simple front matter). */
  issues: YamlIssue[];
  /** Spans of block scalars (`|`, `>`), whose trailing spaces are text. */
  blockScalars: Span[];
  /** Whether the line scan read it (no YAML parser run). */
  simple: boolean;
  get(key: string): Entry | undefined;
}

const cache = new WeakMap<Article, FrontMatterView>();

const KEY = /([A-Za-z_][\w-]*):(?:[ ]+|(?=[\r\n])|$)/y;
const ITEM = /([ ]+)-(?:[ ]+|(?=[\r\n])|$)/y;
/** A scalar the line scan may take: single-quoted, double-quoted without escapes, or plain and unambiguous. */
const SINGLE = /^'(?:[^']|'')*'$/;
const DOUBLE = /^"[^"\\]*"$/;
/** A plain scalar may not start with an indicator, nor hold a tab, `: ` (or a final `:`) or ` #`. */
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/;
const PLAIN_BREAK = /\t|:(?:\s|$)|\s#/;
const LONE_CR = /\r(?!\n)/;

function isSimpleScalar(raw: string): boolean {
  if (raw.startsWith("'")) return SINGLE.test(raw);
  if (raw.startsWith('"')) return DOUBLE.test(raw);
  return PLAIN_START.test(raw) && !PLAIN_BREAK.test(raw);
}

/** The line scan; undefined as soon as a line is outside the simple shape. */
function scan(yaml: string, base: number): Entry[] | undefined {
  // A lone CR is a line break to YAML: leave such text to the parser.
  if (LONE_CR.test(yaml)) return undefined;
  const entries: Entry[] = [];
  let current: Entry | undefined;
  let listIndent = -1;
  let pos = 0;
  while (pos < yaml.length) {
    const nl = yaml.indexOf('\n', pos);
    const next = nl < 0 ? yaml.length : nl + 1;
    let end = nl < 0 ? yaml.length : nl;
    if (end > pos && yaml.charCodeAt(end - 1) === 13) end--;
    // Trailing spaces are not part of a line's content (trailing-space reports them).
    while (end > pos && yaml.charCodeAt(end - 1) === 32) end--;
    const first = yaml.charCodeAt(pos);
    if (end === pos || first === 35 /* # */) {
      // A blank or comment line.
    } else if (first === 32 /* space */) {
      ITEM.lastIndex = pos;
      const item = ITEM.exec(yaml);
      if (!item || item.index !== pos || !current || current.valueSpan !== undefined) return undefined;
      const start = pos + item[0].length;
      const rest = start < end ? yaml.slice(start, end) : '';
      if (rest !== '' && !isSimpleScalar(rest)) return undefined;
      const indent = item[1].length;
      // Every item of one list has the same indentation.
      if (current.items === undefined) {
        current.items = [];
        listIndent = indent;
      } else if (indent !== listIndent) {
        return undefined;
      }
      const dash = base + pos + indent;
      current.items.push(rest ? { start: base + start, end: base + end, empty: false } : { start: dash, end: dash + 1, empty: true });
    } else {
      KEY.lastIndex = pos;
      const key = KEY.exec(yaml);
      if (!key || key.index !== pos) return undefined;
      const valueStart = Math.min(pos + key[0].length, end);
      const rest = yaml.slice(valueStart, end);
      if (rest !== '' && !isSimpleScalar(rest)) return undefined;
      current = {
        key: key[1],
        keySpan: { start: base + pos, end: base + pos + key[1].length },
        valueSpan: rest ? { start: base + valueStart, end: base + end } : undefined,
        items: undefined,
      };
      entries.push(current);
    }
    pos = next;
  }
  return entries;
}

function fromDocument(article: Article): Omit<FrontMatterView, 'get' | 'simple'> {
  const doc = frontMatterDocument(article);
  const base = article.frontMatter ? article.frontMatter.contentStart : 0;
  const entries = doc.entries.map((e): Entry => {
    let items: ItemSpan[] | undefined;
    let valueSpan = e.valueSpan;
    if (e.value && isSeq(e.value) && e.value.flow !== true) {
      items = [];
      for (const item of e.value.items) {
        const node = item as Node | null;
        if (!node?.range) continue;
        const start = base + node.range[0];
        if (isScalar(node) && node.value === null && node.range[0] === node.range[1]) {
          // An empty item: its dash is the last one before it on its line.
          const dash = article.text.lastIndexOf('-', start);
          items.push({ start: dash, end: dash + 1, empty: true });
        } else {
          items.push({ start, end: base + node.range[1], empty: false });
        }
      }
      valueSpan = undefined;
    }
    return { key: e.key, keySpan: e.keySpan, valueSpan, items };
  });
  const blockScalars: Span[] = [];
  if (/[|>]/.test(article.yaml)) {
    visit(doc.doc, {
      Scalar(_k, node) {
        if ((node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && node.range) {
          blockScalars.push({ start: base + node.range[0], end: base + node.range[2] });
        }
      },
    });
  }
  return { entries, issues: doc.issues, blockScalars };
}

/** The line scan's entries, or undefined when the front matter is not of the simple shape (for tests). */
export function scannedEntries(article: Article): Entry[] | undefined {
  return article.frontMatter ? scan(article.yaml, article.frontMatter.contentStart) : [];
}

/** The YAML parser's entries and issues (for tests). */
export function parsedView(article: Article): Omit<FrontMatterView, 'get' | 'simple'> {
  return fromDocument(article);
}

export function frontMatterView(article: Article): FrontMatterView {
  const cached = cache.get(article);
  if (cached) return cached;
  const fm = article.frontMatter;
  const simple = fm ? scan(article.yaml, fm.contentStart) : [];
  const parts = simple ? { entries: simple, issues: [], blockScalars: [] } : fromDocument(article);
  const view: FrontMatterView = { ...parts, simple: simple !== undefined, get: (key) => parts.entries.find((e) => e.key === key) };
  cache.set(article, view);
  return view;
}

/** Where an entry ends in the file: its value, or its last list item, or its key. */
export function entryEnd(e: Entry): number {
  const last = e.items?.[e.items.length - 1];
  return e.valueSpan?.end ?? last?.end ?? e.keySpan.end;
}
