/**
 * Every rule a report can name, with its one-line description and default severity: the
 * per-file rules from their definitions, the two archive-wide rules and the engine's own
 * `rule-error`. Each rule's documentation is its row in the README's Rules table.
 */
import { DUPLICATE_ARTICLE, VOCABULARY_VARIANT } from '../hygiene/hygieneConfig';
import { RULE_ERROR_ID, rules } from '../rules/index';
import type { RuleInfo } from './reportTypes';

/** The project's page; each rule's row has the rule id as its anchor. */
export const DOCS_URL = 'https://github.com/news-archive-tools/news-archive-editor';

export function ruleHelpUri(ruleId: string): string {
  return `${DOCS_URL}#${ruleId}`;
}

const ARCHIVE_WIDE: readonly RuleInfo[] = [
  { id: DUPLICATE_ARTICLE, description: 'the same article twice in the archive: the same text, nearly the same text, or the same title', severity: 'warning', fixable: false, archiveWide: true },
  { id: VOCABULARY_VARIANT, description: 'a category, tag or author spelt unlike the rest of the archive', severity: 'info', fixable: false, archiveWide: true },
];

const ENGINE: RuleInfo = { id: RULE_ERROR_ID, description: 'a rule failed on a file, so its findings are missing there', severity: 'warning', fixable: false, archiveWide: false };

export function ruleCatalog(): RuleInfo[] {
  return [
    ...rules.map((r): RuleInfo => ({ id: r.id, description: r.description, severity: r.severity, fixable: r.fixable, archiveWide: false })),
    ...ARCHIVE_WIDE,
    ENGINE,
  ];
}
