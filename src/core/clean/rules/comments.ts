import { CleanRule } from '../types';

/** HTML comments: the CMS's section markers (`<!-- 正文下iframe -->`, `<!-- 总声明-->`, …). */
export const comments: CleanRule = {
  id: 'comments',
  label: ['comment', 'comments'],
  description: 'HTML comments',
  apply(ctx) {
    const found: Parameters<typeof ctx.remove>[0][] = [];
    ctx.walk((node) => {
      if (node.type === 'comment') found.push(node);
    });
    for (const node of found) ctx.remove(node);
  },
};
