import { isBlankText, rawText } from '../text';
import { CleanRule } from '../types';

/** The empty `<span id="quote_sz000931"></span>` after each stock link, where Sina's script put a
 * live price. */
export const quotePlaceholders: CleanRule = {
  id: 'quote-placeholders',
  label: ['quote span', 'quote spans'],
  description: 'empty stock-quote placeholders (span[id^=quote_])',
  apply(ctx) {
    for (const span of ctx.select('span[id^="quote_"]')) {
      if (isBlankText(rawText(span)) && ctx.$(span).find('img').length === 0) ctx.remove(span);
    }
  },
};
