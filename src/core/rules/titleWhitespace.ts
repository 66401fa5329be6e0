import { entryFor, hexoReads, isDuplicated, singleQuoted } from './support';
import { fixHolds } from './readBack';
import { defineRule } from './types';
import type { Article } from '../article/article';
import type { Fix, TextEdit } from '../problem';

const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/g;

type Id = 'leading' | 'trailing' | 'both' | 'trim';

/** The trimmed title as a YAML scalar that reads as itself: single-quoted, or JSON's double quotes for control characters. */
function quotedScalar(value: string): string {
  return /[\u0000-\u001f\u007f]/.test(value) ? JSON.stringify(value) : singleQuoted(value);
}

/**
 * The fewest edits (delete the edge whitespace inside the value as written) when they read back
 * as the trimmed title; otherwise the trimmed title written anew as a quoted scalar: trimming
 * `　#1 热点新闻` alone would leave a comment, `　null` a null title.
 */
function trimFix(article: Article, start: number, end: number, title: string): Fix<Id> {
  const trimmed = title.replace(EDGE_SPACE, '');
  const intent = { fields: { title: { reads: trimmed } } };
  const written = article.text.slice(start, end);
  const quoted = /^['"]/.test(written) && written.length >= 2;
  const inner = quoted ? written.slice(1, -1) : written;
  const innerStart = quoted ? start + 1 : start;
  const lead = /^[\s\u3000]*/.exec(title)?.[0] ?? '';
  const trail = /[\s\u3000]*$/.exec(title)?.[0] ?? '';
  // Escapes or folded lines make written and read text differ: then only the rewrite can do.
  if (!inner.includes('\n') && inner.startsWith(lead) && inner.endsWith(trail) && !(written.startsWith('"') && inner.includes('\\'))) {
    const edits: TextEdit[] = [];
    if (lead) edits.push({ start: innerStart, end: innerStart + lead.length, newText: '' });
    if (trail) edits.push({ start: innerStart + inner.length - trail.length, end: innerStart + inner.length, newText: '' });
    const minimal: Fix<Id> = { messageId: 'trim', edits, intent };
    if (fixHolds(article, minimal)) return minimal;
  }
  return { messageId: 'trim', edits: [{ start, end, newText: quotedScalar(trimmed) }], intent };
}

/**
 * Leading or trailing whitespace (including the ideographic space U+3000) in the title. The fix
 * deletes exactly those characters when that reads back as the trimmed title, and otherwise
 * writes the trimmed title quoted.
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
    const lead = /^[\s\u3000]/.test(title);
    const trail = /[\s\u3000]$/.test(title);
    report({
      start,
      end,
      messageId: lead && trail ? 'both' : lead ? 'leading' : 'trailing',
      fix: trimFix(article, start, end, title),
    });
  },
});
