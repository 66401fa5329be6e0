/**
 * The position-aware reading of the front matter for the editor: the `yaml` package's
 * `parseDocument` with every top-level key and value located by file offsets (UTF-16 units).
 * The core speaks offsets; the glue turns them into ranges.
 */
import { Document, isMap, isScalar, isSeq, Node, parseDocument, Scalar, YAMLError } from 'yaml';
import type { Article } from './article';
import { blankOut, Chunk, rawEntry, topLevelChunks } from './yamlTopLevel';

export interface Span {
  start: number;
  end: number;
}

export interface FrontMatterEntry {
  key: string;
  /** The key's text in the file. */
  keySpan: Span;
  /** The value's text in the file (without trailing comment or line break); undefined for `key:`. */
  valueSpan: Span | undefined;
  /** The value node, or null for an empty value. */
  value: Node | null;
  /** The whole `key: value` line(s), from key start to value end. */
  span: Span;
}

export interface YamlIssue {
  /** The `yaml` package's error code (`BAD_SCALAR_START`, `DUPLICATE_KEY`, …): branch on it. */
  code: string;
  message: string;
  span: Span;
  severity: 'error' | 'warning';
}

export interface FrontMatterDocument {
  /** The parsed document (when the text overflows the parser: of the entries that do not). */
  doc: Document;
  /** Top-level entries in file order (duplicates included). */
  entries: FrontMatterEntry[];
  issues: YamlIssue[];
  /** The first entry for a key. */
  get(key: string): FrontMatterEntry | undefined;
}

const cache = new WeakMap<Article, FrontMatterDocument>();

/** A node's span in the file; a block collection's trailing line breaks and spaces are not part of it. */
function nodeSpan(node: Node, base: number, yaml: string): Span | undefined {
  const r = node.range;
  if (!r) return undefined;
  let end = r[1];
  // YAML's white space only: a trailing U+3000 is part of a plain scalar (js-yaml reads it).
  while (end > r[0] && /[ \t\r\n]/.test(yaml[end - 1])) end--;
  return { start: base + r[0], end: base + end };
}

function toIssue(e: YAMLError, base: number, severity: 'error' | 'warning'): YamlIssue {
  const [s, t] = e.pos;
  // The first line of the message; the rest is a code excerpt the editor already shows.
  const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { code: e.code, message, span: { start: base + s, end: base + Math.max(t, s) }, severity };
}

const OPTIONS = { keepSourceTokens: true, prettyErrors: false, strict: true } as const;

/**
 * parseDocument, or undefined when it overflows the stack. The `yaml` package's CST parser (2.9.1)
 * recurses once for each key nested on one line (`- a: : : …`, a scraped value full of `: `) and
 * overflows after about 1,800 of them; its composer stops deep nesting itself (RESOURCE_EXHAUSTION).
 */
function parseOrOverflow(yaml: string): Document | undefined {
  try {
    return parseDocument(yaml, OPTIONS);
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

function parsedEntries(doc: Document, base: number, yaml: string): FrontMatterEntry[] {
  const entries: FrontMatterEntry[] = [];
  if (!isMap(doc.contents)) return entries;
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node | null;
    if (!keyNode || !isScalar(keyNode)) continue;
    const keySpan = nodeSpan(keyNode, base, yaml);
    if (!keySpan) continue;
    const value = (pair.value as Node | null) ?? null;
    let valueSpan = value ? nodeSpan(value, base, yaml) : undefined;
    if (value && isScalar(value) && (value as Scalar).source === '' && valueSpan && valueSpan.start === valueSpan.end) {
      valueSpan = undefined;
    }
    entries.push({
      key: String((keyNode as Scalar).value),
      keySpan,
      valueSpan,
      value: valueSpan || (value && isSeq(value)) ? value : null,
      span: { start: keySpan.start, end: valueSpan ? valueSpan.end : keySpan.end },
    });
  }
  return entries;
}

function issuesOf(doc: Document, base: number): YamlIssue[] {
  return [...doc.errors.map((e) => toIssue(e, base, 'error')), ...doc.warnings.map((e) => toIssue(e, base, 'warning'))];
}

/** A top-level entry located by the line scan: spans only, no value node. */
function scannedEntry(yaml: string, chunk: Chunk, base: number): FrontMatterEntry | undefined {
  const raw = rawEntry(yaml, chunk);
  if (!raw) return undefined;
  const keySpan = { start: base + raw.keyStart, end: base + raw.keyEnd };
  const valueSpan = raw.value && { start: base + raw.value.start, end: base + raw.value.end };
  return { key: raw.key, keySpan, valueSpan, value: null, span: { start: keySpan.start, end: (valueSpan ?? keySpan).end } };
}

/**
 * The reading when the whole text overflows the parser: the top-level entries that overflow it
 * alone are located by the line scan and blanked (offsets kept), the rest is parsed as one
 * document, so every other entry keeps its node and the parser its errors there. The parser's
 * errors inside the overflowing entries are unknown; js-yaml, Hexo's reader, fails on such text
 * with its own error, which yaml-syntax reports where it says.
 */
function withoutOverflow(yaml: string, base: number): { doc: Document; entries: FrontMatterEntry[]; issues: YamlIssue[] } {
  const chunks = topLevelChunks(yaml);
  const deep = chunks.filter((c) => parseOrOverflow(yaml.slice(c.start, c.end)) === undefined);
  const blanked = blankOut(yaml, deep);
  const doc = deep.length > 0 ? parseOrOverflow(blanked) : undefined;
  if (!doc) {
    const entries = chunks.map((c) => scannedEntry(yaml, c, base)).filter((e) => e !== undefined);
    return { doc: new Document(null), entries, issues: [] };
  }
  const scanned = deep.map((c) => scannedEntry(yaml, c, base)).filter((e) => e !== undefined);
  const entries = [...parsedEntries(doc, base, blanked), ...scanned].sort((a, b) => a.keySpan.start - b.keySpan.start);
  return { doc, entries, issues: issuesOf(doc, base) };
}

export function frontMatterDocument(article: Article): FrontMatterDocument {
  const cached = cache.get(article);
  if (cached) return cached;
  const base = article.frontMatter ? article.frontMatter.contentStart : 0;
  const yaml = article.yaml;
  const parsed = parseOrOverflow(yaml);
  const { doc, entries, issues } = parsed
    ? { doc: parsed, entries: parsedEntries(parsed, base, yaml), issues: issuesOf(parsed, base) }
    : withoutOverflow(yaml, base);
  const result: FrontMatterDocument = {
    doc,
    entries,
    issues,
    get: (key) => entries.find((e) => e.key === key),
  };
  cache.set(article, result);
  return result;
}
