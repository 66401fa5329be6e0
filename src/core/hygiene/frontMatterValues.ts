/**
 * Where each value of a vocabulary field (categories, tags, author) is written in an article's
 * front matter: the scalar node, its file offsets and how it sits (alone, in a block list, in a
 * flow list). Hexo's nested category lists (`- [a, b]`) are searched too.
 */
import { isScalar, isSeq, Node, Scalar, YAMLSeq } from 'yaml';
import type { Article } from '../article/article';
import { frontMatterDocument } from '../article/yamlDocument';

export const RENAMABLE_FIELDS = ['categories', 'tags', 'author'] as const;
export type RenamableField = (typeof RENAMABLE_FIELDS)[number];

export interface ValueOccurrence {
  value: string;
  /** The scalar as written (quotes included), file offsets. */
  start: number;
  end: number;
  style: Scalar.Type;
  /** The list holding the value; undefined for `author: X` or `categories: X`. */
  list: { node: YAMLSeq; flow: boolean } | undefined;
}

export function scalarText(node: Scalar): string {
  return typeof node.value === 'string' ? node.value : node.source ?? String(node.value);
}

function occurrence(node: Node, base: number, list: ValueOccurrence['list']): ValueOccurrence | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  if (start === end) return undefined;
  return { value: scalarText(node), start: base + start, end: base + end, style: node.type ?? 'PLAIN', list };
}

function listItems(seq: YAMLSeq, base: number, into: ValueOccurrence[]): void {
  const list = { node: seq, flow: Boolean(seq.flow) };
  for (const item of seq.items) {
    if (isSeq(item)) listItems(item, base, into);
    else {
      const o = occurrence(item as Node, base, list);
      if (o) into.push(o);
    }
  }
}

/** Every value of `field` in file order, across duplicate keys too. */
export function valueOccurrences(article: Article, field: RenamableField): ValueOccurrence[] {
  if (!article.frontMatter) return [];
  const base = article.frontMatter.contentStart;
  const found: ValueOccurrence[] = [];
  for (const entry of frontMatterDocument(article).entries) {
    if (entry.key !== field || !entry.value) continue;
    if (isSeq(entry.value)) {
      if (field !== 'author') listItems(entry.value, base, found);
    } else {
      const o = occurrence(entry.value, base, undefined);
      if (o) found.push(o);
    }
  }
  return found;
}
