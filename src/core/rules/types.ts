/**
 * The vocabulary of validation: a rule looks at one article and reports findings with exact
 * file offsets; a fix is data (the fewest text edits, ../problem.ts), applied in one place (../edits.ts).
 * Words are data too: a rule declares its messages by id (English, with `{name}` placeholders:
 * ./messageFormat.ts), reports a message id with its args, and ./messages.zh-cn.json holds
 * the Chinese of every id.
 */
import type { Article } from '../article/article';
import type { ArchiveConfig } from '../config/archiveConfig';
import type { OptionSpecs } from '../config/ruleOptions';
import type { Fix, MessageArgs, ProblemData, Severity } from '../problem';

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface Finding<Id extends string = string> {
  start: number;
  end: number;
  /** One of the rule's `messages`. */
  messageId: Id;
  /** A value for each of the message's placeholders. */
  args?: MessageArgs;
  /** Its title is a message of the rule too. */
  fix?: Fix<Id>;
  data?: ProblemData;
  /** Overrides the rule's default severity for this finding (the configuration still wins). */
  severity?: Severity;
}

export type Report<Id extends string = string> = (finding: Finding<Id>) => void;

/**
 * What a rule's findings depend on, so the editor can reuse results: `frontMatter` rules read
 * only the text before the body, `body` rules only the body (offsets move with the front
 * matter), `file` rules anything.
 */
export type RuleScope = 'frontMatter' | 'body' | 'file';

export interface RuleContext {
  readonly config: ArchiveConfig;
  /** This rule's options from `.newsarchive.json`, each checked against `Rule.options` (`{}` when none). */
  readonly options: Readonly<Record<string, unknown>>;
  /** The present, for date checks (fixed in tests). */
  readonly now: Date;
}

export interface Rule<Id extends string = string> {
  readonly id: string;
  /** The default severity; 'off' rules run only when the configuration turns them on. */
  readonly severity: Severity | 'off';
  readonly fixable: boolean;
  /** One line: what it finds. */
  readonly description: string;
  readonly scope: RuleScope;
  /** The options `.newsarchive.json` may give it; the reader passes only those, checked. */
  readonly options?: OptionSpecs;
  /**
   * Every message and fix title the rule reports, by id: whole sentences in English for a news
   * editor, with `{name}` placeholders (eslint's `meta.messages`).
   */
  readonly messages: Readonly<Record<Id, string>>;
  check(article: Article, report: Report<Id>, context: RuleContext): void;
}

/** A rule whose reports the compiler checks against its own `messages`. */
export function defineRule<Id extends string>(rule: Rule<Id>): Rule {
  return rule;
}
