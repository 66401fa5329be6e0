import { CleanRule } from '../types';

/** Sina's CMS writes bold as `<font cms-style="font-L strong-Bold">`: that becomes `<strong>`, and
 * every other `<font>` (size and colour only) is unwrapped. */
export const cmsFonts: CleanRule = {
  id: 'cms-fonts',
  label: ['font tag', 'font tags'],
  description: '<font> tags: strong-Bold ones become <strong>, the rest are unwrapped',
  apply(ctx) {
    for (const font of ctx.select('font').reverse()) {
      const bold = /\bstrong-Bold\b/.test(font.attribs['cms-style'] ?? '');
      const only = font.children.filter((c) => c.type !== 'text' || c.data.trim() !== '');
      const wrapsBold = only.length === 1 && only[0].type === 'tag' && only[0].name === 'strong';
      if (bold && wrapsBold) {
        ctx.unwrap(font);
      } else if (bold) {
        ctx.count(0, ctx.$.html(font));
        font.name = 'strong';
        font.attribs = {};
      } else {
        ctx.unwrap(font);
      }
    }
  },
};
