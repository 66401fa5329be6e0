import { frontMatterView } from './entries';
import { hexoReads, isDuplicated } from './support';
import { defineRule } from './types';

/** Fields the schema (`fields.<name>.required` in .newsarchive.json) requires; title and date by default. */
export const requiredField = defineRule({
  id: 'required-field',
  severity: 'error',
  fixable: false,
  description: 'a required field (title and date by default) is missing',
  scope: 'frontMatter',
  messages: {
    missingTitle: 'The front matter has no "title". Hexo lists the post with an empty title. Add a "title:" line.',
    missingDate: 'The front matter has no "date". Hexo falls back to the file\'s creation time, which changes whenever the archive is copied. Add a "date:" line.',
    missing: 'The front matter has no "{field}". The archive configuration requires it. Add a "{field}:" line.',
    nullTitle: 'The title is "{value}", which YAML reads as no value: Hexo lists the post with an empty title. Write the title, or quote it if "{value}" is the title.',
    nullDate: 'The date is "{value}", which YAML reads as no value: Hexo falls back to the file\'s creation time. Write the date.',
    nullField: '"{field}" is "{value}", which YAML reads as no value. The archive configuration requires it: fill it in.',
  },
  check(article, report, context) {
    const fm = article.frontMatter;
    // Broken YAML has its own diagnostic; every field would look missing.
    if (!fm || !hexoReads(article)) return;
    const doc = frontMatterView(article);
    const data = article.hexo.data ?? {};
    for (const [name, schema] of context.config.fields) {
      if (!schema.required) continue;
      const entry = doc.get(name);
      // `title: ~` and `title: null` are no title to Hexo (`title:` alone is empty-field's).
      if (entry?.valueSpan && Object.hasOwn(data, name) && data[name] === null && !isDuplicated(article, name)) {
        const value = article.text.slice(entry.valueSpan.start, entry.valueSpan.end);
        report({
          start: entry.valueSpan.start,
          end: entry.valueSpan.end,
          messageId: name === 'title' ? 'nullTitle' : name === 'date' ? 'nullDate' : 'nullField',
          args: { field: name, value },
          data: { field: name },
        });
        continue;
      }
      if (entry) continue;
      report({
        start: fm.openStart,
        end: fm.openStart + 3,
        messageId: name === 'title' ? 'missingTitle' : name === 'date' ? 'missingDate' : 'missing',
        args: { field: name },
        data: { field: name },
      });
    }
  },
});
