/**
 * Decoding character references for checks only. The cleaner parses with entities left as
 * written (so `&#123;` never becomes `{` in output, which Hexo's Nunjucks would read as a tag);
 * decisions about text and URLs still need the characters a browser would see.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwsp: '\u200b', zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad', tab: '\t', newline: '\n',
  colon: ':', sol: '/', bsol: '\\', period: '.', plus: '+', comma: ',', semi: ';', excl: '!', quest: '?',
  num: '#', percnt: '%', lpar: '(', rpar: ')', equals: '=', commat: '@', lowbar: '_', hyphen: '\u2010',
  middot: '\u00b7', hellip: '\u2026', mdash: '\u2014', ndash: '\u2013', ldquo: '\u201c', rdquo: '\u201d',
  lsquo: '\u2018', rsquo: '\u2019', laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae',
  times: '\u00d7', yen: '\u00a5', lcub: '{', rcub: '}', lbrace: '{', rbrace: '}', lsqb: '[', rsqb: ']',
  lbrack: '[', rbrack: ']', verbar: '|', vert: '|', grave: '`', hat: '^', dollar: '$', ast: '*',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

function fromCodePoint(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/** A name is looked up as itself: `&constructor;` is no reference, not Object's constructor. */
function namedReference(name: string): string | undefined {
  return Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
}

/** Numeric references and the named ones listed above; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    const named = name === undefined ? undefined : namedReference(name) ?? namedReference(name.toLowerCase());
    return named ?? whole;
  });
}

/** Escapes text for HTML source. `&` is escaped too: the result is shown, never interpreted. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
