import { urlFields } from './urlFields';
import { defineRule } from './types';

/**
 * An `http:` image. Browsers block or flag it on an https site. No fix: whether the host also
 * serves https is not something the file can tell.
 */
export const urlInsecure = defineRule({
  id: 'url-insecure',
  severity: 'warning',
  fixable: false,
  description: 'headimg or thumbnail uses plain http',
  scope: 'frontMatter',
  messages: {
    insecure: '"{field}" loads over plain http: an https site shows it as mixed content (blocked or flagged). Use https if the host serves it.',
  },
  check(article, report, context) {
    for (const f of urlFields(article, context.config)) {
      if (!/^http:\/\//i.test(f.url)) continue;
      report({
        start: f.textStart,
        end: f.textStart + 'http:'.length,
        messageId: 'insecure',
        args: { field: f.name },
        data: { field: f.name },
      });
    }
  },
});
