import { realDateAt } from './dateSupport';
import { defineRule } from './types';

export const dateFuture = defineRule({
  id: 'date-future',
  severity: 'warning',
  fixable: false,
  description: 'the date lies in the future',
  scope: 'frontMatter',
  messages: {
    future: 'The date {instant:date} is in the future: Hexo sorts the post above every other (and hides it when "future: false"). A scraped article cannot be from the future; check the year.',
  },
  check(article, report, context) {
    const at = realDateAt(article);
    const instant = at?.date.instant;
    if (!at || !instant || instant.getTime() <= context.now.getTime()) return;
    report({
      start: at.start,
      end: at.end,
      messageId: 'future',
      args: { instant: instant.toISOString() },
      data: { instant: instant.toISOString() },
    });
  },
});
