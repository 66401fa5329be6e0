import { defineRule } from './types';
import type { TextEdit } from '../problem';

const OPENERS = /\{[{%#]/g;
/** Nunjucks's raw blocks (`raw`, `verbatim`, with whitespace control), which nest. */
const RAW_TAG = /\{%-?[ \t\r\n]*(end)?(raw|verbatim)[ \t\r\n]*-?%\}/g;

/**
 * The closed raw blocks of the body, each `[start, end)` from its `{% raw %}` through its
 * `{% endraw %}`: one pass over the tags, counting nesting. Nunjucks prints what is inside as
 * written; a block never closed is no block (its opener breaks the build).
 */
function rawBlocks(text: string, from: number): Map<number, number> {
  const blocks = new Map<number, number>();
  if (text.indexOf('raw', from) < 0 && text.indexOf('verbatim', from) < 0) return blocks;
  const opens: number[] = [];
  RAW_TAG.lastIndex = from;
  for (let m = RAW_TAG.exec(text); m; m = RAW_TAG.exec(text)) {
    if (!m[1]) opens.push(m.index);
    else if (opens.length) blocks.set(opens.pop() as number, m.index + m[0].length);
  }
  RAW_TAG.lastIndex = 0;
  return blocks;
}

/** The next occurrence of `what` at or after `from`, remembered: openers come in order, so the searches add up to one pass. */
class NextIndex {
  private at = -2;
  constructor(private readonly text: string, private readonly what: string) {}
  from(from: number): number {
    if (this.at === -1 || (this.at >= from && this.at !== -2)) return this.at;
    this.at = this.text.indexOf(this.what, from);
    return this.at;
  }
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
    const raw = rawBlocks(text, bodyStart);
    const next: Record<string, NextIndex> = { '{': new NextIndex(text, '{'), '}}': new NextIndex(text, '}}'), '%}': new NextIndex(text, '%}'), '#}': new NextIndex(text, '#}') };
    OPENERS.lastIndex = bodyStart;
    for (let m = OPENERS.exec(text); m; m = OPENERS.exec(text)) {
      const start = m.index;
      // A valid raw block already shows its braces as written: escaping them would change the page.
      const rawEnd = m[0] === '{%' ? raw.get(start) : undefined;
      if (rawEnd !== undefined) {
        OPENERS.lastIndex = rawEnd;
        continue;
      }
      const closer = CLOSERS[m[0][1]];
      // The tag's own closer on the same stretch of text; a stray opener is escaped alone.
      const nextOpen = next['{'].from(start + 2);
      const close = next[closer].from(start + 2);
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
