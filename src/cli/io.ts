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
  if (!stdoutOpen()) return;
  let done = 0;
  if (process.stdout.writableLength === 0) {
    try {
      while (done < bytes.length) done += fs.writeSync(1, bytes, done);
    } catch (e) {
      if (readerGone(e)) return;
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
  if (done < bytes.length) process.stdout.write(Buffer.from(bytes.subarray(done)));
}

/**
 * Whether stdout's reader is gone (EPIPE: `news-archive check … | head -c 10` closed the pipe).
 * What is left of the report is dropped and the run ends as it would have, its summary on stderr
 * and its exit code, the same whether the report was made or repeated from the cache (the warm
 * run, dist/cli.js, threw there, the full run wrote a stack, a run without a cache crashed on an
 * unhandled 'error' event).
 */
let stdoutGone = false;
let watching = false;

function readerGone(e: unknown): boolean {
  if ((e as NodeJS.ErrnoException | undefined)?.code !== 'EPIPE') return false;
  stdoutGone = true;
  return true;
}

/** A write through the stream fails later, as an 'error' event: without a listener, a crash. */
function stdoutOpen(): boolean {
  if (!watching) {
    watching = true;
    process.stdout.on('error', (e) => {
      if (!readerGone(e)) throw e;
    });
  }
  return !stdoutGone;
}

export const processIo: CliIo = {
  out: (text) => {
    if (stdoutOpen()) process.stdout.write(text.endsWith('\n') ? text : text + '\n');
  },
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  write: writeStdout,
};
