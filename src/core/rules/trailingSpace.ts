import { frontMatterView } from './entries';
import { defineRule } from './types';

/**
 * Spaces or tabs at the end of a front-matter line, like the generator's `categories: `. A hint:
 * harmless to Hexo, noise in diffs. Lines inside a block scalar (`|`, `>`) keep them: there they
 * are text.
 */
export const trailingSpace = defineRule({
  id: 'trailing-space',
  severity: 'hint',
  fixable: true,
  description: 'a front-matter line ends with spaces',
  scope: 'frontMatter',
  messages: {
    space: 'Trailing space at the end of the line.',
    spaces: 'Trailing spaces at the end of the line.',
    whitespace: 'Trailing whitespace at the end of the line.',
    delete: 'Delete the trailing whitespace',
  },
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
        messageId: m[0].includes('\t') ? 'whitespace' : m[0].length === 1 ? 'space' : 'spaces',
        fix: { messageId: 'delete', edits: [{ start, end, newText: '' }] },
      });
    }
  },
});
