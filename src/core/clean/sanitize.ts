/**
 * The last step of every clean: an allowlist (sanitize-html, on the same parser) of tags,
 * attributes and URL schemes, as defence in depth under the webview's CSP. Entities stay as
 * written (`decodeEntities: false`), so URL attributes are checked decoded by `safeUrl` here;
 * sanitize-html's own scheme check would be fooled by `&#106;avascript:`.
 */
import sanitizeHtml from 'sanitize-html';
import { OFFSET_ATTRIBUTE } from './offsets';
import { safeUrl } from './urls';

const TAGS = [
  'p', 'br', 'div', 'span', 'a', 'img', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'ins', 'sub', 'sup',
  'small', 'mark', 'blockquote', 'q', 'cite', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl',
  'dt', 'dd', 'pre', 'code', 'kbd', 'samp', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'colgroup', 'col', 'hr', 'figure', 'figcaption', 'time', 'ruby', 'rt', 'rp', 'center',
];

/** Disallowed tags whose text is not content either: drop it with the tag. */
const NON_TEXT = [
  'script', 'style', 'textarea', 'option', 'select', 'noscript', 'noembed', 'noframes', 'xmp', 'iframe', 'template',
  'plaintext', 'title', 'object', 'applet', 'svg', 'math',
];

const URL_ATTRIBUTES = ['href', 'src', 'cite'];

export type SanitizeTarget = 'file' | 'preview';

function options(target: SanitizeTarget): sanitizeHtml.IOptions {
  const preview = target === 'preview';
  const marks = preview ? ['class', 'data-na-rule', OFFSET_ATTRIBUTE] : [];
  return {
    allowedTags: TAGS,
    allowedAttributes: {
      '*': marks,
      a: ['href', 'title', 'target', 'rel'],
      img: ['src', 'alt', 'title', 'width', 'height', 'referrerpolicy', ...(preview ? ['loading'] : [])],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
      ol: ['start'],
    },
    allowedClasses: preview ? { '*': ['na-removed', 'na-unwrapped', 'na-source', 'na-img'] } : {},
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: URL_ATTRIBUTES,
    allowProtocolRelative: true,
    disallowedTagsMode: 'discard',
    nonTextTags: NON_TEXT,
    parser: { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
    transformTags: {
      '*': (tagName, attribs) => {
        const kept: sanitizeHtml.Attributes = {};
        for (const [name, value] of Object.entries(attribs)) {
          if (URL_ATTRIBUTES.includes(name) && !safeUrl(value, tagName === 'img' ? 'image' : 'link')) continue;
          kept[name] = value;
        }
        return { tagName, attribs: kept };
      },
    },
  };
}

const cache = new Map<SanitizeTarget, sanitizeHtml.IOptions>();

export function sanitize(html: string, target: SanitizeTarget): string {
  let opts = cache.get(target);
  if (!opts) cache.set(target, (opts = options(target)));
  return sanitizeHtml(html, opts);
}
