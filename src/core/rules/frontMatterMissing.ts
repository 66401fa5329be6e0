import { readHexoYaml } from '../article/hexoData';
import { kindOf } from '../article/sniff';
import { lineAt } from './support';
import { defineRule } from './types';
import type { Fix } from '../problem';
import type { Article } from '../article/article';

/** Where fenceless front matter ends: the first blank line or markup line after the keys. */
function fencelessEnd(text: string, from: number): number {
  let pos = from;
  while (pos < text.length) {
    const line = lineAt(text, pos);
    const content = text.slice(line.start, line.end);
    if (content.trim() === '' || content.startsWith('<')) return line.start;
    pos = line.next;
  }
  return text.length;
}

function addFences(article: Article, keysStart: number): Fix<'addFences'> | undefined {
  const text = article.text;
  const end = fencelessEnd(text, keysStart);
  if (end >= text.length) return undefined;
  // Only when the lines in between really are the post's metadata, with a title.
  const data = readHexoYaml(text.slice(keysStart, end)).data;
  if (!data || typeof data.title !== 'string' && typeof data.title !== 'number') return undefined;
  const fence = '---' + article.eol;
  return {
    messageId: 'addFences',
    edits: [
      { start: keysStart, end: keysStart, newText: fence },
      { start: end, end, newText: fence },
    ],
    intent: { readsFrontMatter: true },
  };
}

export const frontMatterMissing = defineRule({
  id: 'front-matter-missing',
  severity: 'error',
  fixable: true,
  description: 'the front-matter keys have no `---` fences',
  scope: 'file',
  messages: {
    noFences: 'The front matter has no "---" fences: Hexo renders these lines as text and the post has no title, date or categories. Put a "---" line before and after them.',
    noOpening: 'The front matter has no opening "---". Hexo reads it up to the closing "---", but gray-matter, markdownlint and most editors see no metadata in this file. Put a "---" line before it.',
    noOpeningFails: 'The front matter has no opening "---": Hexo reads everything up to the next "---" line as front matter, cannot read it, and the post fails to build. Put a "---" line before and after the fields.',
    addFences: 'Add the missing "---" fences around the front matter',
    addOpening: 'Add the missing opening "---"',
  },
  check(article, report) {
    const fm = article.frontMatter;
    if (fm && !fm.fenced) {
      // Keys closed by `---` alone: Hexo reads them (an old form); other tools see none.
      const first = lineAt(article.text, fm.contentStart);
      if (article.hexo.data !== undefined) {
        const edits = [{ start: fm.contentStart, end: fm.contentStart, newText: '---' + article.eol }];
        report({ start: first.start, end: first.end, messageId: 'noOpening', severity: 'info', fix: { messageId: 'addOpening', edits, intent: { readsFrontMatter: true } } });
      } else {
        report({ start: first.start, end: first.end, messageId: 'noOpeningFails', fix: addFences(article, fm.contentStart) });
      }
      return;
    }
    if (fm) return;
    const text = article.text;
    // A file with no front matter at all is not an article; only keys that lost their fences are.
    if (kindOf(text, undefined) !== 'fenceless') return;
    let pos = article.bom ? 1 : 0;
    while (pos < text.length) {
      const line = lineAt(text, pos);
      if (text.slice(line.start, line.end).trim() !== '') break;
      pos = line.next;
    }
    const first = lineAt(text, pos);
    report({
      start: first.start,
      end: first.end,
      messageId: 'noFences',
      fix: addFences(article, first.start),
    });
  },
});
