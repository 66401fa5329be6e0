/**
 * Where the configuration of a folder's files comes from on disk: the nearest
 * `.newsarchive.json` walking up from the folder, as it was read (a file, or the folder, pipe or
 * error standing in its place), or none (the defaults). Each place is looked at once. What the
 * file says is ./configFile.ts's business; this part only finds it, so that a warm
 * `check --cache` (./repeatedRun.ts) can tell whether a configuration changed without loading
 * the configuration's reader.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { ARCHIVE_CONFIG_FILE } from '../core/config/configFileName';
import { readSnapshot, SnapshotResult } from '../core/files/fileSnapshot';

/** A configuration file found: its path and what reading it gave (never ENOENT: then the search goes on up). */
export interface ConfigSource {
  file: string;
  read: SnapshotResult;
}

export class ConfigLocations {
  private readonly byFolder = new Map<string, ConfigSource | undefined>();

  /** The configuration of the files in `folder` (an absolute path); undefined for the defaults. */
  forFolder(folder: string): ConfigSource | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const file = path.join(folder, ARCHIVE_CONFIG_FILE);
    const read = readSnapshot(file);
    let found: ConfigSource | undefined;
    if (read.kind === 'error' && read.code === 'ENOENT') {
      const parent = path.dirname(folder);
      found = parent === folder ? undefined : this.forFolder(parent);
    } else found = { file, read };
    this.byFolder.set(folder, found);
    return found;
  }
}

/** A configuration file's text (empty when what stands there is not a readable file). */
export function configSourceText(source: ConfigSource): string {
  return source.read.kind === 'file' ? source.read.snapshot.bytes.toString('utf8') : '';
}

/** The key a cache keeps a configuration by: `defaults`, or a hash of the file's text. */
export function configKeyOf(file: string | undefined, text: string): string {
  return file === undefined ? 'defaults' : createHash('sha256').update(text).digest('hex').slice(0, 16);
}
