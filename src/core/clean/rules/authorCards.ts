import { authorCardName } from '../../article/source';
import { elementsOf } from '../dom';
import { rawText } from '../text';
import { CleanRule } from '../types';

/** 知乎日报 opens an answer with the author's card inline, `<strong><img class="avatar"><span
 * class="author">曾杰律师，</span><span class="bio">…</span></strong>`, which runs into the first
 * paragraph. The preview's card shows the name as the writer (../../article/source.ts reads it), so
 * the preview drops the whole card; Clean Article keeps the name, as a paragraph of its own, and
 * drops the avatar and the bio (a self-description, often a phone number). */
const hasClass = (name: string, value: string | undefined) => new RegExp(`(?:^|\\s)${name}(?:\\s|$)`).test(value ?? '');

export const authorCards: CleanRule = {
  id: 'author-cards',
  label: ['author card', 'author cards'],
  description: '知乎日报\'s author card: shown on the card as the writer (Clean Article keeps the name, without avatar and bio)',
  apply(ctx) {
    for (const author of ctx.select('strong > .author')) {
      const card = author.parent;
      if (card?.type !== 'tag' || !card.parent) continue;
      if (!ctx.keepBylines && ctx.bylines.writer !== undefined && authorCardName(rawText(author)) === ctx.bylines.writer) {
        ctx.remove(card);
        continue;
      }
      const parts = elementsOf(card).filter((el) => (el.name === 'img' && hasClass('avatar', el.attribs.class)) || hasClass('bio', el.attribs.class));
      if (!parts.length) continue;
      parts.forEach((el, i) => ctx.remove(el, i === 0 ? 1 : 0));
      card.name = 'p';
    }
  },
};
