import { realDateAt } from './dateSupport';
import { defineRule } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

interface DateFormat {
  pattern: RegExp;
  example: string;
  render(d: Date): string;
}

const FORMATS: Record<string, DateFormat> = {
  rfc1123: {
    pattern: /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/,
    example: 'Tue, 16 Nov 2021 07:30:12 GMT',
    render: (d) => d.toUTCString(),
  },
  iso8601: {
    pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
    example: '2021-11-16T07:30:12Z',
    render: (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`,
  },
};

/**
 * Off by default. With `"date-style": { "severity": "warning", "format": "rfc1123" | "iso8601" }`
 * every date must be written that way; the fix rewrites a date whose instant is certain (it names
 * a zone). A zone-less date would change meaning, so it gets no fix (see date-zoneless).
 */
export const dateStyle = defineRule({
  id: 'date-style',
  severity: 'off',
  fixable: true,
  description: 'the date is not written in the configured format (off by default)',
  scope: 'frontMatter',
  options: {
    format: { type: 'enum', values: Object.keys(FORMATS), default: 'rfc1123', description: 'How dates must be written: rfc1123 ("Tue, 16 Nov 2021 07:30:12 GMT") or iso8601 ("2021-11-16T07:30:12Z").' },
  },
  messages: {
    style: 'The archive writes dates as {format} ("{example}"); this one is "{raw}".',
    styleZoneless: 'The archive writes dates as {format} ("{example}"); this one is "{raw}". It names no zone, so rewriting it would guess one: add the zone first.',
    rewrite: 'Write the date as {format}',
  },
  check(article, report, context) {
    const name = typeof context.options.format === 'string' ? context.options.format : 'rfc1123';
    const format = Object.hasOwn(FORMATS, name) ? FORMATS[name] : FORMATS.rfc1123;
    const at = realDateAt(article);
    const instant = at?.date.instant;
    if (!at || !instant || format.pattern.test(at.written)) return;
    // Milliseconds would be lost by RFC 1123.
    const lossless = !at.date.zoneless && (name !== 'rfc1123' || instant.getUTCMilliseconds() === 0);
    report({
      start: at.start,
      end: at.end,
      messageId: at.date.zoneless ? 'styleZoneless' : 'style',
      args: { format: name, example: format.example, raw: at.date.raw },
      fix: lossless ? { messageId: 'rewrite', args: { format: name }, edits: [{ start: at.start, end: at.end, newText: format.render(instant) }], intent: { fields: { date: { instant: instant.getTime() } } } } : undefined,
    });
  },
});
