import { entryFor, hexoReads, isDuplicated, singleQuoted } from './support';
import { fixHolds } from './readBack';
import { defineRule } from './types';
import type { Article } from '../article/article';
import type { Fix, TextEdit } from '../problem';

const SPACE = /\s/;

/**
 * How many whitespace characters (U+3000 included) start and end `s`, by a walk from each end:
 * a regex for "whitespace at the end" retries at every blank of a long run inside the title.
 */
function edges(s: string): { lead: number; trail: number } {
  let lead = 0;
  while (lead < s.length && SPACE.test(s[lead])) lead++;
  let trail = 0;
  while (trail < s.length - lead && SPACE.test(s[s.length - 1 - trail])) trail++;
  return { lead, trail };
}

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
  const edge = edges(title);
  const trimmed = title.slice(edge.lead, title.length - edge.trail);
  const intent = { fields: { title: { reads: trimmed } } };
  const written = article.text.slice(start, end);
  const quoted = /^['"]/.test(written) && written.length >= 2;
  const inner = quoted ? written.slice(1, -1) : written;
  const innerStart = quoted ? start + 1 : start;
  const lead = title.slice(0, edge.lead);
  const trail = title.slice(title.length - edge.trail);
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
    if (typeof title !== 'string' || !entry?.valueSpan || title.trim() === '') return;
    const { lead, trail } = edges(title);
    if (!lead && !trail) return;
    const { start, end } = entry.valueSpan;
    report({
      start,
      end,
      messageId: lead && trail ? 'both' : lead ? 'leading' : 'trailing',
      fix: trimFix(article, start, end, title),
    });
  },
});
