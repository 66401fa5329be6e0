import { defineRule } from './types';
import type { TextEdit } from '../problem';

const OPENERS = /\{[{%#]/g;
const CLOSERS: Record<string, string> = { '{': '}}', '%': '%}', '#': '#}' };
const ESCAPED: Record<string, string> = { '{': '&#123;', '}': '&#125;' };

function escapeBraces(text: string, start: number, end: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '{' || c === '}') edits.push({ start: i, end: i + 1, newText: ESCAPED[c] });
  }
  return edits;
}

/**
 * A raw `{{`, `{%` or `{#` in the body: Hexo renders the post through Nunjucks, which reads it
 * as a tag and stops `hexo generate`. The archive writes every brace as `&#123;`/`&#125;`; the
 * fix does the same for the opener and its closer.
 */
export const nunjucksRaw = defineRule({
  id: 'nunjucks-raw',
  severity: 'error',
  fixable: true,
  description: 'a raw `{{`, `{%` or `{#` in the body breaks `hexo generate`',
  scope: 'body',
  messages: {
    raw: '"{opener}" in the body: Hexo\'s Nunjucks renderer reads it as a template tag and "hexo generate" fails. Escape the braces as &#123; and &#125;, as the rest of the archive does.',
    escape: 'Escape the braces as &#123; / &#125;',
  },
  check(article, report) {
    const text = article.text;
    const bodyStart = article.bodyStart;
    if (text.indexOf('{', bodyStart) < 0) return;
    OPENERS.lastIndex = bodyStart;
    for (let m = OPENERS.exec(text); m; m = OPENERS.exec(text)) {
      const start = m.index;
      const closer = CLOSERS[m[0][1]];
      // The tag's own closer on the same stretch of text; a stray opener is escaped alone.
      const nextOpen = text.indexOf('{', start + 2);
      const close = text.indexOf(closer, start + 2);
      const limit = Math.min(start + 2000, text.length);
      const hasCloser = close >= 0 && close < limit && (nextOpen < 0 || close < nextOpen || m[0] === '{{');
      const end = hasCloser ? close + 2 : start + 2;
      const edits = hasCloser ? [...escapeBraces(text, start, start + 2), ...escapeBraces(text, close, close + 2)] : escapeBraces(text, start, start + 2);
      report({
        start,
        end,
        messageId: 'raw',
        args: { opener: m[0] },
        fix: { messageId: 'escape', edits },
      });
      OPENERS.lastIndex = end;
    }
    OPENERS.lastIndex = 0;
  },
});
