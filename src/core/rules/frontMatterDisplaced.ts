import { unreadReason } from '../article/hexoReading';
import { lineAt } from '../article/hexoSplit';
import { defineRule } from './types';

const TAIL = 'Hexo reads it, but gray-matter, markdownlint and most editors see no metadata in this file. Delete what comes before the opening "---" (Fix All in Archive does it for every post at once).';

/**
 * Spaces after the opening `---`, which js-yaml takes after an empty line but Hexo refuses on the
 * first: the fix that deletes the empty line deletes them too, or the post would lose its fields.
 */
function fenceTail(text: string, fenceEnd: number): { start: number; end: number; newText: string }[] {
  const end = lineAt(text, fenceEnd).end;
  return end > fenceEnd ? [{ start: fenceEnd, end, newText: '' }] : [];
}

/**
 * Blank lines, whitespace or a BOM before the opening `---`. Hexo reads such a file (its
 * splitter treats the fence as a YAML document marker), but gray-matter, markdownlint and most
 * editors then see no metadata. Every post of the real archive starts with a blank line, so this
 * is 'info' with one message per file and one fix for all: a wall of 50,000 warnings helps nobody.
 */
export const frontMatterDisplaced = defineRule({
  id: 'front-matter-displaced',
  severity: 'info',
  fixable: true,
  description: 'something (blank lines, spaces, a BOM) comes before the opening `---`',
  scope: 'frontMatter',
  options: {
    allowBom: { type: 'boolean', default: false, description: 'Keep a byte-order mark before the opening `---` (only blank lines are reported).' },
  },
  messages: {
    blankLine: `The front matter starts after 1 blank line. ${TAIL}`,
    blankLines: `The front matter starts after {count} blank lines. ${TAIL}`,
    whitespace: `The front matter starts after whitespace. ${TAIL}`,
    bom: `The front matter starts after a byte-order mark. ${TAIL}`,
    bomAndBlank: `The front matter starts after a byte-order mark and blank space. ${TAIL}`,
    deleteBefore: 'Delete what comes before "---"',
  },
  check(article, report, context) {
    const fm = article.frontMatter;
    // Only where Hexo reads the block: otherwise front-matter-unread says what Hexo does.
    if (!fm || !fm.fenced || fm.openStart === 0 || unreadReason(fm, article.hexo) !== undefined) return;
    // A BOM alone is tolerated when the archive's policy keeps BOMs.
    const keepBom = context.options.allowBom === true && article.bom;
    const start = keepBom ? 1 : 0;
    if (fm.openStart <= start) return;
    const before = article.text.slice(start, fm.openStart);
    const lines = (before.match(/\n/g) ?? []).length;
    const bom = !keepBom && article.bom;
    const blank = before.replace(/^\uFEFF/, '') !== '';
    report({
      start,
      end: fm.openStart,
      messageId: bom ? (blank ? 'bomAndBlank' : 'bom') : lines === 1 ? 'blankLine' : lines > 1 ? 'blankLines' : 'whitespace',
      args: { count: lines },
      fix: { messageId: 'deleteBefore', edits: [{ start, end: fm.openStart, newText: '' }, ...fenceTail(article.text, fm.fenceEnd)] },
      data: { blankLines: lines, bom: article.bom },
    });
  },
});
