/**
 * The command line's messages in the user's language. `--lang en|zh-cn` wins; otherwise the
 * POSIX locale variables in their order of precedence (LC_ALL, LC_MESSAGES, LANG). Translations
 * are the extension's own runtime bundle, keyed by the English text as `vscode.l10n.t` reads it,
 * so one file serves the editor and the terminal. Rule messages come from the core and stay
 * English.
 */
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';

export type CliLocale = 'en' | 'zh-cn';

const BUNDLES: Record<CliLocale, Readonly<Record<string, string>>> = { en: {}, 'zh-cn': zhCn };
let bundle: Readonly<Record<string, string>> = BUNDLES.en;
let locale: CliLocale = 'en';

/** `zh-cn`, `zh_CN.UTF-8`, `zh-Hans`, `zh` → zh-cn; `en…`, `C`, `POSIX` → en; others undefined. */
export function parseLocale(value: string | undefined): CliLocale | undefined {
  if (!value) return undefined;
  const tag = value.split('.')[0].replace('_', '-').toLowerCase();
  if (tag === 'zh' || tag === 'zh-cn' || tag === 'zh-sg' || tag.startsWith('zh-hans')) return 'zh-cn';
  if (tag.startsWith('en') || tag === 'c' || tag === 'posix') return 'en';
  return undefined;
}

/** The locale the environment asks for: the first variable that is set decides, as in POSIX. */
export function localeFromEnv(env: NodeJS.ProcessEnv): CliLocale {
  const first = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return parseLocale(first) ?? 'en';
}

export function setLocale(value: CliLocale): void {
  locale = value;
  bundle = BUNDLES[value];
}

/** The run's language, for texts the core makes from message ids. */
export function currentLocale(): CliLocale {
  return locale;
}

/** `message` in the current locale, with `{0}`, `{1}` … replaced by `args`. */
export function t(message: string, ...args: (string | number)[]): string {
  const text = bundle[message] ?? message;
  return text.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}

/**
 * Takes `--lang VALUE` / `--lang=VALUE` out of the arguments, wherever it stands. `locale` is
 * undefined when absent; `invalid` holds a value that names no supported language.
 */
export function takeLangOption(argv: readonly string[]): { argv: string[]; locale?: CliLocale; invalid?: string } {
  const rest: string[] = [];
  let locale: CliLocale | undefined;
  let invalid: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const m = /^--lang(?:=(.*))?$/.exec(arg);
    if (!m) {
      rest.push(arg);
      continue;
    }
    const value = m[1] ?? argv[++i] ?? '';
    const parsed = value === 'en' || value === 'zh-cn' ? value : undefined;
    if (parsed) locale = parsed;
    else invalid = value;
  }
  return { argv: rest, locale, invalid };
}
