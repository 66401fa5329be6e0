/**
 * The archive-wide rules, `duplicate-article` and `vocabulary-variant`, as the core runs them for
 * every front end (the editor, `news-archive check`, a worker): one pure pass over what the
 * index knows of each file (its record and duplicate sketch) gives the archive's findings and the
 * paths they concern; a file's problems then need only that file's text, for exact ranges.
 */
import type { Article } from '../article/article';
import type { DuplicateSketch } from '../hygiene/duplicateSketch';
import { DuplicateLookup, DuplicateReport, findDuplicates } from '../hygiene/duplicates';
import { DUPLICATE_ARTICLE, HygieneSettings, VOCABULARY_VARIANT } from '../hygiene/hygieneConfig';
import { variantMap, VocabularyRecord, VocabularyReport, vocabularyReport } from '../hygiene/vocabulary';
import type { Problem } from '../problem';
import { ArchiveAnchors, archiveAnchors } from './archiveAnchors';
import { DUPLICATE_ARTICLE_MESSAGES, duplicateArticleProblems, PlacedProblem } from './duplicateArticle';
import { rules } from './index';
import { sortProblems } from './problemOrder';
import { hasVariants, Variants, VOCABULARY_VARIANT_MESSAGES, vocabularyVariantProblems } from './vocabularyVariant';

/** The archive-wide rules in the order their problems are listed at one position, after the per-file rules. */
export const ARCHIVE_RULES: readonly { readonly id: string }[] = [{ id: DUPLICATE_ARTICLE }, { id: VOCABULARY_VARIANT }];

/** Every rule in the order of one position's problems in a report: the per-file rules, then the archive-wide ones. */
export const REPORT_RULE_ORDER: readonly { readonly id: string }[] = [...rules, ...ARCHIVE_RULES];

/** The archive-wide rules' messages, by rule id (English; the Chinese is in messages.zh-cn.json). */
export const ARCHIVE_RULE_MESSAGES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  [DUPLICATE_ARTICLE]: DUPLICATE_ARTICLE_MESSAGES,
  [VOCABULARY_VARIANT]: VOCABULARY_VARIANT_MESSAGES,
};

/** What the archive-wide rules read of one file. */
export interface ArchiveFile {
  path: string;
  record: VocabularyRecord;
  sketch: DuplicateSketch;
}

export interface ArchiveFindings {
  settings: HygieneSettings;
  duplicates: DuplicateReport;
  lookup: DuplicateLookup;
  vocabulary: VocabularyReport;
  variants: Variants;
}

export function archiveFindings(files: readonly ArchiveFile[], settings: HygieneSettings): ArchiveFindings {
  const { duplicates: d, vocabulary: v } = settings;
  const duplicates = findDuplicates(files.map((f) => ({ path: f.path, sketch: f.sketch })), { threshold: d.threshold, sameTitle: d.sameTitle });
  const vocabulary = vocabularyReport(files.map((f) => f.record), { relativeDistance: v.relativeDistance, maxDistance: v.maxDistance });
  return { settings, duplicates, lookup: new DuplicateLookup(duplicates), vocabulary, variants: variantMap(vocabulary) };
}

/** The files with archive-wide problems (under the settings' severities): only these need reading. */
export function flaggedPaths(findings: ArchiveFindings, files: Iterable<Pick<ArchiveFile, 'path' | 'record'>>): Set<string> {
  const { duplicates, vocabulary } = findings.settings;
  const flagged = new Set<string>(duplicates.severity === 'off' ? [] : findings.lookup.paths());
  if (vocabulary.severity !== 'off') for (const f of files) if (hasVariants(f.record, findings.variants)) flagged.add(f.path);
  return flagged;
}

/**
 * The archive-wide problems of the file at `path`, at its anchors (archiveAnchors.ts), by rule:
 * duplicate-article, then vocabulary-variant. `nameOf` writes another file's path as the front
 * end shows it. No text is read: a front end that kept the anchors needs none.
 */
export function archiveProblemsAt<P>(anchors: ArchiveAnchors<P>, path: string, findings: ArchiveFindings, nameOf: (path: string) => string = (p) => p): PlacedProblem<P>[] {
  const { duplicates, vocabulary } = findings.settings;
  const found: PlacedProblem<P>[] = [];
  if (duplicates.severity !== 'off') found.push(...duplicateArticleProblems(anchors, path, findings.lookup, nameOf, duplicates.severity));
  if (vocabulary.severity !== 'off') found.push(...vocabularyVariantProblems(anchors, findings.variants, vocabulary.severity));
  return found;
}

/** The archive-wide problems of the file at `path`, read as `article`, in the engine's order. */
export function archiveProblems(article: Article, path: string, findings: ArchiveFindings, nameOf: (path: string) => string = (p) => p): Problem[] {
  const found = archiveProblemsAt(archiveAnchors(article), path, findings, nameOf).map(({ at, ...p }): Problem => ({ ...p, start: at.start, end: at.end }));
  return sortProblems(found, ARCHIVE_RULES);
}
