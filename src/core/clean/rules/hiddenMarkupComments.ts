import { CleanRule } from '../types';

/** Sina's CMS keeps markup it dropped inside comments (`<!--article_adlist[<p>…</p>]article_adlist-->`,
 * `<!--mce-plugin-videoList2[{…}]mce-plugin-videoList2-->`): ads, `data:` images and player JSON
 * that a careless "uncomment" would bring back. Counted apart from ordinary comments. */
const HIDDEN_MARKUP = /^\s*([\w-]+)\[[\s\S]*\]\1\s*$/;

export const hiddenMarkupComments: CleanRule = {
  id: 'hidden-markup-comments',
  label: ['comment hiding markup', 'comments hiding markup'],
  description: 'comments that hide dropped markup, such as <!--article_adlist[…]article_adlist-->',
  apply(ctx) {
    const found: Parameters<typeof ctx.remove>[0][] = [];
    ctx.walk((node) => {
      if (node.type === 'comment' && HIDDEN_MARKUP.test(node.data)) found.push(node);
    });
    for (const node of found) ctx.remove(node);
  },
};
