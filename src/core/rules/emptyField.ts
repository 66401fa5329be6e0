import { frontMatterView } from './entries';
import { deleteLines, hexoReads, lineAt } from './support';
import { defineRule } from './types';

/**
 * `key:` with nothing after it (YAML null), or an empty string for a required field. An empty
 * optional field can go: deleting `thumbnail:` loses nothing. A required one needs a value
 * only the user knows.
 */
export const emptyField = defineRule({
  id: 'empty-field',
  severity: 'warning',
  fixable: true,
  description: 'a key has no value',
  scope: 'frontMatter',
  messages: {
    emptyTitle: '"title" has no value. Hexo lists the post with an empty title. Fill it in: the archive requires "title".',
    emptyDate: '"date" has no value. Hexo falls back to the file\'s creation time. Fill it in: the archive requires "date".',
    emptyRequired: '"{field}" has no value. Fill it in: the archive requires "{field}".',
    emptyOptional: '"{field}" has no value. Give it a value or delete the line.',
    deleteLine: 'Delete the empty "{field}" line',
  },
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
      const field = entry.key;
      report({
        start: entry.keySpan.start,
        end,
        messageId: !required ? 'emptyOptional' : field === 'title' ? 'emptyTitle' : field === 'date' ? 'emptyDate' : 'emptyRequired',
        args: { field },
        fix: required ? undefined : { messageId: 'deleteLine', args: { field }, edits: [deleteLines(text, entry.keySpan.start)], intent: { fields: { [field]: { removed: true } } } },
        data: { field },
      });
    }
  },
});
