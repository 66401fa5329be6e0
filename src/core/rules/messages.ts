/**
 * Rule messages in words: the English every rule declares (its `messages`), the Chinese of
 * ./messages.zh-cn.json, and the one function that turns a message id and its args into text
 * in a language. The editor and the command line call it at the edge; the core never does.
 */
import type { Locale } from '../locale';
import type { Message } from '../problem';
import { ARCHIVE_RULE_MESSAGES } from './archiveProblems';
import { RULE_ERROR_ID, RULE_ERROR_MESSAGES, rules } from './index';
import { fillTemplate } from './messageFormat';
import zhCn from './messages.zh-cn.json';

export type Catalog = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** English: each rule's own declaration, the engine's, and the archive-wide rules'. */
export const englishCatalog: Catalog = Object.fromEntries([
  ...rules.map((r) => [r.id, r.messages]),
  [RULE_ERROR_ID, RULE_ERROR_MESSAGES],
  ...Object.entries(ARCHIVE_RULE_MESSAGES),
]);

export const catalogs: Readonly<Record<Locale, Catalog>> = { en: englishCatalog, 'zh-cn': zhCn };

function template(catalog: Catalog, ruleId: string, messageId: string): string | undefined {
  const own = Object.hasOwn(catalog, ruleId) ? catalog[ruleId] : undefined;
  return own && Object.hasOwn(own, messageId) ? own[messageId] : undefined;
}

/**
 * The text of a rule's message (a problem, a fix title) in `locale`. A message the locale's
 * catalog lacks falls back to English (a unit test keeps that from shipping); one no catalog
 * knows is shown as its id, so nothing is lost.
 */
export function formatMessage(ruleId: string, message: Message, locale: Locale): string {
  const text = template(catalogs[locale], ruleId, message.messageId) ?? template(englishCatalog, ruleId, message.messageId);
  if (text === undefined) return `${ruleId}/${message.messageId}`;
  return fillTemplate(text, message.args, locale, (inner) => formatMessage(ruleId, inner, locale));
}
