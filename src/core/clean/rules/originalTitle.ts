import { decodeEntities } from '../entities';
import { containsElement } from '../dom';
import { rawText, squash } from '../text';
import { CleanRule } from '../types';

/** Sina opens reposts with `原标题 …` or `原标题：…`, the title at the source: metadata. */
const IMAGES = new Set(['img']);

export const originalTitle: CleanRule = {
  id: 'original-title',
  label: ['original-title line', 'original-title lines'],
  description: 'the leading 原标题 line, moved into the metadata',
  apply(ctx) {
    const first = ctx.select('p').slice(0, 3);
    for (const p of first) {
      const m = /^原标题\s*[：:]?\s*(.+)$/u.exec(squash(decodeEntities(rawText(p))));
      if (!m || containsElement(p, IMAGES)) continue;
      ctx.meta.originalTitle = m[1];
      ctx.remove(p);
      return;
    }
  },
};
