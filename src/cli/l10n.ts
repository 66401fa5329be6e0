/**
 * The command line's messages in the user's language. `--lang en|zh-cn` wins; otherwise the
 * POSIX locale variables in their order of precedence (LC_ALL, LC_MESSAGES, LANG). Translations
 * are the extension's own runtime bundle, keyed by the English text as `vscode.l10n.t` reads it,
 * so one file serves the editor and the terminal. Rule messages are the core's data, put into
 * words in the same locale (`currentLocale()` with the core's formatMessage).
 */
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import { countKey, Counted } from '../core/countWords';
import { Locale, parseLocale } from '../core/locale';

export { parseLocale };
export type CliLocale = Locale;

const BUNDLES: Record<CliLocale, Readonly<Record<string, string>>> = { en: {}, 'zh-cn': zhCn };
let current: CliLocale = 'en';

/** The locale the environment asks for: the first variable that is set decides, as in POSIX. */
export function localeFromEnv(env: NodeJS.ProcessEnv): CliLocale {
  const first = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return parseLocale(first) ?? 'en';
}

export function setLocale(chosen: CliLocale): void {
  current = chosen;
}

/** The locale of this run, for the rule messages the core leaves as data. */
export function currentLocale(): CliLocale {
  return current;
}

/** `message` in the current locale, with `{0}`, `{1}` … replaced by `args`. */
export function t(message: string, ...args: (string | number)[]): string {
  const text = BUNDLES[current][message] ?? message;
  return text.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}

/** A count in words in the current locale: "1 article", "3 articles", "3 篇文章". */
export function count(what: Counted, n: number): string {
  return t(countKey(what, n), n);
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
