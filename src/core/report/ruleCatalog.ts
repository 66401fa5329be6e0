/**
 * Every rule a report can name, with its one-line description and default severity: the
 * per-file rules from their definitions, the two archive-wide rules and the engine's own
 * `rule-error`. Each rule's documentation is its row in the README's Rules table: README.md's
 * in English, README.zh-cn.md's in Chinese (each row has the rule id as its anchor).
 */
import { DUPLICATE_ARTICLE, VOCABULARY_VARIANT } from '../hygiene/hygieneConfig';
import type { Locale } from '../locale';
import { RULE_ERROR_ID, rules } from '../rules/index';
import descriptionsZhCn from '../rules/descriptions.zh-cn.json';
import type { RuleInfo } from './reportTypes';

/** The project's page; each rule's row has the rule id as its anchor. */
export const DOCS_URL = 'https://github.com/news-archive-tools/news-archive-editor';

/** The README each language's rule table is in, at the root of the repository and of the .vsix. */
export const RULE_DOCS_FILE: Readonly<Record<Locale, string>> = { en: 'README.md', 'zh-cn': 'README.zh-cn.md' };

/**
 * The web page of a rule's row in the README of `locale`: the project page for English (GitHub
 * shows README.md there), the file's page for the others (`HEAD` is the default branch).
 */
export function ruleHelpUri(ruleId: string, locale: Locale = 'en'): string {
  return locale === 'en' ? `${DOCS_URL}#${ruleId}` : `${DOCS_URL}/blob/HEAD/${RULE_DOCS_FILE[locale]}#${ruleId}`;
}

const ARCHIVE_WIDE: readonly RuleInfo[] = [
  { id: DUPLICATE_ARTICLE, description: 'the same article twice in the archive: the same text, nearly the same text, or the same title', severity: 'warning', fixable: false, archiveWide: true },
  { id: VOCABULARY_VARIANT, description: 'a category, tag or author spelt unlike the rest of the archive', severity: 'info', fixable: false, archiveWide: true },
];

const ENGINE: RuleInfo = { id: RULE_ERROR_ID, description: 'a rule failed on a file, so its findings are missing there', severity: 'warning', fixable: false, archiveWide: false };

/** Each rule's one-line description in the languages other than English (a unit test keeps them complete). */
export const RULE_DESCRIPTIONS: Readonly<Record<Exclude<Locale, 'en'>, Readonly<Record<string, string>>>> = { 'zh-cn': descriptionsZhCn };

/** Every rule, its description in `locale` (English where the locale has none). */
export function ruleCatalog(locale: Locale = 'en'): RuleInfo[] {
  const all = [
    ...rules.map((r): RuleInfo => ({ id: r.id, description: r.description, severity: r.severity, fixable: r.fixable, archiveWide: false })),
    ...ARCHIVE_WIDE,
    ENGINE,
  ];
  if (locale === 'en') return all;
  const own = RULE_DESCRIPTIONS[locale];
  return all.map((r) => (Object.hasOwn(own, r.id) ? { ...r, description: own[r.id] } : r));
}
