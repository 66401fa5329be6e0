/**
 * Images in the preview. Blocked (the default), an image becomes a placeholder with its alt text
 * and size, so the reader knows what is missing; allowed, it loads without a referrer, because
 * Sina's image host refuses hotlinks that carry one.
 */
import type { CheerioAPI } from 'cheerio';
import { decodeEntities, escapeHtml } from './entities';
import { absoluteHttpUrl, safeUrl } from './urls';

/** Width × height from the attributes, or from Sina's `/w570h653/` path segment. */
function imageSize(attribs: Record<string, string>, src: string): string | undefined {
  const w = attribs.width;
  const h = attribs.height;
  if (w && h && /^\d+$/.test(w) && /^\d+$/.test(h)) return `${w}×${h}`;
  const m = /\/w(\d{2,5})h(\d{2,5})\//.exec(src);
  return m ? `${m[1]}×${m[2]}` : undefined;
}

function host(src: string): string {
  const m = /^(?:https?:)?\/\/([^/?#]+)/i.exec(src.trim());
  return m ? m[1] : '';
}

export function prepareImages($: CheerioAPI, images: 'block' | 'allow'): void {
  for (const img of $('img').toArray()) {
    const src = img.attribs.src ?? '';
    if (!src || !safeUrl(src, 'image')) continue;
    if (images === 'allow') {
      img.attribs.src = absoluteHttpUrl(src);
      img.attribs.referrerpolicy = 'no-referrer';
      img.attribs.loading = 'lazy';
      continue;
    }
    const alt = decodeEntities(img.attribs.alt ?? '').trim();
    const size = imageSize(img.attribs, decodeEntities(src));
    const parts = [alt || 'image', size, host(decodeEntities(src))].filter((p): p is string => !!p);
    const placeholder = $('<span class="na-img"></span>');
    placeholder.attr('data-na-offset', img.attribs['data-na-offset'] ?? null);
    placeholder.text(escapeHtml(parts.join(' · ')));
    $(img).replaceWith(placeholder);
  }
}
