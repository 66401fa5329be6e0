/**
 * Images in the preview. Blocked (the default), an image becomes a placeholder with its alt text
 * and size, so the reader knows what is missing; allowed, it loads without a referrer, because
 * Sina's image host refuses hotlinks that carry one.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element, Text } from 'domhandler';
import { elementsOf, textLike } from './dom';
import { decodeEntities, escapeHtml } from './entities';
import type { PreviewMarkup } from './types';
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

export function prepareImages($: CheerioAPI, { images, imageLabel = 'image' }: PreviewMarkup): void {
  const imgs = elementsOf($.root()[0]).filter((el) => el.name === 'img');
  if (imgs.length === 0) return;
  const model = ($('<i>x</i>')[0] as Element).children[0] as Text;
  for (const img of imgs) {
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
    const parts = [alt || imageLabel, size, host(decodeEntities(src))].filter((p): p is string => !!p);
    // The img element becomes the placeholder span: no parse per image.
    const offset = img.attribs['data-na-offset'];
    img.name = 'span';
    img.attribs = offset === undefined ? { class: 'na-img' } : { class: 'na-img', 'data-na-offset': offset };
    const label = textLike(model, escapeHtml(parts.join(' · ')));
    label.parent = img;
    img.children = [label];
  }
}
