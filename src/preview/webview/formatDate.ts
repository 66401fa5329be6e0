/**
 * The card's date in the reader's language, in local time: `2021年11月15日 23:46` in Chinese,
 * `Nov 15, 2021, 11:46 PM` in English (or as the display language writes dates). A date Hexo
 * reads without a zone, or cannot read, is shown as written.
 */
import { parseLocale } from '../../core/locale';
import type { PreviewHeader } from '../messages';

export function formatHeaderDate(header: PreviewHeader, language: string, timeZone?: string): string | undefined {
  if (!header.date || header.zoneless) return header.dateRaw;
  const date = new Date(header.date);
  if (parseLocale(language) === 'zh-cn') {
    const parts = new Intl.DateTimeFormat('zh-CN', {
      year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone,
    }).formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}年${part('month')}月${part('day')}日 ${part('hour')}:${part('minute')}`;
  }
  let tag = 'en';
  try {
    tag = Intl.DateTimeFormat.supportedLocalesOf(language)[0] ?? 'en';
  } catch {
    // Not a language tag Intl knows: English.
  }
  return date.toLocaleString(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone });
}
