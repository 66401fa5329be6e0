import { frontMatterView } from './entries';
import { hexoReads } from './support';
import type { Rule } from './types';

const CONSEQUENCE: Record<string, string> = {
  title: 'Hexo lists the post with an empty title.',
  date: "Hexo falls back to the file's creation time, which changes whenever the archive is copied.",
};

/** Fields the schema (`fields.<name>.required` in .newsarchive.json) requires; title and date by default. */
export const requiredField: Rule = {
  id: 'required-field',
  severity: 'error',
  fixable: false,
  description: 'a required field (title and date by default) is missing',
  scope: 'frontMatter',
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
        message: `The front matter has no "${name}". ${(Object.hasOwn(CONSEQUENCE, name) ? CONSEQUENCE[name] : undefined) ?? 'The archive configuration requires it.'} Add a "${name}:" line.`,
        data: { field: name },
      });
    }
  },
};
