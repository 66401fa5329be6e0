/**
 * The languages the product speaks, and how a language tag names one. The editor passes VS
 * Code's display language (`zh-cn`), the command line its `--lang` or POSIX locale
 * (`zh_CN.UTF-8`); one reading serves both.
 */
export type Locale = 'en' | 'zh-cn';

export const LOCALES: readonly Locale[] = ['en', 'zh-cn'];

/** `zh-cn`, `zh_CN.UTF-8`, `zh-Hans`, `zh` → zh-cn; `en…`, `C`, `POSIX` → en; others undefined. */
export function parseLocale(value: string | undefined): Locale | undefined {
  if (!value) return undefined;
  const tag = value.split('.')[0].replace('_', '-').toLowerCase();
  if (tag === 'zh' || tag === 'zh-cn' || tag === 'zh-sg' || tag.startsWith('zh-hans')) return 'zh-cn';
  if (tag.startsWith('en') || tag === 'c' || tag === 'posix') return 'en';
  return undefined;
}
