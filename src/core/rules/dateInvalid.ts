import { dateAt } from './dateSupport';
import { defineRule } from './types';

export const dateInvalid = defineRule({
  id: 'date-invalid',
  severity: 'error',
  fixable: false,
  description: 'the date is not one Hexo can read (`new Date(raw)` is NaN)',
  scope: 'frontMatter',
  messages: {
    unreadable: '"{raw}" is not a date Hexo can read (new Date() gives NaN), so Hexo silently drops it and dates the post by the file\'s creation time. Write it like "Tue, 16 Nov 2021 07:30:12 GMT" or "2021-11-16T07:30:12Z".',
  },
  check(article, report) {
    const at = dateAt(article);
    if (!at || at.date.instant) return;
    report({ start: at.start, end: at.end, messageId: 'unreadable', args: { raw: at.date.raw } });
  },
});
