/**
 * The things the front ends count, each with its English words for one and for any other number
 * ("1 article", "0 articles", "2 articles"). Which form a number takes is CLDR's English plural
 * rule (`Intl.PluralRules('en')`), not `n === 1`, so "1.5" and "0" read right. Both forms are keys
 * of the runtime bundles (l10n/), as `vscode.l10n.t` and the CLI's `t` look them up; Chinese has
 * one form, so its bundle gives both the same text with the thing's measure word ("{0} 篇文章").
 * `{0}` is the number, as the front end writes it. scripts/l10n.mjs reads the forms from here.
 */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

export const COUNTED = {
  article: { one: '{0} article', other: '{0} articles' },
  otherArticle: { one: '{0} other article', other: '{0} other articles' },
  problem: { one: '{0} problem', other: '{0} problems' },
  error: { one: '{0} error', other: '{0} errors' },
  warning: { one: '{0} warning', other: '{0} warnings' },
  info: { one: '{0} info', other: '{0} info' },
  hint: { one: '{0} hint', other: '{0} hints' },
  file: { one: '{0} file', other: '{0} files' },
  fileNotWritten: { one: '{0} file not written', other: '{0} files not written' },
  fix: { one: '{0} fix', other: '{0} fixes' },
  group: { one: '{0} group', other: '{0} groups' },
  moreGroup: { one: '… {0} more group', other: '… {0} more groups' },
  duplicateGroup: { one: '{0} duplicate group', other: '{0} duplicate groups' },
  vocabularyCluster: { one: '{0} vocabulary cluster', other: '{0} vocabulary clusters' },
  cluster: { one: '{0} cluster', other: '{0} clusters' },
  distinctValue: { one: '{0} distinct value', other: '{0} distinct values' },
  character: { one: '{0} character', other: '{0} characters' },
  moreCopy: { one: '{0} more copy', other: '{0} more copies' },
} as const satisfies Record<string, PluralForms>;

export type Counted = keyof typeof COUNTED;

const english = new Intl.PluralRules('en');

/** Whether English writes `n` with the singular ("1 article", but "0 articles", "1.5 articles"). */
export function isEnglishOne(n: number): boolean {
  return english.select(n) === 'one';
}

/** The bundle key for `n` of `what`: its English form for that number. */
export function countKey(what: Counted, n: number): string {
  const forms: PluralForms = COUNTED[what];
  return isEnglishOne(n) ? forms.one : forms.other;
}
