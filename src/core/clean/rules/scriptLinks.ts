import { safeUrl } from '../urls';
import { CleanRule } from '../types';

/** Links whose target is script or data (`javascript:;` in Sina's old player): the text stays. */
export const scriptLinks: CleanRule = {
  id: 'script-links',
  label: ['script link', 'script links'],
  description: 'links to javascript:, data: and other unsafe URLs, unwrapped to their text',
  apply(ctx) {
    for (const a of ctx.select('a[href]')) {
      if (!safeUrl(a.attribs.href, 'link')) ctx.unwrap(a);
    }
  },
};
