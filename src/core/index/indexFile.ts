/**
 * Brings one file into the index: from the cache when its mtime and size still match (one
 * stat), else by reading it. Shared by the CLI, the extension's scan and the benchmark.
 */
import * as fs from 'node:fs';
import { ArchiveIndex } from './archiveIndex';
import { IndexCache } from './indexCache';
import { IndexEntry } from './records/indexEntry';
import { readEntry } from './records/readEntry';

export type IndexFileResult =
  | { outcome: 'article' | 'cached'; entry: IndexEntry; old: IndexEntry | undefined }
  | { outcome: 'other'; old: IndexEntry | undefined }
  | { outcome: 'unreadable'; reason: string; old: IndexEntry | undefined };

export function indexFile(filePath: string, index: ArchiveIndex, cache?: IndexCache): IndexFileResult {
  if (cache) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(filePath, { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    if (stat) {
      const hit = cache.lookup(filePath, { mtime: stat.mtimeMs, size: stat.size });
      if (hit === 'other') return { outcome: 'other', old: index.setOther(filePath, { mtime: stat.mtimeMs, size: stat.size }) };
      if (hit) return { outcome: 'cached', entry: hit, old: index.set(hit) };
    }
  }
  const r = readEntry(filePath, index.pool);
  switch (r.kind) {
    case 'article':
      return { outcome: 'article', entry: r.entry, old: index.set(r.entry) };
    case 'not-article':
      return { outcome: 'other', old: index.setOther(filePath, { mtime: r.mtime, size: r.size }) };
    case 'unreadable':
      return { outcome: 'unreadable', reason: r.reason, old: index.delete(filePath) };
  }
}
