import { frontMatterView } from './entries';
import type { Rule } from './types';

/**
 * Spaces or tabs at the end of a front-matter line, like the generator's `categories: `. A hint:
 * harmless to Hexo, noise in diffs. Lines inside a block scalar (`|`, `>`) keep them: there they
 * are text.
 */
export const trailingSpace: Rule = {
  id: 'trailing-space',
  severity: 'hint',
  fixable: true,
  description: 'a front-matter line ends with spaces',
  scope: 'frontMatter',
  check(article, report) {
    const fm = article.frontMatter;
    if (!fm) return;
    const text = article.text;
    const blocks = frontMatterView(article).blockScalars;
    const re = /[ \t]+(?=\r?\n|$)/g;
    const region = text.slice(fm.openStart, fm.closeStart !== undefined ? fm.end : fm.contentEnd);
    for (let m = re.exec(region); m; m = re.exec(region)) {
      const start = fm.openStart + m.index;
      const end = start + m[0].length;
      if (blocks.some((b) => start >= b.start && start < b.end)) continue;
      // A whitespace-only line is a blank line; its spaces are trailing too.
      report({
        start,
        end,
        message: `Trailing ${m[0].includes('\t') ? 'whitespace' : m[0].length === 1 ? 'space' : 'spaces'} at the end of the line.`,
        fix: { title: 'Delete the trailing whitespace', edits: [{ start, end, newText: '' }] },
      });
    }
  },
};
