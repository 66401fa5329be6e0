/**
 * The archive-wide rules' problem counts (duplicate-article, vocabulary-variant) of each file,
 * apart from the index entries: they change after every run of the findings, for thousands of
 * files at once (a scraper's cluster of copies), and an entry copied to carry them was 50,000
 * copies of every field at 50,000 posts (15 MB alive on the extension host's thread, and the
 * hygiene model's copy of each file on top: issue 18). Kept by folder and file name as the
 * index keeps its entries, so reading an entry's counts builds no path string. Never cached:
 * they depend on the other files.
 */
import * as path from 'node:path';
import { addCounts, CountsPool, pooledCounts, ProblemCounts } from '../problemCounts';
import type { IndexEntry } from './records/indexEntry';

/**
 * Every problem of the article as check counts it: its own rules' and the archive-wide ones
 * (`archive`, once their findings are known); undefined until validated.
 */
export function entryCounts(e: IndexEntry, archive: ArchiveCountsReader | undefined, pool?: CountsPool): ProblemCounts | undefined {
  return addCounts(e.problems, archive?.of(e), pool);
}

/** What reads a file's archive-wide counts (the tree's model, the tree items, the badges). */
export interface ArchiveCountsReader {
  of(e: Pick<IndexEntry, 'folder' | 'name'>): ProblemCounts | undefined;
}

/** One file whose archive-wide counts changed: from `before` to what `of(entry)` now gives. */
export interface ArchiveCountsChange {
  readonly entry: IndexEntry;
  readonly before: ProblemCounts | undefined;
}

export class ArchiveWideCounts implements ArchiveCountsReader {
  private readonly folders = new Map<string, Map<string, ProblemCounts>>();

  constructor(private readonly pool?: CountsPool) {}

  of(e: Pick<IndexEntry, 'folder' | 'name'>): ProblemCounts | undefined {
    return this.folders.get(e.folder)?.get(e.name);
  }

  /** The counts of the file at `filePath`. */
  get(filePath: string): ProblemCounts | undefined {
    return this.folders.get(path.dirname(filePath))?.get(path.basename(filePath));
  }

  /** Files with counts. */
  get size(): number {
    let n = 0;
    for (const names of this.folders.values()) n += names.size;
    return n;
  }

  /** Forgets the file at `filePath` (deleted); returns the counts it had. */
  delete(filePath: string): ProblemCounts | undefined {
    const dir = path.dirname(filePath);
    const names = this.folders.get(dir);
    const name = path.basename(filePath);
    const old = names?.get(name);
    if (names && old) {
      names.delete(name);
      if (names.size === 0) this.folders.delete(dir);
    }
    return old;
  }

  /**
   * The counts of the findings' run, by path (a path not named has none; a path named twice, its last), for the files that
   * `entryOf` knows; returns the files whose counts changed. Equal counts share one object
   * through the pool, so "changed" is an identity test.
   */
  replace(counts: Iterable<readonly [string, ProblemCounts]>, entryOf: (filePath: string) => IndexEntry | undefined): ArchiveCountsChange[] {
    const changes: ArchiveCountsChange[] = [];
    const next = new Map<string, Map<string, ProblemCounts>>();
    for (const [p, c] of counts) {
      const entry = entryOf(p);
      if (!entry) continue;
      const want = pooledCounts(c, this.pool);
      let names = next.get(entry.folder);
      if (!names) next.set(entry.folder, (names = new Map()));
      names.set(entry.name, want);
      const before = this.of(entry);
      if (before !== want) changes.push({ entry, before });
    }
    for (const [folder, names] of this.folders) {
      for (const [name, before] of names) {
        if (next.get(folder)?.has(name)) continue;
        const entry = entryOf(folder.endsWith(path.sep) ? folder + name : folder + path.sep + name);
        if (entry) changes.push({ entry, before });
      }
    }
    this.folders.clear();
    for (const [folder, names] of next) this.folders.set(folder, names);
    return changes;
  }

  /** Drops the counts of files `keep` no longer knows (after a new index). */
  retain(keep: (folder: string, name: string) => boolean): void {
    for (const [folder, names] of this.folders) {
      for (const name of names.keys()) if (!keep(folder, name)) names.delete(name);
      if (names.size === 0) this.folders.delete(folder);
    }
  }
}
