import { CleanRule } from '../types';

/** Sina links company names to stock quotes: `<span id="stock_sz000931"><a class="keyword">中关村</a>
 * </span>`. The name is part of the sentence, so the links are unwrapped to their text; the spans
 * around them go too (their bytes count, not as more links), nested empty ones included. */
export const stockLinks: CleanRule = {
  id: 'stock-links',
  label: ['stock link', 'stock links'],
  description: 'stock-quote keyword links (span[id^=stock_] > a.keyword), unwrapped to their text',
  apply(ctx) {
    for (const a of ctx.select('span[id^="stock_"] a.keyword')) ctx.unwrap(a);
    // Innermost first, so that an outer span never moves a span still to be unwrapped.
    for (const span of ctx.select('span[id^="stock_"]').reverse()) ctx.unwrap(span, 0);
  },
};
