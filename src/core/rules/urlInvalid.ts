import { urlFields } from './urlFields';
import type { Rule } from './types';

/** Site-relative paths (`/images/a.jpg`, `images/a.jpg`) are fine for Hexo; so are http(s) and `//` URLs. */
function problemWith(url: string): string | undefined {
  if (/[\u0000-\u001f\u007f]/.test(url)) return 'holds control characters';
  if (/\s/.test(url)) return 'holds spaces';
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (scheme === 'data') return 'is an inline data: image (in scraped pages, a lazy-loading placeholder or a tracking pixel)';
  if (scheme !== 'http' && scheme !== 'https') return `uses the "${scheme}:" scheme, which a theme cannot load as an image`;
  try {
    const parsed = new URL(url);
    if (!parsed.hostname) return 'has no host';
  } catch {
    return 'is not a well-formed URL';
  }
  return undefined;
}

export const urlInvalid: Rule = {
  id: 'url-invalid',
  severity: 'warning',
  fixable: true,
  description: 'headimg or thumbnail is not a usable URL',
  scope: 'frontMatter',
  check(article, report, context) {
    for (const f of urlFields(article, context.config)) {
      const why = problemWith(f.url);
      if (!why) continue;
      // Spaces inside an http(s) URL have one meaning: %20. Anything else needs a person.
      const written = article.text.slice(f.textStart, f.textStart + f.url.length);
      const spaces = /^https?:\/\/\S/.test(f.url) && written === f.url && /^[^\s]+( [^\s]+)+$/.test(f.url) && !/[\u0000-\u001f]/.test(f.url);
      const edits = [];
      if (spaces) for (let i = f.url.indexOf(' '); i >= 0; i = f.url.indexOf(' ', i + 1)) edits.push({ start: f.textStart + i, end: f.textStart + i + 1, newText: '%20' });
      report({
        start: f.start,
        end: f.end,
        message: `"${f.name}" ${why}: the theme shows a broken image.`,
        fix: edits.length && f.quote !== '' ? { title: 'Encode the spaces as %20', edits } : undefined,
        data: { field: f.name },
      });
    }
  },
};
