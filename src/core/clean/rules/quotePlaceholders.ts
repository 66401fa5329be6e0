import type { Element } from 'domhandler';
import { containsElement } from '../dom';
import { isBlankText, rawText } from '../text';
import { CleanRule } from '../types';

/** The empty `<span id="quote_sz000931"></span>` after each stock link, where Sina's script put a
 * live price. */
const MEDIA = new Set(['img']);

export const quotePlaceholders: CleanRule = {
  id: 'quote-placeholders',
  label: ['quote span', 'quote spans'],
  description: 'empty stock-quote placeholders (span[id^=quote_])',
  apply(ctx) {
    const found: Element[] = [];
    ctx.walk((node) => {
      if (node.type === 'tag' && node.name === 'span' && (node.attribs.id ?? '').startsWith('quote_')) found.push(node);
    });
    for (const span of found) if (isBlankText(rawText(span)) && !containsElement(span, MEDIA)) ctx.remove(span);
  },
};
