import { frontMatterView } from './entries';
import { defineRule } from './types';

/**
 * Leftovers of a generator that interpolated a missing value: `undefined`, `NaN`, `null` or
 * `[object Object]` inside a title or another text value (the real archive has a fund report
 * titled `07-15 📉 undefined%`). No fix: the real value is not in the file.
 */
const LEFTOVER = /(?<![\w-])(undefined|NaN|\[object Object\])(?![\w-])/;

export const generatorPlaceholder = defineRule({
  id: 'generator-placeholder',
  severity: 'warning',
  fixable: false,
  description: 'a value holds `undefined`, `NaN` or `[object Object]` from a broken generator',
  scope: 'frontMatter',
  messages: {
    placeholder: '"{field}" holds "{placeholder}": the generator had no value here and printed a JavaScript placeholder. Replace it with the real value from the source.',
  },
  check(article, report) {
    if (!article.frontMatter) return;
    const text = article.text;
    for (const entry of frontMatterView(article).entries) {
      if (!entry.valueSpan) continue;
      const written = text.slice(entry.valueSpan.start, entry.valueSpan.end);
      const m = LEFTOVER.exec(written);
      if (!m) continue;
      const start = entry.valueSpan.start + m.index;
      report({
        start,
        end: start + m[0].length,
        messageId: 'placeholder',
        args: { field: entry.key, placeholder: m[0] },
        data: { field: entry.key },
      });
    }
  },
});
