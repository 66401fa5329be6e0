/**
 * Validation of one document as it is edited: front-matter rules read only the text before the
 * body, so their problems are kept while that text (and the configuration) stays the same, and
 * a keystroke in a 200 KB body re-runs only the body and whole-file rules.
 */
import type { Article } from '../article/article';
import type { ArchiveConfig } from '../config/archiveConfig';
import { rules as allRules, runRules } from './index';
import { sortProblems } from './problemOrder';
import type { Rule } from './types';
import type { Problem } from '../problem';

export class IncrementalValidation {
  private head: { text: string; config: ArchiveConfig | undefined; problems: Problem[] } | undefined;
  private readonly frontMatterRules: readonly Rule[];
  private readonly otherRules: readonly Rule[];

  constructor(private readonly ruleList: readonly Rule[] = allRules) {
    this.frontMatterRules = ruleList.filter((r) => r.scope === 'frontMatter');
    this.otherRules = ruleList.filter((r) => r.scope !== 'frontMatter');
  }

  validate(article: Article, config?: ArchiveConfig, now?: Date): Problem[] {
    const text = article.text.slice(0, article.bodyStart);
    if (!this.head || this.head.text !== text || this.head.config !== config) {
      this.head = { text, config, problems: runRules(this.frontMatterRules, article, config, { now }) };
    }
    const rest = runRules(this.otherRules, article, config, { now });
    // The order validateArticle gives (problemOrder.ts), so the editor lists what the CLI lists.
    return sortProblems([...this.head.problems, ...rest], this.ruleList);
  }
}
