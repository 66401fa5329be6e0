import type { Rule } from './types';

export const frontMatterUnclosed: Rule = {
  id: 'front-matter-unclosed',
  severity: 'error',
  fixable: true,
  description: 'the front matter has no closing `---`',
  scope: 'frontMatter',
  check(article, report) {
    const fm = article.frontMatter;
    if (!fm || fm.closed) return;
    const text = article.text;
    const openEnd = fm.openStart + 3;
    // The block's end is a guess (the first markup after the keys); with no body to stop at, no fix.
    const fixable = fm.contentEnd < text.length && fm.contentEnd > fm.contentStart;
    report({
      start: fm.openStart,
      end: openEnd,
      message: 'This "---" is never closed: Hexo then finds no front matter and prints these fields as text at the top of the post. Add a "---" line after the last field.',
      fix: fixable
        ? { title: 'Close the front matter after the last field', edits: [{ start: fm.contentEnd, end: fm.contentEnd, newText: '---' + article.eol }] }
        : undefined,
    });
  },
};
