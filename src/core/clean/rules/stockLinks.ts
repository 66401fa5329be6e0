import type { Element } from 'domhandler';
import { elementsOf } from '../dom';
import { CleanRule } from '../types';

/** Sina links company names to stock quotes: `<span id="stock_sz000931"><a class="keyword">中关村</a>
 * </span>`. The name is part of the sentence, so the links are unwrapped to their text; the spans
 * around them go too (their bytes count, not as more links), nested empty ones included. */
export const stockLinks: CleanRule = {
  id: 'stock-links',
  label: ['stock link', 'stock links'],
  description: 'stock-quote keyword links (span[id^=stock_] > a.keyword), unwrapped to their text',
  apply(ctx) {
    const spans: Element[] = [];
    ctx.walk((node) => {
      if (node.type === 'tag' && node.name === 'span' && (node.attribs.id ?? '').startsWith('stock_')) spans.push(node);
    });
    const links = new Set<Element>();
    for (const span of spans) {
      for (const a of elementsOf(span)) if (a.name === 'a' && /(?:^|\s)keyword(?:\s|$)/.test(a.attribs.class ?? '')) links.add(a);
    }
    for (const a of links) ctx.unwrap(a);
    // Innermost first, so that an outer span never moves a span still to be unwrapped.
    for (const span of spans.reverse()) ctx.unwrap(span, 0);
  },
};
