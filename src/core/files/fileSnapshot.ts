/**
 * Reads a file that a writer may later replace: its bytes, and enough of its identity (mode,
 * owner) for the replacement to keep them. Only regular files are read: a named pipe, socket or
 * device is refused before a byte is read, because opening a FIFO for reading blocks until
 * someone writes to it and a device may never end (`news-archive check /dev/zero`).
 */
import * as fs from 'node:fs';

/** What a path is when it is not a regular file; each front end puts it into words. */
export type SpecialFileKind = 'fifo' | 'socket' | 'character-device' | 'block-device' | 'directory' | 'other';

export interface FileSnapshot {
  /** The path as given. */
  path: string;
  bytes: Buffer;
  /** Permission bits (`mode & 0o7777`), kept by a replacement. */
  mode: number;
  uid: number;
  gid: number;
}

export type SnapshotResult =
  | { kind: 'file'; snapshot: FileSnapshot }
  /** Not a regular file: nothing was read from it. */
  | { kind: 'special'; what: SpecialFileKind }
  /** The system refused (`ENOENT`, `EACCES`, `EIO` …). */
  | { kind: 'error'; code: string };

export function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : String(e);
}

export function specialKind(stat: fs.Stats): SpecialFileKind | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice()) return 'character-device';
  if (stat.isBlockDevice()) return 'block-device';
  if (stat.isDirectory()) return 'directory';
  return 'other';
}

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; the fstat
// that follows then refuses it. O_NOCTTY keeps a terminal device from becoming ours.
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/** Reads a regular file whole, through one descriptor (what is checked is what is read). */
export function readSnapshot(file: string): SnapshotResult {
  let fd: number;
  try {
    fd = fs.openSync(file, READ_FLAGS);
  } catch (e) {
    return { kind: 'error', code: errorCode(e) };
  }
  try {
    const stat = fs.fstatSync(fd);
    const special = specialKind(stat);
    if (special) return { kind: 'special', what: special };
    const bytes = readAll(fd, stat.size);
    return { kind: 'file', snapshot: { path: file, bytes, mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid } };
  } catch (e) {
    return { kind: 'error', code: errorCode(e) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Every byte behind `fd` from its start, however the size changes while reading. */
export function readAll(fd: number, sizeHint: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let buffer = Buffer.allocUnsafe(Math.max(sizeHint + 1, 64 * 1024));
  let filled = 0;
  for (;;) {
    if (filled === buffer.length) {
      chunks.push(buffer);
      total += filled;
      buffer = Buffer.allocUnsafe(Math.max(64 * 1024, buffer.length));
      filled = 0;
    }
    const n = fs.readSync(fd, buffer, filled, buffer.length - filled, total + filled);
    if (n === 0) break;
    filled += n;
  }
  chunks.push(buffer.subarray(0, filled));
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}
