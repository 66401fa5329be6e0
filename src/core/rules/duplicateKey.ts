import { entryEnd, frontMatterView } from './entries';
import { clip, deleteLines } from './support';
import type { Rule } from './types';

/**
 * A key given twice. Hexo's js-yaml rejects the whole front matter for it. Deleting the second
 * entry loses nothing only when it repeats the first exactly; otherwise the user must choose.
 */
export const duplicateKey: Rule = {
  id: 'duplicate-key',
  severity: 'error',
  fixable: true,
  description: 'a front-matter key appears more than once',
  scope: 'frontMatter',
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
      const firstLine = article.lines.positionAt(first.start).line;
      report({
        start: entry.keySpan.start,
        end: entry.keySpan.end,
        message: `"${entry.key}" is already set on line ${firstLine + 1}${same ? ' to the same value' : ` (to ${JSON.stringify(clip(first.value.replace(/^:\s*/, '')))})`}. Hexo's YAML reader rejects the whole front matter for a repeated key: the post loses its title, date and categories.${same ? '' : ' Keep one of the two.'}`,
        fix: same ? { title: `Delete the repeated "${entry.key}"`, edits: [deleteLines(text, entry.keySpan.start, entryEnd(entry))] } : undefined,
        data: { key: entry.key },
      });
    }
  },
};
