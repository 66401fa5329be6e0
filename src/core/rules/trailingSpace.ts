import { frontMatterView } from './entries';
import { fixHolds } from './readBack';
import { defineRule } from './types';

/**
 * Spaces or tabs at the end of a front-matter line, like the generator's `categories: `. A hint:
 * harmless to Hexo, noise in diffs. Lines inside a block scalar (`|`, `>`) keep them: there they
 * are text.
 */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

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
    const from = fm.openStart;
    const to = fm.closeStart !== undefined ? fm.end : fm.contentEnd;
    // One scan, backwards from each line's end: a regex for "blanks before a line break"
    // retries at every blank of a long run (300,000 spaces took minutes).
    for (let lineStart = from; lineStart < to; ) {
      const nl = text.indexOf('\n', lineStart);
      const next = nl < 0 || nl >= to ? to : nl + 1;
      let end = nl < 0 || nl >= to ? to : nl;
      if (end > lineStart && text.charCodeAt(end - 1) === 13 && end === nl) end--;
      let start = end;
      while (start > lineStart && isBlank(text.charCodeAt(start - 1))) start--;
      // A blank right after a backslash is an escaped one inside a double-quoted value: text.
      if (start < end && start > lineStart && text.charCodeAt(start - 1) === 92) start++;
      lineStart = next;
      if (start >= end || blocks.some((b) => start >= b.start && start < b.end)) continue;
      // A whitespace-only line is a blank line; its spaces are trailing too.
      const run = text.slice(start, end);
      const fix = { messageId: 'delete' as const, edits: [{ start, end, newText: '' }] };
      // Blanks that Hexo reads as part of a value (js-yaml keeps those after an escape in a
      // double-quoted value) are text, not trailing space.
      if (!fixHolds(article, fix)) continue;
      report({ start, end, messageId: run.includes('\t') ? 'whitespace' : run.length === 1 ? 'space' : 'spaces', fix });
    }
  },
});
