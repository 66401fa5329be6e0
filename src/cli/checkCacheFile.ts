/**
 * `check --cache FILE` on disk: the cache opened at the start and read only where the run needs
 * it (a missing file is an empty cache; one this version cannot use is said on stderr and
 * rebuilt), each configuration's key, the body streamed out in chunks, and the new cache written
 * back through the one atomic writer at the end.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { replaceFile } from '../core/files/replaceFile';
import { CacheSource, CheckCacheReader } from '../core/report/checkCache';
import type { LoadedConfig } from './configFile';
import { configKeyOf } from './configLocation';
import { withSignalsDeferred } from './interrupts';
import { CliIo } from './io';
import { t } from './l10n';
import { TOOL_VERSION } from './version';

/**
 * The body is streamed in pieces of this size: never the whole of it in memory, and small enough
 * to stay in the processor's cache between its read and its write (copying a 171 MB file to
 * /dev/null in a loop: 26–28 ms through 128 KB pieces, 83–122 ms through 4 MB ones; in a whole
 * warm run of the CLI the two are the same within the noise, `farm-bench -n 15`).
 */
const CHUNK = 128 * 1024;

function readAt(fd: number, offset: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, bytes, done, length - done, offset + done);
    if (n === 0) throw new Error('the cache file ended early');
    done += n;
  }
  return bytes;
}

export class CheckCacheFile {
  readonly reader: CheckCacheReader | undefined;
  private readonly configKeys = new WeakMap<LoadedConfig, string>();
  private fd: number | undefined;

  constructor(private readonly file: string, private readonly io: CliIo) {
    let source: CacheSource | undefined;
    try {
      const fd = fs.openSync(file, 'r');
      this.fd = fd;
      const size = fs.fstatSync(fd).size;
      source = { size, read: (offset, length) => readAt(fd, offset, length) };
    } catch {
      // No cache yet: every file is checked and stored.
    }
    const opened = source ? CheckCacheReader.open(source, TOOL_VERSION) : undefined;
    if (opened === 'foreign') io.err(t('{0}: not a cache this version of news-archive wrote; checking every file', file));
    this.reader = opened === 'foreign' ? undefined : opened;
  }

  /** The key of a file's effective configuration: the text of its .newsarchive.json, or the defaults. */
  configKey(loaded: LoadedConfig): string {
    let key = this.configKeys.get(loaded);
    if (key === undefined) {
      key = configKeyOf(loaded.file, loaded.text);
      this.configKeys.set(loaded, key);
    }
    return key;
  }

  /** The path a file is stored under: relative to the working folder, with `/`, as in a checkout. */
  static entryName(file: string): string {
    // A relative path without `.`, `..` or doubled separators is its own name (most are: the walk's).
    if (path.sep === '/' && !path.isAbsolute(file) && !/(^|\/)\.\.?(\/|$)|\/\/|\/$/.test(file) && file !== '') return file;
    return path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  }

  /**
   * Hands the reader's body to `emit` in chunks, as it is on disk. Each chunk is lent: the next
   * one is read into the same memory (a body of 100 MB costs one chunk of memory, not 100 MB).
   */
  streamBody(emit: (bytes: Buffer) => void): void {
    const { offset, length } = this.reader!.body;
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, length));
    for (let at = 0; at < length; at += CHUNK) {
      const n = Math.min(CHUNK, length - at);
      let done = 0;
      while (done < n) {
        const got = fs.readSync(this.fd!, chunk, done, n - done, offset + at + done);
        if (got === 0) throw new Error('the cache file ended early');
        done += got;
      }
      emit(chunk.subarray(0, n));
    }
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  /** Writes the new cache (the chunks encodeCache gave). */
  async save(chunks: readonly Buffer[]): Promise<void> {
    let code: string | undefined;
    try {
      fs.mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true });
      const bytes = Buffer.concat(chunks);
      const outcome = await withSignalsDeferred((signal) => replaceFile(this.file, bytes, { signal }));
      if (outcome.kind === 'failed') code = outcome.code;
      else if (outcome.kind !== 'written') code = outcome.kind;
    } catch (e) {
      code = (e as NodeJS.ErrnoException).code ?? String(e);
    }
    if (code) this.io.err(t('{0}: cannot write the cache ({1}); the results are complete', this.file, code));
  }
}
