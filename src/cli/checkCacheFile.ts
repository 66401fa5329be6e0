/**
 * `check --cache FILE` on disk: the cache read at the start (a missing file is an empty cache;
 * one this version cannot use is said on stderr and rebuilt), each configuration's key, and the
 * cache written back through the one atomic writer at the end.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { replaceFile } from '../core/files/replaceFile';
import { CheckCache } from '../core/report/checkCache';
import type { LoadedConfig } from './configFile';
import { withSignalsDeferred } from './interrupts';
import { CliIo } from './io';
import { t } from './l10n';
import { TOOL_VERSION } from './version';

export class CheckCacheFile {
  readonly cache: CheckCache;
  private readonly configKeys = new WeakMap<LoadedConfig, string>();
  hits = 0;
  private readonly existed: boolean;

  constructor(private readonly file: string, private readonly io: CliIo) {
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      // No cache yet: every file is checked and stored.
    }
    const cache = text === undefined ? undefined : CheckCache.decode(text, TOOL_VERSION);
    if (text !== undefined && !cache) io.err(t('{0}: not a cache this version of news-archive wrote; checking every file', file));
    this.cache = cache ?? CheckCache.empty(TOOL_VERSION);
    this.existed = cache !== undefined;
  }

  /** The key of a file's effective configuration: the text of its .newsarchive.json, or the defaults. */
  configKey(loaded: LoadedConfig): string {
    let key = this.configKeys.get(loaded);
    if (key === undefined) {
      key = loaded.file === undefined ? 'defaults' : createHash('sha256').update(loaded.text).digest('hex').slice(0, 16);
      this.configKeys.set(loaded, key);
    }
    return key;
  }

  /** The path a file is stored under: relative to the working folder, with `/`, as in a checkout. */
  static entryName(file: string): string {
    return path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  }

  /** Writes the cache back, unless every result came from it unchanged. */
  async save(): Promise<void> {
    if (this.existed && !this.cache.changed) return;
    let code: string | undefined;
    try {
      fs.mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true });
      const outcome = await withSignalsDeferred((signal) => replaceFile(this.file, Buffer.from(this.cache.encode(), 'utf8'), { signal }));
      if (outcome.kind === 'failed') code = outcome.code;
      else if (outcome.kind !== 'written') code = outcome.kind;
    } catch (e) {
      code = (e as NodeJS.ErrnoException).code ?? String(e);
    }
    if (code) this.io.err(t('{0}: cannot write the cache ({1}); the results are complete', this.file, code));
  }
}
