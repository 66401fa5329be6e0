/**
 * Small DOM operations on htmlparser2's nodes, for the hot paths: cheerio's wrappers cost tens
 * of microseconds a call, which a 1 MB article with thousands of stock links multiplies.
 */
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import { utf8Length } from './utf8';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Replaces `node` in its parent by `replacement` (no nodes: removes it). */
export function replaceNode(node: AnyNode, replacement: readonly AnyNode[]): void {
  const parent = node.parent;
  if (!parent) return;
  const kids = parent.children;
  const i = kids.indexOf(node);
  if (i < 0) return;
  for (const r of replacement) {
    if (r.parent) {
      const siblings = r.parent.children;
      const j = siblings.indexOf(r);
      if (j >= 0 && r.parent !== parent) siblings.splice(j, 1);
    }
    r.parent = parent as ParentNode;
  }
  kids.splice(i, 1, ...replacement);
  const before = i > 0 ? kids[i - 1] : null;
  const after = i + replacement.length < kids.length ? kids[i + replacement.length] : null;
  let prev: AnyNode | null = before;
  for (const r of replacement) {
    r.prev = prev;
    if (prev) prev.next = r;
    prev = r;
  }
  if (prev) prev.next = after;
  if (after) after.prev = prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Appends detached nodes to an element that has none. */
export function appendChildren(parent: Element, nodes: readonly AnyNode[]): void {
  let prev: AnyNode | null = null;
  for (const n of nodes) {
    n.parent = parent;
    n.prev = prev;
    n.next = null;
    if (prev) prev.next = n;
    prev = n;
  }
  parent.children = [...nodes];
}

export function unwrapNode(node: Element): void {
  replaceNode(node, [...node.children]);
  node.children = [];
}

/** True when an element named in `names` is inside `node`. */
export function containsElement(node: AnyNode, names: ReadonlySet<string>): boolean {
  if (!('children' in node)) return false;
  for (const child of node.children) {
    if (isElement(child) && names.has(child.name)) return true;
    if (containsElement(child, names)) return true;
  }
  return false;
}

function attributesBytes(el: Element): number {
  let n = 0;
  for (const [k, v] of Object.entries(el.attribs)) {
    // The preview's own offsets are not the article's bytes.
    if (!k.startsWith('data-na-')) n += utf8Length(k) + (v === '' ? 1 : utf8Length(v) + 4);
  }
  return n;
}

/** Bytes of an element's own tags, as serialized. */
export function tagBytes(el: Element): number {
  const name = el.name.length;
  return 2 + name + attributesBytes(el) + (VOID.has(el.name) ? 0 : 3 + name);
}

/** Bytes of a node as serialized (entities as written), without building the string. */
export function markupBytes(node: AnyNode): number {
  switch (node.type) {
    case 'text':
      return utf8Length(node.data);
    case 'comment':
      return 7 + utf8Length(node.data);
    case 'directive':
      return 2 + utf8Length(node.data);
    case 'cdata':
    case 'root':
      return node.children.reduce((n, c) => n + markupBytes(c), 0);
    default:
      return isElement(node) ? tagBytes(node) + node.children.reduce((n, c) => n + markupBytes(c), 0) : 0;
  }
}

/** Every element under `root` in document order. */
export function elementsOf(root: AnyNode): Element[] {
  const out: Element[] = [];
  const visit = (n: AnyNode): void => {
    if (!('children' in n)) return;
    for (const c of n.children) {
      if (isElement(c)) out.push(c);
      visit(c);
    }
  };
  visit(root);
  return out;
}

/** A new text node like `model` (htmlparser2's classes are not ours to import), holding `data`. */
export function textLike(model: Text, data: string): Text {
  const t = model.cloneNode();
  t.data = data;
  return t;
}
