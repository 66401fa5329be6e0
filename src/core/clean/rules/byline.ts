import { decodeEntities } from '../entities';
import { containsElement } from '../dom';
import { rawText, squash } from '../text';
import { CleanMeta, CleanRule } from '../types';

/** A paragraph that is nothing but `来源：北京日报·识政` or `撰文：祁梦竹 范俊生` is metadata. */
const LINES: ReadonlyArray<[RegExp, keyof CleanMeta]> = [
  [/^(?:文章)?来源\s*[：:]\s*(.{1,60})$/u, 'source'],
  [/^撰文\s*[：:]\s*(.{1,60})$/u, 'writer'],
];

const NOT_A_BYLINE = new Set(['img', 'a', 'table']);

export const byline: CleanRule = {
  id: 'byline',
  label: ['byline', 'bylines'],
  description: 'paragraphs holding only 来源：… (source) or 撰文：… (writer), moved into the metadata',
  apply(ctx) {
    for (const p of ctx.select('p')) {
      const raw = rawText(p);
      if ((!raw.includes('来源') && !raw.includes('撰文')) || containsElement(p, NOT_A_BYLINE)) continue;
      const text = squash(decodeEntities(raw));
      for (const [pattern, key] of LINES) {
        const m = pattern.exec(text);
        if (!m || ctx.meta[key] !== undefined) continue;
        ctx.meta[key] = m[1].trim();
        if (!ctx.keepBylines) ctx.remove(p);
        break;
      }
    }
  },
};
