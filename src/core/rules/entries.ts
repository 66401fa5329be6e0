/**
 * The top-level entries of the front matter with file offsets, for the rules. Most posts are
 * written by a generator in one simple shape (`key: value` lines with plain or simply quoted
 * scalars, and block lists of such scalars); those are located by the line scan shared with the
 * index (../simpleFrontMatter.ts), which is several times cheaper than the full YAML parser. Anything else goes through `frontMatterDocument`
 * (the `yaml` package), which also gives the parser's errors. Both give the same entries for
 * simple front matter (tested).
 */
import { isScalar, isSeq, Node, visit } from 'yaml';
import type { Article } from '../article/article';
import { scanSimpleFrontMatter } from '../article/frontMatterScanner';
import { frontMatterDocument, Span, YamlIssue } from '../article/yamlDocument';

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

/** The shared line scan, as entries with file offsets; undefined when it refuses the text. */
function scan(yaml: string, base: number): Entry[] | undefined {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  const ok = scanSimpleFrontMatter(yaml, {
    entry(key, keyStart, valueStart, valueEnd, quoting) {
      current = {
        key,
        keySpan: { start: base + keyStart, end: base + keyStart + key.length },
        valueSpan: quoting ? { start: base + valueStart, end: base + valueEnd } : undefined,
        items: undefined,
      };
      entries.push(current);
      return true;
    },
    item(dash, start, end, quoting) {
      // The scanner reports items only under a `key:` line; the check is for the type checker.
      if (!current) return false;
      const items = (current.items ??= []);
      items.push(quoting ? { start: base + start, end: base + end, empty: false } : { start: base + dash, end: base + dash + 1, empty: true });
      return true;
    },
  });
  return ok ? entries : undefined;
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
