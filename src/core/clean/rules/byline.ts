import { BylineField } from '../../article/source';
import { rawText } from '../text';
import { CleanRule } from '../types';
import { paragraphByline } from './bylineParagraph';

/** A paragraph that is nothing but `来源：北京日报·识政`, `撰文：祁梦竹 范俊生` or `责任编辑：若风`
 * (or `来源丨…`, `来源 | …`) is metadata: the card shows it. The first of each kind. */
export const byline: CleanRule = {
  id: 'byline',
  label: ['byline', 'bylines'],
  description: 'paragraphs holding only 来源 (source), 撰文 (writer) or 责任编辑 (editor), shown on the card instead',
  apply(ctx) {
    if (ctx.keepBylines) return;
    const done = new Set<BylineField>();
    for (const p of ctx.select('p')) {
      const raw = rawText(p);
      if (!raw.includes('来源') && !raw.includes('撰文') && !raw.includes('责任编辑')) continue;
      const found = paragraphByline(ctx, p, ['source', 'writer', 'editor']);
      if (!found || done.has(found.field)) continue;
      done.add(found.field);
      ctx.remove(p);
    }
  },
};
