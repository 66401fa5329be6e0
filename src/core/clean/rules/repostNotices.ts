import { shownText } from '../text';
import { CleanRule } from '../types';

/** The site's reprint terms, a paragraph of their own: 快科技's `转载请注明出处：快科技`, 36kr's
 * `本文来自微信公众号“…”，作者：…，36氪经授权发布。` Neither is read by the card (its 来源,
 * 撰文 and 责任编辑 lines are a byline's, left to the byline rule). */
const NOTICE = [/^转载请注明出处[：:]/u, /^本文来自.{0,200}经授权发布[。.]?$/u];

export const repostNotices: CleanRule = {
  id: 'repost-notices',
  label: ['reprint notice', 'reprint notices'],
  description: 'the site\'s reprint terms (转载请注明出处：…, 本文来自…经授权发布)',
  apply(ctx) {
    for (const p of ctx.select('p, div')) {
      const text = shownText(p);
      if (p.parent && NOTICE.some((re) => re.test(text)) && !ctx.$(p).find('p, div').length) ctx.remove(p);
    }
  },
};
