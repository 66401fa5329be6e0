import { dateAt, isoInstant } from './dateSupport';
import type { Rule } from './types';

export const dateFuture: Rule = {
  id: 'date-future',
  severity: 'warning',
  fixable: false,
  description: 'the date lies in the future',
  scope: 'frontMatter',
  check(article, report, context) {
    const at = dateAt(article);
    const instant = at?.date.instant;
    if (!at || !instant || instant.getTime() <= context.now.getTime()) return;
    report({
      start: at.start,
      end: at.end,
      message: `The date ${isoInstant(instant)} is in the future: Hexo sorts the post above every other (and hides it when "future: false"). A scraped article cannot be from the future; check the year.`,
      data: { instant: instant.toISOString() },
    });
  },
};
