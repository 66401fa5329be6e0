/**
 * A body that is the same article twice (a feed that appended its text again, as a 3DMGame post
 * does): the blocks of its content, past wrappers holding everything, split into two halves
 * that read the same — the same text and the same images or frames. Read by the cleaner's
 * `repeated-copy` rule and the `body-repeated` article rule, on the same parse.
 */
import type { AnyNode, ParentNode } from 'domhandler';
import { decodeEntities } from './entities';

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

/** What a block shows: its text without blanks, and the sources of its media. */
interface Shown {
  text: string;
  media: string[];
}

function shownBy(node: AnyNode): Shown {
  let text = '';
  const media: string[] = [];
  // A stack, not recursion: a body may nest tens of thousands of elements.
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') text += n.data;
    else if (n.type === 'tag') {
      if (MEDIA_SOURCE.test(n.name) && n.attribs.src) media.push(n.attribs.src);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return { text: decodeEntities(text).replace(BLANKS, ''), media };
}

const BLANKS = /[\s\u00a0\u200b\u3000]+/gu;
const isEmpty = (s: Shown) => s.text === '' && s.media.length === 0;

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
  let kids = root.children.filter((n) => !isEmpty(shownBy(n)));
  while (kids.length === 1 && kids[0].type === 'tag' && !MEDIA_SOURCE.test(kids[0].name)) {
    const only = kids[0];
    kids = only.children.filter((n) => !isEmpty(shownBy(n)));
  }
  return kids;
}

const SEPARATOR = /^(?:\s|&nbsp;|<br\s*\/?>|<hr\s*\/?>|<p>(?:\s|&nbsp;)*<\/p>)*$/i;

/** The source less everything from a `<` to the next `>`, in one pass (a regex would retry at
 * every `<` of `<img <img <img …` without a `>`: quadratic). */
function withoutTags(source: string): string {
  let out = '';
  let at = 0;
  for (let lt = source.indexOf('<'); lt >= 0; lt = source.indexOf('<', at)) {
    out += source.slice(at, lt);
    const gt = source.indexOf('>', lt);
    if (gt < 0) return out;
    at = gt + 1;
  }
  return out + source.slice(at);
}

/** A quick look at the source before any parse: its text, tags and blanks dropped, must be one
 * half twice. Bodies that are not (nearly all) cost one linear pass. */
export function mayRepeat(source: string): boolean {
  const text = withoutTags(source).replace(/[\s\u00a0\u3000]+|&nbsp;/g, '');
  const half = text.length / 2;
  return text.length >= MIN_CHARS && Number.isInteger(half) && text.slice(0, half) === text.slice(half);
}

/** Where the second copy starts: the block after which half the text has been read, the halves
 * read the same and show the same media. The copies may be split into blocks differently (one
 * in paragraphs, one in lines), so the text is compared whole. */
function splitPoint(shown: readonly Shown[], half: number): number | undefined {
  const text = shown.map((x) => x.text).join('');
  if (text.slice(0, half) !== text.slice(half)) return undefined;
  let read = 0;
  for (let k = 1; k < shown.length; k++) {
    read += shown[k - 1].text.length;
    if (read > half) return undefined;
    if (read < half) continue;
    const media = (from: number, to: number) => shown.slice(from, to).flatMap((x) => x.media).join('\u0000');
    if (media(0, k) === media(k, shown.length)) return k;
  }
  return undefined;
}

export function findRepeatedCopy(root: ParentNode, source: string): RepeatedCopy | undefined {
  if (!mayRepeat(source)) return undefined;
  const blocks = contentLevel(root);
  const n = blocks.length;
  if (n < 2) return undefined;
  const shown = blocks.map(shownBy);
  const total = shown.reduce((sum, x) => sum + x.text.length, 0);
  if (total < 2 * MIN_CHARS || total % 2 !== 0) return undefined;
  const k = splitPoint(shown, total / 2);
  if (k === undefined) return undefined;
  const s1 = startOf(blocks[0]), e1 = endOf(blocks[k - 1]), s2 = startOf(blocks[k]), e2 = endOf(blocks[n - 1]);
  if (s1 === null || e1 === null || s2 === null || e2 === null) return undefined;
  const siblings = blocks[k].parent?.children ?? [];
  const nodes = siblings.slice(siblings.indexOf(blocks[k]), siblings.indexOf(blocks[n - 1]) + 1);
  const deletable = source.slice(s1, e1) === source.slice(s2, e2) && SEPARATOR.test(source.slice(e1, s2));
  return { nodes, first: { start: s1, end: e1 }, second: { start: s2, end: e2 }, deletable };
}
