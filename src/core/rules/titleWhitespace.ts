import { entryFor, hexoReads, isDuplicated } from './support';
import { defineRule } from './types';
import type { TextEdit } from '../problem';

const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/g;

/**
 * Leading or trailing whitespace (including the ideographic space U+3000) in the title. The fix
 * deletes exactly those characters inside the quotes, when the written text starts and ends with
 * them (no escapes or folded lines in the way).
 */
export const titleWhitespace = defineRule({
  id: 'title-whitespace',
  severity: 'warning',
  fixable: true,
  description: 'the title starts or ends with whitespace',
  scope: 'frontMatter',
  messages: {
    leading: 'The title starts with whitespace: lists and file names built from it get stray spaces.',
    trailing: 'The title ends with whitespace: lists and file names built from it get stray spaces.',
    both: 'The title starts and ends with whitespace: lists and file names built from it get stray spaces.',
    trim: 'Trim the title',
  },
  check(article, report) {
    if (!hexoReads(article) || isDuplicated(article, 'title')) return;
    const title = article.hexo.data?.title;
    const entry = entryFor(article, 'title');
    if (typeof title !== 'string' || !entry?.valueSpan || title.trim() === '' || title.replace(EDGE_SPACE, '') === title) return;
    const { start, end } = entry.valueSpan;
    const written = article.text.slice(start, end);
    const quoted = /^['"]/.test(written) && written.length >= 2;
    const inner = quoted ? written.slice(1, -1) : written;
    const innerStart = quoted ? start + 1 : start;
    const lead = /^[\s\u3000]*/.exec(title)?.[0] ?? '';
    const trail = /[\s\u3000]*$/.exec(title)?.[0] ?? '';
    const edits: TextEdit[] = [];
    // Escapes or folded lines make written and read text differ: then no fix.
    const safe = !inner.includes('\n') && inner.startsWith(lead) && inner.endsWith(trail) && !(written.startsWith('"') && inner.includes('\\'));
    if (lead) edits.push({ start: innerStart, end: innerStart + lead.length, newText: '' });
    if (trail) edits.push({ start: innerStart + inner.length - trail.length, end: innerStart + inner.length, newText: '' });
    report({
      start,
      end,
      messageId: lead && trail ? 'both' : lead ? 'leading' : 'trailing',
      fix: safe ? { messageId: 'trim', edits } : undefined,
    });
  },
});
