import { CleanRule } from '../types';

/** 知乎日报's `<div class="view-more"><a href="…/question/…">查看知乎讨论</a></div>` under an
 * answer: a link to the site, not the answer. */
export const discussionLinks: CleanRule = {
  id: 'discussion-links',
  label: ['discussion link', 'discussion links'],
  description: '知乎日报\'s "查看知乎讨论" link (div.view-more)',
  apply(ctx) {
    for (const el of ctx.select('.view-more')) if (ctx.$(el).find('a[href*="zhihu.com"]').length) ctx.remove(el);
  },
};
