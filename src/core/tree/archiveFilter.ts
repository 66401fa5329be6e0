/**
 * The tree's filter: text matched (case-insensitively) against titles and authors, and, when
 * asked, the bodies' text (found by the body search, src/tree/bodySearch.ts, and handed in as a
 * set of paths); and/or only the articles with problems.
 */
import { entryPath, IndexEntry } from '../index/records/indexEntry';
import { hasProblems as countedProblems } from '../problemCounts';
import type { ArchiveCountsReader } from '../index/archiveWideCounts';

export interface ArchiveFilter {
  /** '' for no text filter. */
  text: string;
  problemsOnly: boolean;
  /** Whether the text is also searched for in the articles' bodies. */
  body?: boolean;
  /** The paths of the articles whose body contains the text, once the body search has run. */
  inBody?: ReadonlySet<string>;
}

export const NO_FILTER: ArchiveFilter = { text: '', problemsOnly: false };

export function isFiltering(f: ArchiveFilter): boolean {
  return f.text.trim() !== '' || f.problemsOnly;
}

/**
 * An article with problems, as core/problemCounts.ts counts them (the groups' "N with
 * problems"): its own rules' or the archive-wide ones (`archive`, where they are known).
 */
export function hasProblems(e: IndexEntry, archive?: ArchiveCountsReader): boolean {
  return countedProblems(e.problems) || (archive !== undefined && countedProblems(archive.of(e)));
}

/** A predicate for the filter, with the text lower-cased once. */
export function filterPredicate(f: ArchiveFilter, archive?: ArchiveCountsReader): (e: IndexEntry) => boolean {
  const needle = f.text.trim().toLocaleLowerCase();
  const problemsOnly = f.problemsOnly;
  const inBody = f.body ? f.inBody : undefined;
  if (!needle && !problemsOnly) return () => true;
  return (e) => {
    if (problemsOnly && !hasProblems(e, archive)) return false;
    if (!needle) return true;
    return (e.title !== undefined && e.title.toLocaleLowerCase().includes(needle)) ||
      (e.author !== undefined && e.author.toLocaleLowerCase().includes(needle)) ||
      (inBody !== undefined && inBody.has(entryPath(e)));
  };
}

/** Whether two filters show the same articles. */
export function sameFilter(a: ArchiveFilter, b: ArchiveFilter): boolean {
  return a.text === b.text && a.problemsOnly === b.problemsOnly && !!a.body === !!b.body && a.inBody === b.inBody;
}
