import { parseArticle } from '../article/article';
import type { Article } from '../article/article';
import { isSpace } from '../article/frontMatterBlock';
import type { FrontMatterBlock, UnreadReason } from '../article/frontMatterBlock';
import { unreadReason } from '../article/hexoReading';
import { lineAt } from '../article/hexoSplit';
import { applyEdits } from '../edits';
import type { TextEdit } from '../problem';
import { defineRule } from './types';

const LOSS = 'The post loses its title, date and categories.';

/**
 * The edits that put the opening fence alone on the first line (after a BOM, which Hexo drops):
 * what comes before it goes, indentation and blanks after it go, and its run becomes `---`.
 * Undefined when that would delete text, or when Hexo would still not read the block.
 */
function fenceFix(article: Article, fm: FrontMatterBlock): TextEdit[] | undefined {
  const text = article.text;
  const start = article.bom ? 1 : 0;
  const lineEnd = lineAt(text, fm.fenceStart).end;
  for (let i = fm.fenceEnd; i < lineEnd; i++) if (!isSpace(text.charCodeAt(i))) return undefined;
  const edits: TextEdit[] = [];
  if (fm.fenceStart > start) edits.push({ start, end: fm.fenceStart, newText: '' });
  if (fm.fenceEnd - fm.fenceStart !== 3) edits.push({ start: fm.fenceStart, end: fm.fenceEnd, newText: '---' });
  if (lineEnd > fm.fenceEnd) edits.push({ start: fm.fenceEnd, end: lineEnd, newText: '' });
  return readByHexo(text, edits) ? edits : undefined;
}

/** Whether Hexo reads the front matter of the text once the edits are made (checked, never assumed). */
function readByHexo(text: string, edits: TextEdit[]): boolean {
  const after = parseArticle(applyEdits(text, edits).text);
  const fm = after.frontMatter;
  return fm !== undefined && unreadReason(fm, after.hexo) === undefined && after.hexo.data !== undefined;
}

/** Every fix here makes Hexo read the block. */
const READS = { readsFrontMatter: true } as const;

const FENCE_REASONS = new Set<UnreadReason>(['leadingLines', 'indentedFence', 'fenceText', 'fenceLength']);

/**
 * Front matter that a person sees and Hexo does not read: blank lines or characters around the
 * opening fence, an indented fence, a `...` closer, nothing between the fences. The file stays an
 * article (so its other problems show), and this says what Hexo will do with it. A fence that only
 * needs moving or trimming is fixed; the fix is checked to make Hexo read the block.
 * An unclosed block is front-matter-unclosed's, broken YAML yaml-syntax's.
 */
export const frontMatterUnread = defineRule({
  id: 'front-matter-unread',
  severity: 'error',
  fixable: true,
  description: 'Hexo reads no front matter from the block (blank lines or characters around the fence, an indented fence, a `...` closer)',
  scope: 'frontMatter',
  messages: {
    blankLines: `Hexo reads no front matter from this file: the opening "---" comes after {count} blank lines, and Hexo allows one empty line at most. ${LOSS} Delete the lines before "---".`,
    blanks: `Hexo reads no front matter from this file: the line before the opening "---" holds spaces or other blank characters, and Hexo allows only an empty line there. ${LOSS} Delete what comes before "---".`,
    indentedFence: `Hexo cannot read this front matter: the opening "---" is indented. ${LOSS} Remove the spaces before "---".`,
    fenceText: `Hexo cannot read this front matter: "{text}" follows the opening "---". ${LOSS} Leave "---" alone on its line.`,
    fenceLength: `Hexo cannot read this front matter: after a blank line the opening fence must be exactly "---", not "{fence}". ${LOSS} Write "---".`,
    dotsCloser: `Hexo reads no front matter from this file: it takes "..." for text, not for the closing fence. ${LOSS} Write "---" instead.`,
    empty: 'Hexo reads no front matter from this file: there is nothing between the fences, so Hexo shows them as text. Add the fields, or delete both fences.',
    fixFence: 'Put the opening "---" alone on the first line',
    fixDots: 'Replace "..." with "---"',
  },
  check(article, report) {
    const fm = article.frontMatter;
    if (!fm || !fm.fenced) return;
    const reason = unreadReason(fm, article.hexo);
    if (reason === undefined || reason === 'unclosed') return;
    const text = article.text;
    const at = { start: fm.fenceStart, end: fm.fenceEnd };
    if (FENCE_REASONS.has(reason)) {
      const edits = fenceFix(article, fm);
      const fix = edits ? { messageId: 'fixFence' as const, edits, intent: READS } : undefined;
      if (reason === 'leadingLines') {
        const before = text.slice(article.bom ? 1 : 0, fm.openStart);
        const count = (before.match(/\n/g) ?? []).length;
        const blanks = /[^\r\n]/.test(before);
        report({ ...at, messageId: blanks ? 'blanks' : 'blankLines', args: { count }, fix, data: { reason } });
      } else if (reason === 'fenceText') {
        const lineEnd = lineAt(text, fm.fenceStart).end;
        const trail = text.slice(fm.fenceEnd, lineEnd);
        // Blanks are shown by their code points: NBSP and U+3000 look like spaces.
        const shown = trail.replace(/[^\x21-\x7e]/gu, (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`);
        report({ start: fm.fenceEnd, end: lineEnd, messageId: 'fenceText', args: { text: shown }, fix, data: { reason } });
      } else if (reason === 'indentedFence') {
        report({ start: fm.openStart, end: fm.fenceEnd, messageId: 'indentedFence', fix, data: { reason } });
      } else {
        report({ ...at, messageId: 'fenceLength', args: { fence: text.slice(fm.fenceStart, fm.fenceEnd) }, fix, data: { reason } });
      }
      return;
    }
    if (reason === 'dotsCloser' && fm.closeStart !== undefined) {
      const edits = [{ start: fm.closeStart, end: fm.closeStart + 3, newText: '---' }];
      report({
        start: fm.closeStart,
        end: fm.closeStart + 3,
        messageId: 'dotsCloser',
        fix: readByHexo(text, edits) ? { messageId: 'fixDots', edits, intent: READS } : undefined,
        data: { reason },
      });
      return;
    }
    if (reason === 'empty') report({ ...at, messageId: 'empty', data: { reason } });
  },
});
