/**
 * The one way to rewrite a file: the new bytes go to a temporary file in the same folder, are
 * flushed to disk, and take the original's place by one rename, and only if the original still
 * holds the bytes that were read (a content hash, compared just before the rename: mtime and
 * size miss a same-size save within the clock's resolution). The original is never opened for
 * writing, so an error, a full disk or a signal at any moment leaves it byte for byte, and the
 * temporary file is removed on every way out but a rename. Git, editors and npm write this way.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorCode, specialKind } from './fileSnapshot';

/** Where a write failed; each front end says it in words. */
export type WriteStep = 'create' | 'write' | 'flush' | 'verify' | 'replace' | 'restore';

export type WriteOutcome =
  | { kind: 'written' }
  /** The file no longer holds the bytes that were read (or is gone): left as it is. */
  | { kind: 'changed' }
  /** Nothing changed on disk (but after 'restore': see the message there). */
  | { kind: 'failed'; step: WriteStep; code: string }
  /** The signal was aborted before the rename: nothing changed on disk. */
  | { kind: 'interrupted' };

export interface ReplaceOptions {
  /** The bytes the caller read: replace only if the file still holds exactly these. Without it, replace whatever is there, or create the file. */
  expected?: Uint8Array;
  /** Aborting it stops the write at the next step, before the rename. */
  signal?: AbortSignal;
}

const CHUNK = 1024 * 1024;
let sequence = 0;


class Failure extends Error {
  constructor(readonly step: WriteStep, readonly code: string) {
    super(`${step}: ${code}`);
  }
}

async function attempt<T>(step: WriteStep, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw e instanceof Failure ? e : new Failure(step, errorCode(e));
  }
}

/** The file a path names, through symbolic links: replacing the link itself would cut it. */
async function realTarget(target: string): Promise<{ file: string; stat: fs.Stats | undefined }> {
  try {
    const file = await fs.promises.realpath(target);
    return { file, stat: await fs.promises.stat(file) };
  } catch (e) {
    if (errorCode(e) !== 'ENOENT') throw new Failure('create', errorCode(e));
    return { file: path.resolve(target), stat: undefined };
  }
}

/**
 * Every byte behind `handle` from its start, read at explicit positions (a handle's own position
 * may already be at its end), each chunk given to `chunk` as it comes.
 */
async function readFrom(handle: fs.promises.FileHandle, chunk: (bytes: Buffer) => void): Promise<void> {
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (let position = 0; ; ) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) return;
    chunk(buffer.subarray(0, bytesRead));
    position += bytesRead;
  }
}

/**
 * Opens the target and checks, through that descriptor, that it holds the bytes whose hash is
 * `expected`. The hash grows as the chunks are read, so the moment between the last read and
 * the rename, when a write could still slip in unseen, is as short as it can be.
 */
async function verify(file: string, expected: Buffer, length: number): Promise<{ handle: fs.promises.FileHandle; seen: fs.BigIntStats } | undefined> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return undefined;
    throw new Failure('verify', errorCode(e));
  }
  try {
    const seen = await handle.stat({ bigint: true });
    if (!seen.isFile() || Number(seen.size) !== length) {
      await handle.close();
      return undefined;
    }
    const current = createHash('sha256');
    await readFrom(handle, (bytes) => current.update(bytes));
    if (!current.digest().equals(expected)) {
      await handle.close();
      return undefined;
    }
    return { handle, seen };
  } catch (e) {
    await handle.close().catch(() => undefined);
    throw e instanceof Failure ? e : new Failure('verify', errorCode(e));
  }
}

export async function replaceFile(target: string, bytes: Uint8Array, options: ReplaceOptions = {}): Promise<WriteOutcome> {
  const { expected, signal } = options;
  let temp: string | undefined;
  let renamed = false;
  let checked: { handle: fs.promises.FileHandle; seen: fs.BigIntStats } | undefined;
  try {
    const { file, stat } = await realTarget(target);
    if (stat && specialKind(stat)) return { kind: 'failed', step: 'create', code: specialKind(stat) ?? 'other' };
    // A size that differs already (an append) needs no copy written to find out.
    if (expected !== undefined && (!stat || stat.size !== expected.length)) return { kind: 'changed' };
    if (signal?.aborted) return { kind: 'interrupted' };

    const folder = path.dirname(file);
    temp = path.join(folder, `.${path.basename(file)}.tmp-${process.pid}-${++sequence}`);
    const tempPath = temp;
    // A replacement starts private and takes the original's mode; a new file gets the umask's.
    const handle = await attempt('create', () => fs.promises.open(tempPath, 'wx', stat ? 0o600 : 0o666));
    try {
      if (stat) {
        await attempt('create', () => handle.chmod(stat.mode & 0o7777));
        // Only root can give a file away; for anyone else the owner is already theirs.
        if (process.getuid?.() === 0 && (stat.uid !== 0 || stat.gid !== process.getgid?.())) {
          await handle.chown(stat.uid, stat.gid).catch(() => undefined);
        }
      }
      for (let offset = 0; offset < bytes.length; ) {
        if (signal?.aborted) return { kind: 'interrupted' };
        const { bytesWritten } = await attempt('write', () => handle.write(bytes, offset, Math.min(CHUNK, bytes.length - offset)));
        offset += bytesWritten;
      }
      await attempt('flush', () => handle.sync());
    } finally {
      await handle.close().catch(() => undefined);
    }

    if (signal?.aborted) return { kind: 'interrupted' };
    if (expected !== undefined) {
      checked = await verify(file, createHash('sha256').update(expected).digest(), expected.length);
      if (!checked) return { kind: 'changed' };
    }
    if (signal?.aborted) return { kind: 'interrupted' };
    await attempt('replace', () => fs.promises.rename(tempPath, file));
    renamed = true;
    // The folder is not flushed: after a power cut the rename may be undone, leaving the
    // original whole (its bytes were never touched). Git and npm's writers accept the same;
    // flushing the folder as well nearly doubled the time a post takes (bench/write.bench.ts).

    if (checked) {
      // A write that landed between the check and the rename went to the file we replaced,
      // which we still hold open: put that version back rather than lose it.
      const after = await checked.handle.stat({ bigint: true });
      if (after.size !== checked.seen.size || after.mtimeNs !== checked.seen.mtimeNs) {
        const chunks: Buffer[] = [];
        await readFrom(checked.handle, (bytes) => chunks.push(Buffer.from(bytes)));
        const restored = await replaceFile(file, Buffer.concat(chunks));
        return restored.kind === 'written' ? { kind: 'changed' } : { kind: 'failed', step: 'restore', code: restored.kind === 'failed' ? restored.code : restored.kind };
      }
    }
    return { kind: 'written' };
  } catch (e) {
    if (e instanceof Failure) return { kind: 'failed', step: e.step, code: e.code };
    throw e;
  } finally {
    await checked?.handle.close().catch(() => undefined);
    if (temp !== undefined && !renamed) await fs.promises.unlink(temp).catch(() => undefined);
  }
}
