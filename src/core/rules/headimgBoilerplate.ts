import { bodyImages, isKnownPromoImage, isPlaceholderImage } from './bodyImages';
import { deleteLines, singleQuoted } from './support';
import { urlFields } from './urlFields';
import { defineRule } from './types';

/**
 * headimg or thumbnail is the site's promo image (the QR code the body's promo block shows, as
 * in the seed, or a promo image known by its URL, which cleaning the body leaves in the front
 * matter) or a random placeholder (picsum.photos), so every such post shows the same or a
 * meaningless picture. Fix: the first real image of the article, or removal of the line.
 */
function mayShow(text: string, bodyStart: number, url: string): boolean {
  const at = text.indexOf(url.replace(/&.*$/, ''), bodyStart);
  // The promo block's class comes shortly before its image.
  return at >= 0 && PROMO_HINT.test(text.slice(Math.max(bodyStart, at - PROMO_WINDOW), at));
}

const PROMO_HINT = /appendQr|app-kaihu-qr|qrcode|qr-code|erweima/i;
const PROMO_WINDOW = 2000;

export const headimgBoilerplate = defineRule({
  id: 'headimg-boilerplate',
  severity: 'warning',
  fixable: true,
  description: "headimg or thumbnail is the site's promo/QR image or a random placeholder",
  scope: 'file',
  messages: {
    promoUseFirst: '"{field}" is the site\'s promo image (the one in the body\'s app/QR-code block), not a picture of this article. Use the article\'s first image instead.',
    promoRemove: '"{field}" is the site\'s promo image (the one in the body\'s app/QR-code block), not a picture of this article. The article has no image of its own: remove the line.',
    knownPromoUseFirst: '"{field}" is a promo image the site puts on every post (its app\'s QR code), not a picture of this article. Use the article\'s first image instead.',
    knownPromoRemove: '"{field}" is a promo image the site puts on every post (its app\'s QR code), not a picture of this article. The article has no image of its own: remove the line.',
    placeholderUseFirst: '"{field}" is a random placeholder image (picsum.photos), not a picture of this article. Use the article\'s first image instead.',
    placeholderRemove: '"{field}" is a random placeholder image (picsum.photos), not a picture of this article. The article has no image of its own: remove the line.',
    useFirstImage: 'Use the article\'s first image for {field}',
    remove: 'Remove {field}',
  },
  check(article, report, context) {
    const fields = urlFields(article, context.config);
    if (!fields.length) return;
    let images: ReturnType<typeof bodyImages> | undefined;
    for (const f of fields) {
      const placeholder = isPlaceholderImage(f.url);
      const known = isKnownPromoImage(f.url);
      // A promo image is shown in the body or known by its URL; otherwise only a placeholder can be at fault.
      if (!placeholder && !known && !mayShow(article.text, article.bodyStart, f.url)) continue;
      images ??= bodyImages(article.body);
      const inBlock = images.promo.has(f.url);
      const promo = inBlock || known;
      if (!promo && !placeholder) continue;
      // The URL the browser loads: it drops tabs and line breaks anywhere in it and blanks around it.
      const replacement = images.firstReal?.replace(/[\t\n\r]/g, '').trim() || undefined;
      const args = { field: f.name };
      report({
        start: f.start,
        end: f.end,
        messageId: inBlock
          ? (replacement ? 'promoUseFirst' : 'promoRemove')
          : known ? (replacement ? 'knownPromoUseFirst' : 'knownPromoRemove') : replacement ? 'placeholderUseFirst' : 'placeholderRemove',
        args,
        fix: replacement
          ? { messageId: 'useFirstImage', args, edits: [{ start: f.start, end: f.end, newText: singleQuoted(replacement) }], intent: { fields: { [f.name]: { reads: replacement } } } }
          : { messageId: 'remove', args, edits: [deleteLines(article.text, f.start, f.end)], intent: { fields: { [f.name]: { removed: true } } } },
        data: { field: f.name, kind: promo ? 'promo' : 'placeholder' },
      });
    }
  },
});
