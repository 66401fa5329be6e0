/**
 * The vocabulary of validation: a rule looks at one article and reports findings with exact
 * file offsets; a fix is data (the fewest text edits, ../problem.ts), applied in one place (../edits.ts).
 */
import type { Article } from '../article/article';
import type { ArchiveConfig } from '../config/archiveConfig';
import type { OptionSpecs } from '../config/ruleOptions';
import type { Fix, ProblemData, Severity } from '../problem';

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface Finding {
  start: number;
  end: number;
  message: string;
  fix?: Fix;
  data?: ProblemData;
  /** Overrides the rule's default severity for this finding (the configuration still wins). */
  severity?: Severity;
}

export type Report = (finding: Finding) => void;

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

export interface Rule {
  readonly id: string;
  /** The default severity; 'off' rules run only when the configuration turns them on. */
  readonly severity: Severity | 'off';
  readonly fixable: boolean;
  /** One line: what it finds. */
  readonly description: string;
  readonly scope: RuleScope;
  /** The options `.newsarchive.json` may give it; the reader passes only those, checked. */
  readonly options?: OptionSpecs;
  check(article: Article, report: Report, context: RuleContext): void;
}
