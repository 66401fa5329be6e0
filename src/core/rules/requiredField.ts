import { frontMatterView } from './entries';
import { hexoReads } from './support';
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
  },
  check(article, report, context) {
    const fm = article.frontMatter;
    // Broken YAML has its own diagnostic; every field would look missing.
    if (!fm || !hexoReads(article)) return;
    const doc = frontMatterView(article);
    for (const [name, schema] of context.config.fields) {
      if (!schema.required || doc.get(name)) continue;
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
