import { decodeEntities } from '../entities';
import { rawText, squash } from '../text';
import { CleanRule } from '../types';

/** `<p class="article-editor">责任编辑：梁斌 SF055</p>` goes into the metadata. */
export const editorLine: CleanRule = {
  id: 'editor-line',
  label: ['editor line', 'editor lines'],
  description: 'the 责任编辑 line (p.article-editor), moved into the metadata',
  apply(ctx) {
    for (const p of ctx.select('.article-editor')) {
      const text = squash(decodeEntities(rawText(p)));
      const name = text.replace(/^责任编辑\s*[：:]\s*/, '').trim();
      if (name && ctx.meta.editor === undefined) ctx.meta.editor = name;
      ctx.remove(p);
    }
  },
};
