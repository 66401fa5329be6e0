/** Where the CLI writes: stdout and stderr, swappable in tests. */
import * as fs from 'node:fs';

export interface CliIo {
  /** A whole text for stdout; a line end is added when it has none. */
  out(text: string): void;
  err(text: string): void;
  /**
   * Bytes for stdout as they are, for an output that comes in pieces (a cached report streamed
   * from its file). The bytes are lent: the caller may reuse them once the call returns, so a
   * writer that keeps them copies them. Without it, the pieces are gathered for `out`.
   */
  write?(bytes: Uint8Array): void;
}

/**
 * Straight to the descriptor while nothing waits in the stream (so the order holds); when the
 * descriptor would block, a copy goes through the stream, and so does everything after it.
 */
function writeStdout(bytes: Uint8Array): void {
  let done = 0;
  if (process.stdout.writableLength === 0) {
    try {
      while (done < bytes.length) done += fs.writeSync(1, bytes, done);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
  if (done < bytes.length) process.stdout.write(Buffer.from(bytes.subarray(done)));
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  write: writeStdout,
};
