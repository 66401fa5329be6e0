/**
 * `vocabulary-variant`, archive-wide: on every category, tag or author value of an article spelt
 * unlike the rest of the archive (core/hygiene/vocabulary.ts `variantMap`), at the value. One
 * message per field and reason, so each is translated whole.
 */
import { isEnglishOne } from '../countWords';
import type { RenamableField } from '../hygiene/frontMatterValues';
import { VOCABULARY_VARIANT } from '../hygiene/hygieneConfig';
import type { VariantAdvice, VocabularyField } from '../hygiene/vocabulary';
import type { Severity } from '../problem';
import type { ArchiveAnchors } from './archiveAnchors';
import type { PlacedProblem } from './duplicateArticle';

export const VOCABULARY_VARIANT_MESSAGES = {
  categoryVariant: 'Category "{value}" is spelt "{preferred}" in {count} other articles: use one spelling so they group together.',
  tagVariant: 'Tag "{value}" is spelt "{preferred}" in {count} other articles: use one spelling so they group together.',
  authorVariant: 'Author "{value}" is spelt "{preferred}" in {count} other articles: use one spelling so they group together.',
  categoryVariantOne: 'Category "{value}" is spelt "{preferred}" in 1 other article: use one spelling so they group together.',
  tagVariantOne: 'Tag "{value}" is spelt "{preferred}" in 1 other article: use one spelling so they group together.',
  authorVariantOne: 'Author "{value}" is spelt "{preferred}" in 1 other article: use one spelling so they group together.',
  categoryMixed: 'Category "{value}" mixes traditional and simplified characters: "{preferred}" is consistent.',
  tagMixed: 'Tag "{value}" mixes traditional and simplified characters: "{preferred}" is consistent.',
  authorMixed: 'Author "{value}" mixes traditional and simplified characters: "{preferred}" is consistent.',
} as const;

type Id = keyof typeof VOCABULARY_VARIANT_MESSAGES;

const NOUN: Record<RenamableField, 'category' | 'tag' | 'author'> = { categories: 'category', tags: 'tag', author: 'author' };

export type Variants = Readonly<Record<VocabularyField, ReadonlyMap<string, VariantAdvice>>>;

/** Whether any of the record's values has advice (so the file needs reading at all). */
export function hasVariants(record: { categories: readonly string[]; tags: readonly string[]; author: string | null | undefined }, variants: Variants): boolean {
  return record.categories.some((v) => variants.categories.has(v)) || record.tags.some((v) => variants.tags.has(v)) ||
    (record.author !== null && record.author !== undefined && variants.author.has(record.author));
}

export function vocabularyVariantProblems<P>(anchors: ArchiveAnchors<P>, variants: Variants, severity: Severity = 'info'): PlacedProblem<P>[] {
  const found: PlacedProblem<P>[] = [];
  for (const o of anchors.values) {
    const advice = variants[o.field].get(o.value);
    if (!advice) continue;
    // English writes one article and other numbers of articles differently (CLDR's rule: core/countWords.ts).
    const messageId: Id = advice.reason === 'mixed-script' ? `${NOUN[o.field]}Mixed` : isEnglishOne(advice.preferredCount) ? `${NOUN[o.field]}VariantOne` : `${NOUN[o.field]}Variant`;
    found.push({
      ruleId: VOCABULARY_VARIANT,
      severity,
      at: o.at,
      messageId,
      args: messageId.endsWith('Variant') ? { value: o.value, preferred: advice.preferred, count: advice.preferredCount } : { value: o.value, preferred: advice.preferred },
    });
  }
  return found;
}
