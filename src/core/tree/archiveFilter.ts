/**
 * The tree's filter: text matched (case-insensitively) against titles and authors, and/or only
 * the articles with problems.
 */
import { IndexEntry } from '../index/records/indexEntry';

export interface ArchiveFilter {
  /** '' for no text filter. */
  text: string;
  problemsOnly: boolean;
}

export const NO_FILTER: ArchiveFilter = { text: '', problemsOnly: false };

export function isFiltering(f: ArchiveFilter): boolean {
  return f.text.trim() !== '' || f.problemsOnly;
}

export function hasProblems(e: IndexEntry): boolean {
  return e.problems !== undefined && e.problems.errors + e.problems.warnings > 0;
}

/** A predicate for the filter, with the text lower-cased once. */
export function filterPredicate(f: ArchiveFilter): (e: IndexEntry) => boolean {
  const needle = f.text.trim().toLocaleLowerCase();
  const problemsOnly = f.problemsOnly;
  if (!needle && !problemsOnly) return () => true;
  return (e) => {
    if (problemsOnly && !hasProblems(e)) return false;
    if (!needle) return true;
    return (e.title !== undefined && e.title.toLocaleLowerCase().includes(needle)) ||
      (e.author !== undefined && e.author.toLocaleLowerCase().includes(needle));
  };
}
