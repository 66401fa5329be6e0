/**
 * Where the archive-wide rules' problems sit in a file, and what they read of it, found in one
 * reading: the title (or where the body starts) for `duplicate-article`, and every category, tag
 * and author value for `vocabulary-variant`, with the file's record and duplicate sketch. Which of
 * these places get a problem depends on the whole archive, so a front end that keeps results
 * between runs (`check --cache`) or between machines (shards) keeps these facts, placed in its own
 * positions, and never reads an unchanged file again to report its archive-wide problems.
 */
import type { Article } from '../article/article';
import { frontMatterDocument } from '../article/yamlDocument';
import { DuplicateSketch, duplicateSketch } from '../hygiene/duplicateSketch';
import { RENAMABLE_FIELDS, RenamableField, valueOccurrences } from '../hygiene/frontMatterValues';
import { DUPLICATE_ARTICLE, VOCABULARY_VARIANT } from '../hygiene/hygieneConfig';
import type { VocabularyRecord } from '../hygiene/vocabulary';
import { articleRecord } from '../index/articleRecord';

/** File offsets (UTF-16 units) of a place in the text. */
export interface Span {
  start: number;
  end: number;
}

export interface ValueAnchor<P> {
  field: RenamableField;
  value: string;
  at: P;
}

/** The places of a file's archive-wide problems, `P` being how a front end places them. */
export interface ArchiveAnchors<P> {
  /** Where `duplicate-article` sits: the title's value (or key), else the body's start. */
  title: P;
  /** Every vocabulary value in file order, where `vocabulary-variant` may sit. */
  values: ValueAnchor<P>[];
}

/** What the archive-wide rules know of one file. */
export interface ArchiveFacts<P> {
  record: VocabularyRecord;
  sketch: DuplicateSketch;
  anchors: ArchiveAnchors<P>;
}

export function archiveAnchors(article: Article): ArchiveAnchors<Span> {
  const title = article.frontMatter ? frontMatterDocument(article).get('title') : undefined;
  const span = title ? title.valueSpan ?? title.keySpan : { start: article.bodyStart, end: article.bodyStart };
  const values: ValueAnchor<Span>[] = [];
  for (const field of RENAMABLE_FIELDS) {
    for (const o of valueOccurrences(article, field)) values.push({ field, value: o.value, at: { start: o.start, end: o.end } });
  }
  return { title: { start: span.start, end: span.end }, values };
}

/** The facts of `article` read at `path`, its places as file offsets. */
export function archiveFacts(path: string, article: Article): ArchiveFacts<Span> {
  const r = articleRecord(path, article);
  return {
    record: { categories: r.categories, tags: r.tags, author: r.author, source: r.source },
    sketch: duplicateSketch(r.title, article.body),
    anchors: archiveAnchors(article),
  };
}

/**
 * What a baseline fingerprints an anchor by, with the text of its lines (report/fingerprint.ts):
 * the rule and the kind of place, never the message, whose id and words depend on other files (how
 * many copies, which copy is nearest, one other article or more). An edit elsewhere in the
 * archive keeps an archive-wide problem known; a changed title or value makes it new.
 */
export function anchorKeys(anchors: ArchiveAnchors<Span>): { ruleId: string; messageId: string; start: number; end: number }[] {
  return [
    { ruleId: DUPLICATE_ARTICLE, messageId: 'title', ...anchors.title },
    ...anchors.values.map((v) => ({ ruleId: VOCABULARY_VARIANT, messageId: v.field, ...v.at })),
  ];
}
