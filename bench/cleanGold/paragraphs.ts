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

/** The normalised, non-empty paragraphs of an HTML fragment, in reading order. */
export function splitParagraphs(html: string): Paragraph[] {
  const out: Paragraph[] = [];
  let buffer = '';
  const blocks: string[] = [];
  const flush = () => {
    const text = normalizeText(buffer);
    buffer = '';
    if (text) out.push(paragraph(text, blocks.join(' > ')));
  };
  const walk = (node: Node) => {
    if (node.nodeName === '#text') {
      buffer += (node as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (node.nodeName === '#comment' || node.nodeName === '#documentType') return;
    const name = node.nodeName;
    if (HIDDEN.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) flush();
    if (block) blocks.push(describe(node as DefaultTreeAdapterMap['element']));
    for (const child of (node as DefaultTreeAdapterMap['parentNode']).childNodes ?? []) walk(child);
    if (block) {
      flush();
      blocks.pop();
    }
  };
  walk(parseFragment(html));
  flush();
  return out;
}
