import type { Element } from 'domhandler';
import { hasContent } from '../content';
import { CleanRule } from '../types';

/** `<p>&nbsp;</p>`, `<p>　　</p>`, `<p><br></p>`: spacing, or what is left once boilerplate went. */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export const emptyParagraphs: CleanRule = {
  id: 'empty-paragraphs',
  label: ['empty paragraph', 'empty paragraphs'],
  description: 'paragraphs and headings with no text and no image',
  apply(ctx) {
    const found: Element[] = [];
    ctx.walk((node) => {
      if (node.type === 'tag' && PARAGRAPHS.has(node.name) && !hasContent(node, ctx)) found.push(node);
    });
    for (const p of found) ctx.remove(p);
  },
};
