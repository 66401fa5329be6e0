/**
 * The body parsed once, as the HTML standard parses it: parse5 in the `body` context (what a
 * browser builds for a post's body), into htmlparser2-style nodes so that cheerio's selectors and
 * the rules work on them. One tree from parse to serialisation: nothing re-parses the body.
 *
 * The cleaner keeps character references as written (`&#123;` must never become `{`, which
 * Hexo's Nunjucks would read as a tag). parse5 decodes them, so each text node and attribute
 * gets back its source text where the source text decodes to exactly what parse5 read; where it
 * does not (text merged by foster parenting, a NUL, CDATA), it gets an escape of what parse5
 * read. Raw-text content (`xmp`, `plaintext`, `style`…) is literal and stays so, as the source
 * wrote it; where the sanitizer keeps it as text, it escapes it. Offsets are the source's: an element's
 * `startIndex` is its start tag's first byte, `endIndex` its end tag's last byte (null when the
 * element was closed without one), as htmlparser2 gave them.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { Document, Element as DomElement, Text as DomText } from 'domhandler';
import { decodeHTML, decodeHTMLAttribute } from 'entities/lib/decode.js';
import { Parser } from 'parse5';
import type { Token } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';

type Location = Token.ElementLocation;

/** Elements whose text the tokenizer reads literally, without references (raw text, plaintext):
 * their text is kept as parse5 read it, which is the source less its CRs. */
export const RAW_TEXT = new Set(['xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'script', 'style']);

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
const MATH_NS = 'http://www.w3.org/1998/Math/MathML';

/** What parse5 reads of source text: line breaks normalised, references decoded. */
function readAsText(source: string, attribute: boolean): string {
  const lf = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  if (!lf.includes('&')) return lf;
  return attribute ? decodeHTMLAttribute(lf) : decodeHTML(lf);
}

/** Text parse5 decoded, written back as source: references for the characters markup needs, and
 * for braces (a `{{` that was written `&#123;&#123;` must not reach Nunjucks as braces). */
export function escapeDecoded(text: string): string {
  return text.replace(/[&<>\u00a0{}]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '\u00a0' ? '&nbsp;' : c === '{' ? '&#123;' : '&#125;'));
}

const ATTRIBUTE_SOURCE = /^[^\s=]+\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/;

function rawAttributes(el: Element, source: string): void {
  const loc = (el as Element & { sourceCodeLocation?: Location | null }).sourceCodeLocation;
  for (const [name, value] of Object.entries(el.attribs)) {
    const at = loc?.attrs?.[name];
    const m = at ? ATTRIBUTE_SOURCE.exec(source.slice(at.startOffset, at.endOffset)) : null;
    const written = m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
    el.attribs[name] = written !== undefined && readAsText(written, true) === value ? written : escapeDecoded(value).replace(/"/g, '&quot;');
  }
}

function rawText(node: AnyNode & { data: string }, source: string, literal: boolean): void {
  const loc = (node as AnyNode & { sourceCodeLocation?: Token.Location | null }).sourceCodeLocation;
  if (literal) {
    if (loc) node.data = source.slice(loc.startOffset, loc.endOffset);
  } else if (loc) {
    const written = source.slice(loc.startOffset, loc.endOffset);
    node.data = readAsText(written, false) === node.data ? written : escapeDecoded(node.data);
  } else {
    node.data = escapeDecoded(node.data);
  }
  if (loc) {
    node.startIndex = loc.startOffset;
    node.endIndex = loc.endOffset - 1;
  }
}

/** The parser drops a line break right after `<pre>`; written back, it is dropped again, and the
 * file keeps its bytes. */
function keepLeadingNewline(pre: Element, source: string, after: number): void {
  const nl = source.startsWith('\r\n', after) ? '\r\n' : source[after] === '\n' || source[after] === '\r' ? source[after] : '';
  if (!nl) return;
  const first = pre.children[0];
  if (first?.type === 'text' && first.startIndex === after + nl.length) {
    first.data = nl + first.data;
    first.startIndex = after;
    return;
  }
  const text = new DomText(nl);
  text.parent = pre;
  text.next = first ?? null;
  if (first) first.prev = text;
  pre.children.unshift(text);
}

function restore(parent: ParentNode, source: string, literal: boolean): void {
  for (const node of parent.children) {
    if (node.type === 'text') {
      rawText(node, source, literal);
    } else if (node.type === 'comment') {
      const loc = (node as AnyNode & { sourceCodeLocation?: Token.Location | null }).sourceCodeLocation;
      if (loc) node.endIndex = loc.endOffset - 1;
    } else if ('attribs' in node) {
      const loc = (node as Element & { sourceCodeLocation?: Location | null }).sourceCodeLocation;
      node.endIndex = loc?.endTag ? loc.endTag.endOffset - 1 : null;
      rawAttributes(node, source);
      restore(node, source, isRawText(node));
      if (node.name === 'pre' && node.namespace === HTML_NS && loc?.startTag) keepLeadingNewline(node, source, loc.startTag.endOffset);
    }
  }
}

/**
 * The children of `<body>` for `html`, with references and offsets as written. As parse5's
 * `parseFragment`, without its last step: that moves the nodes one by one from the first
 * position of an array into a new root (quadratic: 80,000 paragraphs took 25 s), where taking
 * the array whole is the same tree.
 */
export function parseHtmlBody(html: string): Document {
  const context = adapter.createElement('body', HTML_NS as never, []);
  const parser = Parser.getFragmentParser(context, { treeAdapter: adapter, sourceCodeLocationInfo: true, scriptingEnabled: true });
  parser.tokenizer.write(html, true);
  const top = adapter.getFirstChild(parser.document) as ParentNode | undefined;
  const fragment = new Document(top ? top.children : []);
  for (const child of fragment.children) child.parent = fragment;
  restore(fragment, html, false);
  return fragment;
}

/** True for an HTML element whose text is literal (./sanitize.ts escapes it where it keeps it). */
export function isRawText(el: Element): boolean {
  return RAW_TEXT.has(el.name) && el.namespace === HTML_NS;
}

/** True for an element in the SVG or MathML namespace. */
export function isForeign(el: Element): boolean {
  return el.namespace === SVG_NS || el.namespace === MATH_NS;
}

/** A new element in the HTML namespace, detached. */
export function newElement(name: string, attribs: Record<string, string> = {}): Element {
  const el = new DomElement(name, attribs);
  el.namespace = HTML_NS;
  return el;
}
