import { entryEnd, frontMatterView } from './entries';
import { clip, deleteLines } from './support';
import { defineRule } from './types';

/**
 * A key given twice. Hexo's js-yaml rejects the whole front matter for it. Deleting the second
 * entry loses nothing only when it repeats the first exactly; otherwise the user must choose.
 */
export const duplicateKey = defineRule({
  id: 'duplicate-key',
  severity: 'error',
  fixable: true,
  description: 'a front-matter key appears more than once',
  scope: 'frontMatter',
  messages: {
    sameValue: '"{key}" is already set on line {line} to the same value. Hexo\'s YAML reader rejects the whole front matter for a repeated key: the post loses its title, date and categories.',
    otherValue: '"{key}" is already set on line {line} (to "{first}"). Hexo\'s YAML reader rejects the whole front matter for a repeated key: the post loses its title, date and categories. Keep one of the two.',
    deleteRepeated: 'Delete the repeated "{key}"',
  },
  check(article, report) {
    if (!article.frontMatter) return;
    const text = article.text;
    const seen = new Map<string, { start: number; value: string }>();
    for (const entry of frontMatterView(article).entries) {
      const value = text.slice(entry.keySpan.end, entryEnd(entry));
      const first = seen.get(entry.key);
      if (!first) {
        seen.set(entry.key, { start: entry.keySpan.start, value });
        continue;
      }
      const same = first.value === value;
      // Counting lines only here: building the line index of a 200 KB post for every key is not free.
      const line = article.lines.positionAt(first.start).line + 1;
      report({
        start: entry.keySpan.start,
        end: entry.keySpan.end,
        messageId: same ? 'sameValue' : 'otherValue',
        args: same ? { key: entry.key, line } : { key: entry.key, line, first: clip(first.value.replace(/^:\s*/, '')) },
        fix: same ? { messageId: 'deleteRepeated', args: { key: entry.key }, edits: [deleteLines(text, entry.keySpan.start, entryEnd(entry))], intent: { readsFrontMatter: true } } : undefined,
        data: { key: entry.key },
      });
    }
  },
});
