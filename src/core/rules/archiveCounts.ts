/**
 * The archive-wide rules' problems of each file counted, without its text: what the editor's
 * index adds to a file's own counts so that the status bar, the Articles view and its badges
 * count what `news-archive check` reports (issue 14). The problems are the very ones check makes
 * (archiveProblemsAt over the file's anchors), only placed nowhere: `duplicate-article` needs no
 * place, and `vocabulary-variant` needs the file's values as its front matter writes them.
 */
import type { Article } from '../article/article';
import { Quoting, scalarText } from '../article/frontMatterScanner';
import { RENAMABLE_FIELDS, RenamableField, valueOccurrences } from '../hygiene/frontMatterValues';
import { frontMatterView } from './entries';
import type { VocabularyRecord } from '../hygiene/vocabulary';
import { countProblems, CountsPool, ProblemCounts } from '../problemCounts';
import type { ArchiveAnchors } from './archiveAnchors';
import { ArchiveFile, ArchiveFindings, archiveProblemsAt, flaggedPaths } from './archiveProblems';

/** A file's category, tag and author values as its front matter writes them (archiveAnchors' values), in file order. */
export type VocabularyValues = readonly (readonly [RenamableField, string])[];

function recordValues(record: Pick<VocabularyRecord, 'categories' | 'tags' | 'author'>): VocabularyValues {
  const values: [RenamableField, string][] = [];
  for (const v of record.categories) values.push(['categories', v]);
  for (const v of record.tags) values.push(['tags', v]);
  if (record.author !== null && record.author !== undefined) values.push(['author', record.author]);
  return values;
}

/**
 * The article's values, or undefined when they are the record's lists as they stand (nearly
 * every file: nothing is kept for it). They differ where the record, which is Hexo's reading,
 * reads the front matter otherwise: a key written twice or a list item `[text](url)` (Hexo
 * then reads no front matter), among others (1,272 of 51,000 generated posts).
 */
export function vocabularyValues(article: Article, record: Pick<VocabularyRecord, 'categories' | 'tags' | 'author'>): VocabularyValues | undefined {
  const values = scannedValues(article) ?? documentValues(article);
  const same = recordValues(record);
  return values.length === same.length && values.every((v, i) => v[0] === same[i][0] && v[1] === same[i][1]) ? undefined : values;
}

/** The values as valueOccurrences gives them, from the YAML document (what archiveAnchors reads). */
export function documentValues(article: Article): VocabularyValues {
  const values: [RenamableField, string][] = [];
  for (const field of RENAMABLE_FIELDS) for (const o of valueOccurrences(article, field)) values.push([field, o.value]);
  return values;
}

function quotingOf(text: string, start: number): Quoting {
  const q = text.charCodeAt(start);
  return q === 39 ? 'single' : q === 34 ? 'double' : 'plain';
}

/**
 * The same values from the line scan the rules already ran (frontMatterView, cached), for front
 * matter of the simple shape; undefined otherwise. The YAML document costs about half as much
 * again as the rest of the pass (bench/archiveCounts.bench.ts), and nearly every post is simple.
 */
export function scannedValues(article: Article): VocabularyValues | undefined {
  const view = frontMatterView(article);
  if (!view.simple) return undefined;
  const text = article.text;
  const values: [RenamableField, string][] = [];
  for (const field of RENAMABLE_FIELDS) {
    for (const e of view.entries) {
      if (e.key !== field) continue;
      if (e.items) {
        // An author given as a list is no author value (valueOccurrences).
        if (field === 'author') continue;
        for (const item of e.items) if (!item.empty) values.push([field, scalarText(text, item.start, item.end, quotingOf(text, item.start))]);
      } else if (e.valueSpan && e.valueSpan.end > e.valueSpan.start) {
        values.push([field, scalarText(text, e.valueSpan.start, e.valueSpan.end, quotingOf(text, e.valueSpan.start))]);
      }
    }
  }
  return values;
}

/** What the count reads of one file: the archive-wide rules' input and, where they differ from the record's, its values. */
export interface CountedFile extends ArchiveFile {
  values?: VocabularyValues;
}

/**
 * The archive-wide problems of every flagged file, counted by severity and rule (a file with
 * none is left out), with the findings `findings` made from `files`.
 */
export function archiveProblemCounts(findings: ArchiveFindings, files: readonly CountedFile[], pool?: CountsPool): Map<string, ProblemCounts> {
  const flagged = flaggedPaths(findings, files);
  const counts = new Map<string, ProblemCounts>();
  if (!flagged.size) return counts;
  for (const f of files) {
    if (!flagged.has(f.path)) continue;
    const anchors: ArchiveAnchors<null> = { title: null, values: (f.values ?? recordValues(f.record)).map(([field, value]) => ({ field, value, at: null })) };
    const problems = archiveProblemsAt(anchors, f.path, findings);
    if (problems.length) counts.set(f.path, countProblems(problems, pool));
  }
  return counts;
}
