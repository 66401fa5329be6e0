import { defineRule } from './types';

export const frontMatterUnclosed = defineRule({
  id: 'front-matter-unclosed',
  severity: 'error',
  fixable: true,
  description: 'the front matter has no closing `---`',
  scope: 'frontMatter',
  messages: {
    unclosed: 'This "---" is never closed: Hexo then finds no front matter and prints these fields as text at the top of the post. Add a "---" line after the last field.',
    close: 'Close the front matter after the last field',
  },
  check(article, report) {
    const fm = article.frontMatter;
    if (!fm || fm.closed || !fm.fenced) return;
    const text = article.text;
    const openEnd = fm.fenceEnd;
    // The block's end is a guess (the first markup after the keys); with no body to stop at, no fix.
    const fixable = fm.contentEnd < text.length && fm.contentEnd > fm.contentStart;
    report({
      start: fm.fenceStart,
      end: openEnd,
      messageId: 'unclosed',
      fix: fixable
        ? { messageId: 'close', edits: [{ start: fm.contentEnd, end: fm.contentEnd, newText: '---' + article.eol }], intent: { readsFrontMatter: true, body: true } }
        : undefined,
    });
  },
});
