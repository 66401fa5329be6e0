import { realDateAt } from './dateSupport';
import { defineRule } from './types';

const OFFSET = /^[+-](?:0\d|1[0-4]):[0-5]\d$/;

/** The option that fixes every zone-less date at once, as the message quotes it. */
const ZONE_SETTING = '"date-zoneless": { "zone": "+08:00" }';

/**
 * A date without a zone, the archive's local-time fallback. js-yaml reads `2021-11-26 07:21:47`
 * as UTC; the message says which instant Hexo gets. With the option `"zone": "+08:00"` the fix
 * appends that zone (the instant the archive meant); without it there is no safe guess.
 */
/** `+08:00` (or `-0530`, `Z`) as minutes east of UTC. */
function offsetMinutes(zone: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

export const dateZoneless = defineRule({
  id: 'date-zoneless',
  severity: 'info',
  fixable: true,
  description: 'the date names no time zone, so Hexo reads it as UTC',
  scope: 'frontMatter',
  options: {
    zone: { type: 'pattern', pattern: OFFSET, example: '+08:00', description: 'The UTC offset the archive meant for zone-less dates; the fix appends it.' },
  },
  messages: {
    zoneless: '"{raw}" names no time zone: js-yaml reads it as UTC, so Hexo uses the instant {instant:date} (shifted by "timezone" in Hexo\'s _config.yml when that is set). Add the zone the site meant, e.g. "{raw}+08:00".',
    zonelessNoOption: '"{raw}" names no time zone: js-yaml reads it as UTC, so Hexo uses the instant {instant:date} (shifted by "timezone" in Hexo\'s _config.yml when that is set). Add the zone the site meant, e.g. "{raw}+08:00", or set {setting} in .newsarchive.json to fix all at once.',
    addZone: 'Add the zone {zone}',
  },
  check(article, report, context) {
    const at = realDateAt(article);
    const instant = at?.date.instant;
    if (!at || !instant || !at.date.zoneless) return;
    const zone = typeof context.options.zone === 'string' && OFFSET.test(context.options.zone) ? context.options.zone : undefined;
    const quoted = /^['"]/.test(at.written);
    const iso = instant.toISOString();
    const args = { raw: at.date.raw, instant: iso };
    report({
      start: at.start,
      end: at.end,
      messageId: zone ? 'zoneless' : 'zonelessNoOption',
      args: zone ? args : { ...args, setting: ZONE_SETTING },
      fix: zone && !quoted && /^\d{4}-\d{1,2}-\d{1,2}[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(at.written)
        ? { messageId: 'addZone', args: { zone }, edits: [{ start: at.end, end: at.end, newText: zone }], intent: { fields: { date: { instant: instant.getTime() - offsetMinutes(zone) * 60_000 } } } }
        : undefined,
      data: { instant: iso },
    });
  },
});
