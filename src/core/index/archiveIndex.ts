/**
 * The archive index: one compact entry per article, by path, plus the files known not to be
 * articles (so a warm start need not read them again). Pure bookkeeping: reading files is
 * records/readEntry.ts, persistence is indexCache.ts, and the tree model listens to changes.
 */
import * as path from 'node:path';
import { IndexEntry } from './records/indexEntry';
import { StringPool } from './records/stringPool';

export interface FileStamp {
  mtime: number;
  size: number;
}

export class ArchiveIndex {
  readonly pool = new StringPool();
  /** folder → file name → entry: folder strings are shared, names are the entries' own. */
  private readonly folders = new Map<string, Map<string, IndexEntry>>();
  /** Files that were read and are not articles, with the stamp they had then. */
  private readonly others = new Map<string, FileStamp>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(filePath: string): IndexEntry | undefined {
    return this.folders.get(path.dirname(filePath))?.get(path.basename(filePath));
  }

  /** The entry of the file `name` in `folder` (an entry's own two fields: no path is built). */
  at(folder: string, name: string): IndexEntry | undefined {
    return this.folders.get(folder)?.get(name);
  }

  /** Adds or replaces the entry for its path; returns the entry it replaced. */
  set(entry: IndexEntry): IndexEntry | undefined {
    let names = this.folders.get(entry.folder);
    if (!names) this.folders.set(entry.folder, (names = new Map()));
    const old = names.get(entry.name);
    names.set(entry.name, entry);
    if (!old) this.count++;
    return old;
  }

  /** Removes a path, whether an article or a known non-article; returns the entry removed. */
  delete(filePath: string): IndexEntry | undefined {
    this.others.delete(filePath);
    const dir = path.dirname(filePath);
    const names = this.folders.get(dir);
    const old = names?.get(path.basename(filePath));
    if (names && old) {
      names.delete(old.name);
      if (names.size === 0) this.folders.delete(dir);
      this.count--;
    }
    return old;
  }

  setOther(filePath: string, stamp: FileStamp): IndexEntry | undefined {
    const old = this.delete(filePath);
    this.others.set(filePath, stamp);
    return old;
  }

  other(filePath: string): FileStamp | undefined {
    return this.others.get(filePath);
  }

  *entries(): IterableIterator<IndexEntry> {
    for (const names of this.folders.values()) yield* names.values();
  }

  *otherFiles(): IterableIterator<[string, FileStamp]> {
    yield* this.others.entries();
  }

  /** Every indexed path under a folder (a removed workspace folder, a deleted directory). */
  pathsUnder(folder: string): string[] {
    const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
    const out: string[] = [];
    for (const [dir, names] of this.folders) {
      if (dir === folder || dir.startsWith(prefix)) for (const name of names.keys()) out.push(path.join(dir, name));
    }
    for (const p of this.others.keys()) if (p.startsWith(prefix)) out.push(p);
    return out;
  }
}
