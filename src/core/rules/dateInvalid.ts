import { DateFault, dateAt } from './dateSupport';
import { defineRule } from './types';
import type { Message } from '../problem';

type FaultId = 'noMonth' | 'noDay' | 'noHour' | 'noMinute' | 'noSecond' | 'faults';

function faultMessage(f: DateFault): Message<FaultId> {
  switch (f.part) {
    case 'month':
      return { messageId: 'noMonth', args: { month: f.month } };
    case 'day':
      return { messageId: 'noDay', args: { year: f.year, month: f.month, day: f.day } };
    case 'hour':
      return { messageId: 'noHour', args: { hour: f.hour } };
    case 'minute':
      return { messageId: 'noMinute', args: { minute: f.minute } };
    case 'second':
      return { messageId: 'noSecond', args: { second: f.second } };
  }
}

/** Every fault, one sentence each, joined as one message. */
function faultsMessage(faults: readonly DateFault[]): Message<FaultId> {
  const [first, ...rest] = faults;
  return rest.length ? { messageId: 'faults', args: { first: faultMessage(first), rest: faultsMessage(rest) } } : faultMessage(first);
}

/**
 * A date Hexo cannot read, or one that names a month, day or time that does not exist: js-yaml
 * (and `new Date()`) roll `2021-13-45 25:61:00` over into 2022-02-15T02:01:00Z, so the post is
 * dated at an instant nobody wrote.
 */
export const dateInvalid = defineRule({
  id: 'date-invalid',
  severity: 'error',
  fixable: false,
  description: 'the date is not one Hexo can read, or names a month, day or time that does not exist',
  scope: 'frontMatter',
  messages: {
    unreadable: '"{raw}" is not a date Hexo can read (new Date() gives NaN), so Hexo silently drops it and dates the post by the file\'s creation time. Write it like "Tue, 16 Nov 2021 07:30:12 GMT" or "2021-11-16T07:30:12Z".',
    rolledOver: '"{raw}" is not a real date: {faults} js-yaml rolls it over, so Hexo dates the post {instant:date}. Write the date that was meant.',
    noMonth: 'There is no month {month}.',
    noDay: 'Month {month} of {year} has no day {day}.',
    noHour: 'There is no hour {hour}.',
    noMinute: 'There is no minute {minute}.',
    noSecond: 'There is no second {second}.',
    faults: '{first} {rest}',
  },
  check(article, report) {
    const at = dateAt(article);
    if (!at) return;
    const instant = at.date.instant;
    if (!instant) {
      report({ start: at.start, end: at.end, messageId: 'unreadable', args: { raw: at.date.raw } });
    } else if (at.faults.length) {
      report({
        start: at.start,
        end: at.end,
        messageId: 'rolledOver',
        args: { raw: at.date.raw, faults: faultsMessage(at.faults), instant: instant.toISOString() },
        data: { instant: instant.toISOString() },
      });
    }
  },
});
