/**
 * Reads one file into an index entry: one open, one fstat (for the cache key), one read, one
 * close — the same system calls as `fs.readFileSync` — then the byte-level record reading.
 * Nothing of the bytes outlives the call (strings are decoded from them), so every file is read
 * into one reused buffer instead of a fresh one: 50,000 files then cost no buffer garbage.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IndexEntry, makeEntry } from './indexEntry';
import { recordFieldsFromBytes } from './recordFields';
import { StringPool } from './stringPool';

export type ReadResult =
  | { kind: 'article'; entry: IndexEntry }
  | { kind: 'not-article'; mtime: number; size: number }
  | { kind: 'unreadable'; reason: string };

let scratch = Buffer.allocUnsafe(1 << 20);

export function readEntry(filePath: string, pool: StringPool): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(filePath, 'r');
  } catch (e) {
    return { kind: 'unreadable', reason: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { kind: 'unreadable', reason: 'not a file' };
    if (stat.size > scratch.length) scratch = Buffer.allocUnsafe(stat.size);
    const buf = scratch;
    let read = 0;
    while (read < stat.size) {
      const n = fs.readSync(fd, buf, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = buf.subarray(0, read);
    return entryFromBytes(filePath, bytes, stat.mtimeMs, stat.size, pool);
  } catch (e) {
    return { kind: 'unreadable', reason: (e as NodeJS.ErrnoException).code ?? String(e) };
  } finally {
    fs.closeSync(fd);
  }
}

export function entryFromBytes(filePath: string, bytes: Buffer, mtime: number, size: number, pool: StringPool): ReadResult {
  const fields = recordFieldsFromBytes(bytes);
  if (!fields) return { kind: 'not-article', mtime, size };
  const slash = filePath.lastIndexOf(path.sep);
  const folder = slash <= 0 ? path.dirname(filePath) : filePath.slice(0, slash);
  return { kind: 'article', entry: makeEntry(pool, folder, filePath.slice(slash + 1), fields, mtime, size) };
}
