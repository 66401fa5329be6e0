import type { Element } from 'domhandler';
import { CleanRule } from '../types';
import { HTML_TAGS } from '../htmlTags';

/** `GetComponent<Renderer>()` in a code listing parses as a `<renderer>` element and vanishes
 * from the page. An unknown tag written with capitals is text that lost its escaping: show it. */
export const strayTagsAsText: CleanRule = {
  id: 'stray-tags-as-text',
  label: ['stray tag shown as text', 'stray tags shown as text'],
  description: 'unknown tags written with capitals (GetComponent<Renderer>) turned back into text',
  apply(ctx) {
    const found: Element[] = [];
    ctx.walk((node) => {
      if (node.type === 'tag' && !HTML_TAGS.has(node.name) && !node.name.includes('-')) found.push(node);
    });
    for (const el of found.reverse()) {
      if (el.startIndex === null) continue;
      const written = ctx.source.slice(el.startIndex + 1, el.startIndex + 1 + el.name.length);
      if (written === written.toLowerCase() || Object.keys(el.attribs).length > 0) continue;
      const closing = el.endIndex === null ? '' : ctx.source.slice(el.endIndex - el.name.length - 2, el.endIndex + 1);
      const closed = closing.toLowerCase() === `</${el.name}>`;
      ctx.count(0, `<${written}>`);
      ctx.$(el).before(`&lt;${written}&gt;`);
      if (closed) ctx.$(el).after(`&lt;/${written}&gt;`);
      ctx.$(el).replaceWith(el.children);
    }
  },
};
