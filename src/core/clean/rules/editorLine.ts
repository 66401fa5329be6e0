import { shownText } from '../text';
import { CleanRule } from '../types';
import { paragraphByline } from './bylineParagraph';

/** `<p class="article-editor">责任编辑：梁斌 SF055</p>`: the card shows the editor. An editor line
 * with no name in it is nothing to show and goes too. */
export const editorLine: CleanRule = {
  id: 'editor-line',
  label: ['editor line', 'editor lines'],
  description: 'the 责任编辑 line (p.article-editor), shown on the card instead',
  apply(ctx) {
    if (ctx.keepBylines) return;
    for (const p of ctx.select('.article-editor')) {
      const empty = shownText(p).replace(/^责任编辑\s*[：:丨|｜]?/u, '').trim() === '';
      if (empty || paragraphByline(ctx, p, ['editor'])) ctx.remove(p);
    }
  },
};
