/**
 * Which URLs may stay in cleaned HTML. Attributes keep their references as written (see
 * entities.ts), so the check decodes them first: `&#106;avascript:` is `javascript:` to a browser.
 */
import { decodeEntities } from './entities';

const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const IMAGE_SCHEMES = new Set(['http', 'https']);

/** The part of a URL that decides its scheme: everything before the first `/`, `?` or `#`. */
function schemePart(url: string): string {
  const end = url.search(/[/?#\\]/);
  return end < 0 ? url : url.slice(0, end);
}

/**
 * True for http(s) (and mailto: for links), protocol-relative and relative URLs. Anything else,
 * and anything whose scheme part still holds an unresolved `&name;` after decoding, is unsafe.
 */
export function safeUrl(raw: string, kind: 'link' | 'image'): boolean {
  // The common case, decided without decoding: a literal http(s) scheme cannot hide another.
  if (/^https?:\/\//i.test(raw)) return true;
  // Browsers drop ASCII control characters and white space inside schemes.
  const url = decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  const head = schemePart(url);
  if (head.includes('&')) return false;
  const colon = head.indexOf(':');
  if (colon < 0) return true;
  const scheme = head.slice(0, colon).toLowerCase();
  return (kind === 'link' ? LINK_SCHEMES : IMAGE_SCHEMES).has(scheme);
}

/** `//host/x` → `https://host/x`: in a webview a scheme-relative URL would not reach the web. */
export function absoluteHttpUrl(raw: string): string {
  return /^\s*\/\//.test(raw) ? `https:${raw.trim()}` : raw;
}
