import { urlFields } from './urlFields';
import { defineRule } from './types';

type Why = 'controlCharacters' | 'spaces' | 'dataImage' | 'scheme' | 'noHost' | 'malformed';

/** Site-relative paths (`/images/a.jpg`, `images/a.jpg`) are fine for Hexo; so are http(s) and `//` URLs. */
function problemWith(url: string): { why: Why; scheme?: string } | undefined {
  if (/[\u0000-\u001f\u007f]/.test(url)) return { why: 'controlCharacters' };
  if (/\s/.test(url)) return { why: 'spaces' };
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (scheme === 'data') return { why: 'dataImage' };
  if (scheme !== 'http' && scheme !== 'https') return { why: 'scheme', scheme };
  try {
    const parsed = new URL(url);
    if (!parsed.hostname) return { why: 'noHost' };
  } catch {
    return { why: 'malformed' };
  }
  return undefined;
}

export const urlInvalid = defineRule({
  id: 'url-invalid',
  severity: 'warning',
  fixable: true,
  description: 'headimg or thumbnail is not a usable URL',
  scope: 'frontMatter',
  messages: {
    controlCharacters: '"{field}" holds control characters: the theme shows a broken image.',
    spaces: '"{field}" holds spaces: the theme shows a broken image.',
    dataImage: '"{field}" is an inline data: image (in scraped pages, a lazy-loading placeholder or a tracking pixel): the theme shows a broken image.',
    scheme: '"{field}" uses the "{scheme}:" scheme, which a theme cannot load as an image: the theme shows a broken image.',
    noHost: '"{field}" has no host: the theme shows a broken image.',
    malformed: '"{field}" is not a well-formed URL: the theme shows a broken image.',
    encodeSpaces: 'Encode the spaces as %20',
  },
  check(article, report, context) {
    for (const f of urlFields(article, context.config)) {
      const problem = problemWith(f.url);
      if (!problem) continue;
      // Spaces inside an http(s) URL have one meaning: %20. Anything else needs a person.
      const written = article.text.slice(f.textStart, f.textStart + f.url.length);
      const spaces = /^https?:\/\/\S/.test(f.url) && written === f.url && /^[^\s]+( [^\s]+)+$/.test(f.url) && !/[\u0000-\u001f]/.test(f.url);
      const edits = [];
      if (spaces) for (let i = f.url.indexOf(' '); i >= 0; i = f.url.indexOf(' ', i + 1)) edits.push({ start: f.textStart + i, end: f.textStart + i + 1, newText: '%20' });
      report({
        start: f.start,
        end: f.end,
        messageId: problem.why,
        args: problem.scheme === undefined ? { field: f.name } : { field: f.name, scheme: problem.scheme },
        fix: edits.length && f.quote !== '' ? { messageId: 'encodeSpaces', edits, intent: { fields: { [f.name]: { reads: f.url.replace(/ /g, '%20') } } } } : undefined,
        data: { field: f.name },
      });
    }
  },
});
