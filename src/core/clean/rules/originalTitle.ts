import { CleanRule } from '../types';
import { paragraphByline } from './bylineParagraph';

/** Sina opens reposts with `原标题 …` or `原标题：…`, the title at the source: the card shows it. */
export const originalTitle: CleanRule = {
  id: 'original-title',
  label: ['original-title line', 'original-title lines'],
  description: 'the leading 原标题 line, shown on the card instead',
  apply(ctx) {
    if (ctx.keepBylines) return;
    for (const p of ctx.select('p').slice(0, 3)) {
      if (!paragraphByline(ctx, p, ['originalTitle'])) continue;
      ctx.remove(p);
      return;
    }
  },
};
