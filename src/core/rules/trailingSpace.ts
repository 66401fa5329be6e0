import { isScalar, visit } from 'yaml';
import { frontMatterDocument } from '../yamlDocument';
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
    const blocks: [number, number][] = [];
    if (/[|>]/.test(article.yaml)) {
      visit(frontMatterDocument(article).doc, {
        Scalar(_key, node) {
          if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && node.range) {
            blocks.push([fm.contentStart + node.range[0], fm.contentStart + node.range[2]]);
          }
        },
      });
    }
    const re = /[ \t]+(?=\r?\n|$)/g;
    const region = text.slice(fm.openStart, fm.closeStart !== undefined ? fm.end : fm.contentEnd);
    for (let m = re.exec(region); m; m = re.exec(region)) {
      const start = fm.openStart + m.index;
      const end = start + m[0].length;
      if (blocks.some(([s, e]) => start >= s && start < e)) continue;
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
