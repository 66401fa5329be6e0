/**
 * A body that is the same article twice (a feed that appended its text again, as a 3DMGame post
 * does): the blocks of its content, past wrappers holding everything, split into two halves
 * that read the same — the same text and the same images or frames. Read by the cleaner's
 * `repeated-copy` rule and the `body-repeated` article rule, on the same parse.
 */
import type { AnyNode, ParentNode } from 'domhandler';
import { decodeEntities } from './entities';
import { squash } from './text';

/** Below this many characters of text a copy is too short to call a repeat ("好 好"). */
const MIN_CHARS = 20;

const MEDIA_SOURCE = /^(?:img|iframe|video|audio|source|embed)$/;

/** Offsets in the body, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface RepeatedCopy {
  /** The sibling nodes from the second copy's first block to its last. */
  nodes: AnyNode[];
  first: Span;
  second: Span;
  /** True when deleting from the first copy's end to the second's loses nothing: the second
   * copy's source is byte for byte the first's, and only white space, `<br>`, `<hr>` or empty
   * paragraphs stand between them. */
  deletable: boolean;
}

/** What a block shows: its text squashed, and the sources of its media. */
function blockKey(node: AnyNode): string {
  let text = '';
  const media: string[] = [];
  const visit = (n: AnyNode): void => {
    if (n.type === 'text') text += n.data;
    else if (n.type === 'tag') {
      if (MEDIA_SOURCE.test(n.name) && n.attribs.src) media.push(n.attribs.src);
      for (const c of n.children) visit(c);
    }
  };
  visit(node);
  const shown = squash(decodeEntities(text));
  return media.length ? `${shown}\u0000${media.join('\u0000')}` : shown;
}

function textLength(key: string): number {
  const nul = key.indexOf('\u0000');
  return nul < 0 ? key.length : nul;
}

/** Where a node starts and ends in the source; an element closed without an end tag ends where
 * its last located descendant does. */
function startOf(node: AnyNode): number | null {
  return node.startIndex;
}

function endOf(node: AnyNode): number | null {
  if (node.endIndex !== null) return node.endIndex + 1;
  if ('children' in node) {
    for (let i = node.children.length - 1; i >= 0; i--) {
      const end = endOf(node.children[i]);
      if (end !== null) return end;
    }
  }
  return null;
}

/** The children that hold the content: past elements that are the only thing with content. */
function contentLevel(root: ParentNode): AnyNode[] {
  let kids = root.children.filter((n) => blockKey(n) !== '');
  while (kids.length === 1 && kids[0].type === 'tag' && !MEDIA_SOURCE.test(kids[0].name)) {
    const only = kids[0];
    kids = only.children.filter((n) => blockKey(n) !== '');
  }
  return kids;
}

const SEPARATOR = /^(?:\s|&nbsp;|<br\s*\/?>|<hr\s*\/?>|<p>(?:\s|&nbsp;)*<\/p>)*$/i;

/** A quick look at the source before any parse: its text, tags and blanks dropped, must be one
 * half twice. Bodies that are not (nearly all) cost one linear pass. */
export function mayRepeat(source: string): boolean {
  const text = source.replace(/<[^>]*>/g, '').replace(/[\s\u00a0\u3000]+|&nbsp;/g, '');
  const half = text.length / 2;
  return text.length >= MIN_CHARS && Number.isInteger(half) && text.slice(0, half) === text.slice(half);
}

export function findRepeatedCopy(root: ParentNode, source: string): RepeatedCopy | undefined {
  if (!mayRepeat(source)) return undefined;
  const blocks = contentLevel(root);
  const n = blocks.length;
  if (n < 2 || n % 2 !== 0) return undefined;
  const k = n / 2;
  const keys = blocks.map(blockKey);
  for (let i = 0; i < k; i++) if (keys[i] !== keys[i + k]) return undefined;
  if (keys.slice(0, k).reduce((sum, key) => sum + textLength(key), 0) < MIN_CHARS) return undefined;
  const s1 = startOf(blocks[0]), e1 = endOf(blocks[k - 1]), s2 = startOf(blocks[k]), e2 = endOf(blocks[n - 1]);
  if (s1 === null || e1 === null || s2 === null || e2 === null) return undefined;
  const siblings = blocks[k].parent?.children ?? [];
  const nodes = siblings.slice(siblings.indexOf(blocks[k]), siblings.indexOf(blocks[n - 1]) + 1);
  const deletable = source.slice(s1, e1) === source.slice(s2, e2) && SEPARATOR.test(source.slice(e1, s2));
  return { nodes, first: { start: s1, end: e1 }, second: { start: s2, end: e2 }, deletable };
}
