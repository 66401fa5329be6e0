import { elementsOf } from '../dom';
import { CleanRule } from '../types';

/** 知乎日报 opens an answer with the author's card inline, `<strong><img class="avatar"><span
 * class="author">曾杰律师，</span><span class="bio">…</span></strong>`, which runs into the first
 * paragraph. The avatar and the bio (a self-description, often a phone number) go; the author's
 * name stays, as a paragraph of its own. */
const HAS_CLASS = (name: string) => new RegExp(`(?:^|\\s)${name}(?:\\s|$)`);

export const authorCards: CleanRule = {
  id: 'author-cards',
  label: ['author card', 'author cards'],
  description: '知乎日报\'s author card: the avatar and the bio go, the name becomes a paragraph of its own',
  apply(ctx) {
    for (const author of ctx.select('strong > .author')) {
      const card = author.parent;
      if (card?.type !== 'tag') continue;
      const parts = elementsOf(card).filter((el) => (el.name === 'img' && HAS_CLASS('avatar').test(el.attribs.class ?? '')) || HAS_CLASS('bio').test(el.attribs.class ?? ''));
      if (!parts.length) continue;
      parts.forEach((el, i) => ctx.remove(el, i === 0 ? 1 : 0));
      card.name = 'p';
    }
  },
};
