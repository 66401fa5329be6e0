/**
 * The paragraphs of an HTML body as a reader sees them, for the cleaning benchmark's gold and its
 * scoring (bench/cleanQuality.bench.ts). The same function splits the source post (when the gold
 * is decided), our cleaner's output and Readability's, so the three are compared in one unit.
 *
 * - Parsed by parse5 (`parseFragment`, the HTML standard's parser, the one the cleaner and jsdom
 *   use), so references are decoded once, as a browser decodes them.
 * - A paragraph is the text between two block boundaries: the start or end of a block-level
 *   element (BLOCKS below, table cells included) or a `<br>`. Inline markup (`<a>`, `<span>`,
 *   `<strong>` …) does not split.
 * - No text from what a browser does not show as text: comments, `<script>`, `<style>`,
 *   `<template>`, `<noscript>` (parsed as raw text, scripting on), `<iframe>`, `<noembed>`,
 *   `<noframes>`, `<head>`, `<title>`, `<svg>`, `<math>`, `<select>`, `<textarea>`. An image
 *   gives no text (its caption, when it is an element, does).
 * - Normalised: NFKC (full-width letters and digits, U+3000 and U+00A0 become ASCII), zero-width
 *   characters (U+200B–U+200D, U+2060, U+FEFF) dropped, every run of white space one space,
 *   trimmed. Empty paragraphs are dropped.
 * - A paragraph's length is its number of code points (an emoji is one); its hash the first 16
 *   hex digits of the SHA-256 of its UTF-8.
 * - "As written" (the gold's `asWritten`, decided by hand): an element of the source whose markup
 *   the author meant as text (a `<form>` listing inside `<pre><code>`, the `<Renderer>` of
 *   `GetComponent<Renderer>()` in running text) gives, in its place, its markup as the source
 *   writes it, from its start tag to its end tag (its start tag alone when the source never closes
 *   it; what the parser then put inside it is split as usual), taken as literal text: references
 *   decoded as HTML decodes them in text, then normalised as above. It splits the paragraph only if
 *   it is a block element, as it would have. Elements are named by their number in document order
 *   (`elementNumbers`, the order of the DOM's `body.querySelectorAll('*')`); one inside a hidden element
 *   stays hidden.
 */
import { createHash } from 'node:crypto';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp', 'br', 'video', 'audio',
]);

const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'noembed', 'noframes', 'head', 'title', 'svg', 'math', 'select', 'textarea']);

export interface Paragraph {
  text: string;
  /** Code points. */
  length: number;
  hash: string;
  /** The innermost block around it, as `tag.class` (for the person deciding the gold). */
  where: string;
  /** Only for a paragraph that holds markup as written: the source's raw markup of its innermost block (or of the element, if that is a block), taken as text. */
  raw?: string;
}

export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/gu, ' ').trim();
}

export function paragraphHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export function paragraph(text: string, where = ''): Paragraph {
  return { text, length: [...text].length, hash: paragraphHash(text), where };
}

function describe(el: DefaultTreeAdapterMap['element']): string {
  const cls = el.attrs?.find((a) => a.name === 'class')?.value.trim().split(/\s+/).filter(Boolean).join('.');
  return cls ? `${el.nodeName}.${cls}` : el.nodeName;
}

type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;


/** Source markup taken as literal text: character references decoded as HTML decodes them in text (by the same parser). */
export function markupAsText(markup: string): string {
  const fragment = parseFragment(markup.replace(/</g, '&lt;'));
  return fragment.childNodes.map((n) => (n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : '')).join('');
}

/** The source's markup of an element: start tag to end tag, or to where the parser closed it. */
function spanOf(html: string, el: Element): string {
  const at = el.sourceCodeLocation;
  return at ? html.slice(at.startOffset, at.endOffset) : '';
}

/** Every element of the fragment (not a `<template>`'s content) with its number in document order (1-based), its tag and its start tag as written (for the person deciding the gold). */
export function elementNumbers(html: string): { n: number; tag: string; startTag: string }[] {
  const out: { n: number; tag: string; startTag: string }[] = [];
  const walk = (node: Node) => {
    if (isElement(node)) {
      const at = node.sourceCodeLocation?.startTag;
      out.push({ n: out.length + 1, tag: node.tagName, startTag: at ? html.slice(at.startOffset, at.endOffset) : '' });
    }
    for (const child of (node as DefaultTreeAdapterMap['parentNode']).childNodes ?? []) walk(child);
  };
  walk(parseFragment(html, { sourceCodeLocationInfo: true }));
  return out;
}

/**
 * The normalised, non-empty paragraphs of an HTML fragment, in reading order; the elements
 * numbered in `asWritten` (see `elementNumbers`) give their markup as written instead.
 */
export function splitParagraphs(html: string, asWritten: readonly number[] = []): Paragraph[] {
  const out: Paragraph[] = [];
  const named = new Set(asWritten);
  let buffer = '';
  let literal = false;
  const blocks: { name: string; raw: string }[] = [];
  let count = 0;
  const flush = () => {
    const text = normalizeText(buffer);
    buffer = '';
    const raw = literal ? normalizeText(markupAsText(blocks[blocks.length - 1]?.raw ?? html)) : undefined;
    literal = false;
    if (text) out.push({ ...paragraph(text, blocks.map((b) => b.name).join(' > ')), ...(raw === undefined ? {} : { raw }) });
  };
  const walk = (node: Node) => {
    if (node.nodeName === '#text') {
      buffer += (node as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (node.nodeName === '#comment' || node.nodeName === '#documentType') return;
    const name = node.nodeName;
    const number = isElement(node) ? ++count : 0;
    // Counted before skipping, so that an element's number does not depend on what is hidden.
    if (HIDDEN.has(name)) {
      if (isElement(node)) count += countElements(node);
      return;
    }
    const block = BLOCKS.has(name);
    const element = isElement(node) ? node : undefined;
    if (block) flush();
    if (block && element) blocks.push({ name: describe(element), raw: spanOf(html, element) });
    if (element && named.has(number)) {
      const at = element.sourceCodeLocation;
      literal = true;
      if (at?.endTag) {
        buffer += markupAsText(html.slice(at.startOffset, at.endTag.endOffset));
        count += countElements(element);
      } else {
        buffer += markupAsText(at?.startTag ? html.slice(at.startTag.startOffset, at.startTag.endOffset) : '');
        for (const child of element.childNodes) walk(child);
      }
    } else {
      for (const child of (node as DefaultTreeAdapterMap['parentNode']).childNodes ?? []) walk(child);
    }
    if (block) {
      flush();
      blocks.pop();
    }
  };
  walk(parseFragment(html, { sourceCodeLocationInfo: true }));
  flush();
  return out;
}

/** Elements below `el`, as `elementNumbers` counts them (a `<template>`'s content is not counted, as the DOM's `querySelectorAll` does not reach it). */
function countElements(el: Element): number {
  let n = 0;
  const walk = (node: Node) => {
    if (isElement(node)) {
      for (const child of node.childNodes) {
        if (isElement(child)) n++;
        walk(child);
      }
    }
  };
  walk(el);
  return n;
}
