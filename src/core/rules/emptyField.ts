import { frontMatterView } from './entries';
import { deleteLines, hexoReads, lineAt } from './support';
import type { Rule } from './types';

/**
 * `key:` with nothing after it (YAML null), or an empty string for a required field. An empty
 * optional field can go: deleting `thumbnail:` loses nothing. A required one needs a value
 * only the user knows.
 */
export const emptyField: Rule = {
  id: 'empty-field',
  severity: 'warning',
  fixable: true,
  description: 'a key has no value',
  scope: 'frontMatter',
  check(article, report, context) {
    // What Hexo reads decides; broken YAML is yaml-syntax's to report.
    if (!hexoReads(article)) return;
    const data = article.hexo.data ?? {};
    const text = article.text;
    for (const entry of frontMatterView(article).entries) {
      const required = context.config.fields.get(entry.key)?.required === true;
      const isNull = !entry.valueSpan && !entry.items && data[entry.key] === null;
      const isEmptyString = !isNull && entry.valueSpan !== undefined && data[entry.key] === '';
      if (!isNull && !(required && isEmptyString)) continue;
      const line = lineAt(text, entry.keySpan.start);
      const end = isNull ? Math.max(entry.keySpan.end, text.slice(line.start, line.end).trimEnd().length + line.start) : entry.valueSpan?.end ?? entry.keySpan.end;
      const consequence = entry.key === 'date'
        ? " Hexo falls back to the file's creation time."
        : entry.key === 'title' ? ' Hexo lists the post with an empty title.' : '';
      report({
        start: entry.keySpan.start,
        end,
        message: `"${entry.key}" has no value.${consequence}${required ? ` Fill it in: the archive requires "${entry.key}".` : ' Give it a value or delete the line.'}`,
        fix: required ? undefined : { title: `Delete the empty "${entry.key}" line`, edits: [deleteLines(text, entry.keySpan.start)] },
        data: { field: entry.key },
      });
    }
  },
};
