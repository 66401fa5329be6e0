/**
 * The languages the product speaks, and how a language tag or a POSIX locale names one. The
 * editor passes VS Code's display language (`vscode.env.language`), the command line `--lang` or
 * LC_ALL/LC_MESSAGES/LANG; each front end turns data into words in the locale it gets.
 */
export type Locale = 'en' | 'zh-cn';

/** `zh-cn`, `zh_CN.UTF-8`, `zh-Hans`, `zh` → zh-cn; `en…`, `C`, `POSIX` → en; others undefined. */
export function parseLocale(value: string | undefined): Locale | undefined {
  if (!value) return undefined;
  const tag = value.split('.')[0].replace('_', '-').toLowerCase();
  if (tag === 'zh' || tag === 'zh-cn' || tag === 'zh-sg' || tag.startsWith('zh-hans')) return 'zh-cn';
  if (tag.startsWith('en') || tag === 'c' || tag === 'posix') return 'en';
  return undefined;
}
