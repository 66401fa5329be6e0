import { hasContent } from '../content';
import { CleanRule } from '../types';

const CONTAINERS = 'div, span, section, article, aside, header, footer, font, strong, b, em, i, u, small, blockquote, figure, figcaption, center, ul, ol, li, a';

/** Containers left with nothing to show (the `<span class="img_descr"></span>` under an image,
 * wrappers of removed blocks). Innermost first, so emptiness propagates outwards. */
export const emptyContainers: CleanRule = {
  id: 'empty-containers',
  label: ['empty container', 'empty containers'],
  description: 'elements with no text and no image inside',
  apply(ctx) {
    for (const el of ctx.select(CONTAINERS).reverse()) {
      if (el.parent && !hasContent(el, ctx)) ctx.remove(el);
    }
  },
};
