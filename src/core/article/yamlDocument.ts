/**
 * The position-aware reading of the front matter for the editor: the `yaml` package's
 * `parseDocument` with every top-level key and value located by file offsets (UTF-16 units).
 * The core speaks offsets; the glue turns them into ranges.
 */
import { Document, isMap, isScalar, isSeq, Node, parseDocument, Scalar, YAMLError } from 'yaml';
import type { Article } from './article';

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

export function frontMatterDocument(article: Article): FrontMatterDocument {
  const cached = cache.get(article);
  if (cached) return cached;
  const base = article.frontMatter ? article.frontMatter.contentStart : 0;
  const yaml = article.yaml;
  const doc = parseDocument(yaml, { keepSourceTokens: true, prettyErrors: false, strict: true });
  const entries: FrontMatterEntry[] = [];
  if (isMap(doc.contents)) {
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
  }
  const issues = [
    ...doc.errors.map((e) => toIssue(e, base, 'error')),
    ...doc.warnings.map((e) => toIssue(e, base, 'warning')),
  ];
  const result: FrontMatterDocument = {
    doc,
    entries,
    issues,
    get: (key) => entries.find((e) => e.key === key),
  };
  cache.set(article, result);
  return result;
}
