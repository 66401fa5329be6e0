import { defineRule } from './types';
import type { TextEdit } from '../problem';

const OPENERS = /\{[{%#]/g;
/** Nunjucks's raw blocks (`raw`, `verbatim`, with whitespace control), which nest. */
const RAW_TAG = /\{%-?[ \t\r\n]*(end)?(raw|verbatim)[ \t\r\n]*-?%\}/g;

/**
 * Where the raw block opened at `start` ends (after its `{% endraw %}`), or undefined when
 * `start` opens none or it is never closed. Nunjucks prints what is inside as written.
 */
function rawBlockEnd(text: string, start: number): number | undefined {
  RAW_TAG.lastIndex = start;
  const open = RAW_TAG.exec(text);
  if (!open || open.index !== start || open[1]) return undefined;
  let depth = 1;
  for (let m = RAW_TAG.exec(text); m; m = RAW_TAG.exec(text)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return undefined;
}
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
 * fix does the same for the opener and its closer. A closed `{% raw %}…{% endraw %}` block is
 * valid Nunjucks and stays as written.
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
      // A valid raw block already shows its braces as written: escaping them would change the page.
      const rawEnd = m[0] === '{%' ? rawBlockEnd(text, start) : undefined;
      if (rawEnd !== undefined) {
        OPENERS.lastIndex = rawEnd;
        continue;
      }
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
        fix: { messageId: 'escape', edits, intent: { body: true } },
      });
      OPENERS.lastIndex = end;
    }
    OPENERS.lastIndex = 0;
  },
});
