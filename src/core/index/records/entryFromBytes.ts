/**
 * A file's bytes as an index entry (or why it is none): the byte-level record reading, apart
 * from how the bytes were read (`readEntry.ts` with Node's `fs`, the passes through a FileAccess).
 */
import * as path from 'node:path';
import { IndexEntry, makeEntry } from './indexEntry';
import { recordFieldsFromBytes } from './recordFields';
import { StringPool } from './stringPool';

export type ReadResult =
  | { kind: 'article'; entry: IndexEntry }
  | { kind: 'not-article'; mtime: number; size: number }
  | { kind: 'unreadable'; reason: string };

export function entryFromBytes(filePath: string, bytes: Buffer, mtime: number, size: number, pool: StringPool): ReadResult {
  const fields = recordFieldsFromBytes(bytes);
  if (!fields) return { kind: 'not-article', mtime, size };
  const slash = filePath.lastIndexOf(path.sep);
  const folder = slash <= 0 ? path.dirname(filePath) : filePath.slice(0, slash);
  return { kind: 'article', entry: makeEntry(pool, folder, filePath.slice(slash + 1), fields, mtime, size) };
}
