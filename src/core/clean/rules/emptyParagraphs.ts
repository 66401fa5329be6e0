import { hasContent } from '../content';
import { CleanRule } from '../types';

/** `<p>&nbsp;</p>`, `<p>　　</p>`, `<p><br></p>`: spacing, or what is left once boilerplate went. */
export const emptyParagraphs: CleanRule = {
  id: 'empty-paragraphs',
  label: ['empty paragraph', 'empty paragraphs'],
  description: 'paragraphs and headings with no text and no image',
  apply(ctx) {
    for (const p of ctx.select('p, h1, h2, h3, h4, h5, h6')) {
      if (!hasContent(p, ctx)) ctx.remove(p);
    }
  },
};
