import type { Rule } from './types';

/**
 * Blank lines, whitespace or a BOM before the opening `---`. Hexo reads such a file (its
 * splitter treats the fence as a YAML document marker), but gray-matter, markdownlint and most
 * editors then see no metadata. Every post of the real archive starts with a blank line, so this
 * is 'info' with one message per file and one fix for all: a wall of 50,000 warnings helps nobody.
 */
export const frontMatterDisplaced: Rule = {
  id: 'front-matter-displaced',
  severity: 'info',
  fixable: true,
  description: 'something (blank lines, spaces, a BOM) comes before the opening `---`',
  scope: 'frontMatter',
  options: {
    allowBom: { type: 'boolean', default: false, description: 'Keep a byte-order mark before the opening `---` (only blank lines are reported).' },
  },
  check(article, report, context) {
    const fm = article.frontMatter;
    if (!fm || fm.openStart === 0) return;
    // A BOM alone is tolerated when the archive's policy keeps BOMs.
    const keepBom = context.options.allowBom === true && article.bom;
    const start = keepBom ? 1 : 0;
    if (fm.openStart <= start) return;
    const before = article.text.slice(start, fm.openStart);
    const lines = (before.match(/\n/g) ?? []).length;
    const what = [
      !keepBom && article.bom ? 'a byte-order mark' : '',
      lines ? `${lines} blank line${lines === 1 ? '' : 's'}` : before.replace(/^\uFEFF/, '') ? 'whitespace' : '',
    ].filter(Boolean).join(' and ');
    report({
      start,
      end: fm.openStart,
      message: `The front matter starts after ${what}. Hexo reads it, but gray-matter, markdownlint and most editors see no metadata in this file. Delete what comes before the opening "---" (Fix All in Archive does it for every post at once).`,
      fix: { title: `Delete the ${what} before "---"`, edits: [{ start, end: fm.openStart, newText: '' }] },
      data: { blankLines: lines, bom: article.bom },
    });
  },
};
