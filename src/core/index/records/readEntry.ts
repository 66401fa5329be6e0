/**
 * Reads one file into an index entry: one open, one fstat (for the cache key), one read, one
 * close — the same system calls as `fs.readFileSync` — then the byte-level record reading.
 * Nothing of the bytes outlives the call (strings are decoded from them), so every file is read
 * into one reused buffer instead of a fresh one: 50,000 files then cost no buffer garbage.
 */
import * as fs from 'node:fs';
import { entryFromBytes, type ReadResult } from './entryFromBytes';
import { StringPool } from './stringPool';

export { entryFromBytes } from './entryFromBytes';
export type { ReadResult } from './entryFromBytes';

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
