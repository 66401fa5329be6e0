/**
 * The last step of every clean, on the tree the cleaner parsed (nothing re-parses the body): an
 * allowlist of tags, attributes and URL schemes, as defence in depth under the webview's CSP,
 * and the serialisation of what it keeps. Text and attributes hold their references as written
 * (./parseHtml.ts), so URL attributes are checked decoded by `safeUrl`: `&#106;avascript:` is
 * `javascript:` to a browser. The policy is the one sanitize-html applied before (same tags,
 * attributes, schemes and escapes), so the output is byte for byte what it was on well-formed
 * bodies; on malformed ones the tree is the standard's, so nothing a browser shows is lost.
 */
import type { AnyNode, Element } from 'domhandler';
import { escapeDecoded, isForeign, isRawText } from './parseHtml';
import { safeUrl } from './urls';

const TAGS = new Set([
  'p', 'br', 'div', 'span', 'a', 'img', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'ins', 'sub', 'sup',
  'small', 'mark', 'blockquote', 'q', 'cite', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl',
  'dt', 'dd', 'pre', 'code', 'kbd', 'samp', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'colgroup', 'col', 'hr', 'figure', 'figcaption', 'time', 'ruby', 'rt', 'rp', 'center',
]);

/** Written `<img … />`, as sanitize-html wrote them. */
const SELF_CLOSING = new Set(['img', 'br', 'hr']);
/** Void elements: no end tag. */
const VOID = new Set(['img', 'br', 'hr', 'col']);

/** Disallowed elements whose content a page does not show as text either: dropped with it. Raw
 * text a page shows (`xmp`, `plaintext`) is kept as text, escaped; MathML is kept as its text,
 * fallback content (`object`, `applet`) and options outside a select as theirs. */
const NON_TEXT = new Set([
  'script', 'style', 'textarea', 'select', 'noscript', 'noembed', 'noframes', 'iframe', 'template', 'title', 'svg',
]);

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const VALID_ATTRIBUTE_NAME = /^[^\0\t\n\f\r /<=>]+$/;
/** Of the attributes allowed, only these may be written without a value. */
const EMPTY_ALLOWED = new Set(['alt', 'data-na-rule', 'data-na-offset']);
const PREVIEW_CLASSES = new Set(['na-removed', 'na-unwrapped', 'na-source', 'na-img']);
/** The one class a written file keeps: 知乎日报's `<span class="author">`, where the preview's card
 * reads the writer (../article/source.ts), so Clean Article does not erase that fact. */
const FILE_CLASSES = new Set(['author']);

export type SanitizeTarget = 'file' | 'preview';

interface Policy {
  readonly global: ReadonlySet<string>;
  readonly byTag: Readonly<Record<string, ReadonlySet<string>>>;
  readonly classes: ReadonlySet<string>;
}

function policy(target: SanitizeTarget): Policy {
  const preview = target === 'preview';
  return {
    global: new Set(preview ? ['class', 'data-na-rule', 'data-na-offset'] : []),
    byTag: {
      a: new Set(['href', 'title', 'target', 'rel']),
      img: new Set(['src', 'alt', 'title', 'width', 'height', 'referrerpolicy', ...(preview ? ['loading'] : [])]),
      td: new Set(['colspan', 'rowspan']),
      th: new Set(['colspan', 'rowspan']),
      ol: new Set(['start']),
      span: new Set(preview ? [] : ['class']),
    },
    classes: preview ? PREVIEW_CLASSES : FILE_CLASSES,
  };
}

const POLICIES: Readonly<Record<SanitizeTarget, Policy>> = { file: policy('file'), preview: policy('preview') };

/** As sanitize-html escaped with entities as written: a `&` that starts a reference stays. */
function escapeWritten(text: string, quote: boolean): string {
  const s = text.replace(/&(?![a-zA-Z0-9#]{1,20};)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return quote ? s.replace(/"/g, '&quot;') : s;
}

/** sanitize-html's scheme check, after ./urls.ts `safeUrl` (which decodes references). */
function allowedScheme(tag: string, value: string): boolean {
  let href = value.replace(/[\x00-\x20]+/g, '');
  for (;;) {
    const first = href.indexOf('<!--');
    if (first < 0) break;
    const last = href.indexOf('-->', first + 4);
    if (last < 0) break;
    href = href.slice(0, first) + href.slice(last + 3);
  }
  const m = /^([a-zA-Z][a-zA-Z0-9.\-+]*):/.exec(href);
  if (!m) return true;
  const scheme = m[1].toLowerCase();
  return tag === 'img' ? scheme === 'http' || scheme === 'https' : scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

function attributes(el: Element, p: Policy): string {
  let out = '';
  const own = p.byTag[el.name];
  for (const [name, raw] of Object.entries(el.attribs)) {
    if (!VALID_ATTRIBUTE_NAME.test(name) || !(p.global.has(name) || own?.has(name))) continue;
    let value = raw;
    if (URL_ATTRIBUTES.has(name) && (!safeUrl(value, el.name === 'img' ? 'image' : 'link') || !allowedScheme(el.name, value))) continue;
    if (name === 'class') {
      value = value.split(/\s+/).filter((c) => p.classes.has(c)).join(' ');
      if (!value) continue;
    }
    if (value === '' && !EMPTY_ALLOWED.has(name)) continue;
    out += value === '' ? (name === 'alt' ? ' alt=""' : ` ${name}`) : ` ${name}="${escapeWritten(value, true)}"`;
  }
  return out;
}

function write(nodes: readonly AnyNode[], p: Policy, out: string[], literal = false): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push(literal ? escapeDecoded(node.data) : escapeWritten(node.data, false));
      continue;
    }
    if (!('attribs' in node)) {
      // Comments, doctypes and processing instructions are never kept; a root's children are.
      if (node.type === 'root' || node.type === 'cdata') write(node.children, p, out);
      continue;
    }
    const name = node.name;
    if (!TAGS.has(name) || isForeign(node)) {
      if (!NON_TEXT.has(name.toLowerCase())) write(node.children, p, out, isRawText(node));
      continue;
    }
    out.push(`<${name}${attributes(node, p)}${SELF_CLOSING.has(name) ? ' />' : '>'}`);
    if (VOID.has(name)) continue;
    write(node.children, p, out);
    out.push(`</${name}>`);
  }
}

/** The kept part of `nodes`, as HTML. */
export function sanitize(nodes: readonly AnyNode[], target: SanitizeTarget): string {
  const out: string[] = [];
  write(nodes, POLICIES[target], out);
  return out.join('');
}
