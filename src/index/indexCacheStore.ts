/**
 * Where the persistent index lives: one compact file under the workspace's storage folder
 * (`context.storageUri`, or the global one without a workspace), never in workspaceState, whose
 * values are all loaded into memory at start. The file itself is reached through a `CacheFile`:
 * Node's `fs` when the storage is on the local disk (`nodeCacheFile.ts`), else `workspace.fs`
 * (the web build's storage, `vscode-userdata:` and the like).
 */
import * as vscode from 'vscode';
import { ArchiveIndex } from '../core/index/archiveIndex';
import { encodeIndexCache, IndexCache } from '../core/index/indexCache';

export const CACHE_FILE_NAME = 'archive-index.json';

export interface CacheFile {
  /** The cache's text; undefined when there is none or it cannot be read. */
  read(): Promise<string | undefined>;
  /** Replaces the cache whole (written beside, then renamed over it). */
  write(text: string): Promise<void>;
}

/** The cache file through `workspace.fs`, under a storage folder of any scheme. */
export function workspaceCacheFile(base: vscode.Uri): CacheFile {
  const file = vscode.Uri.joinPath(base, CACHE_FILE_NAME);
  return {
    async read() {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      } catch {
        return undefined;
      }
    },
    async write(text) {
      await vscode.workspace.fs.createDirectory(base);
      // Beside and renamed, so a closed tab mid-write never leaves half a cache.
      const partial = vscode.Uri.joinPath(base, `${CACHE_FILE_NAME}.${Date.now().toString(36)}.tmp`);
      await vscode.workspace.fs.writeFile(partial, new TextEncoder().encode(text));
      await vscode.workspace.fs.rename(partial, file, { overwrite: true });
    },
  };
}

/** The storage folder of this workspace (or the global one). */
export function storageFolder(context: vscode.ExtensionContext): vscode.Uri {
  return context.storageUri ?? context.globalStorageUri;
}

export class IndexCacheStore {
  constructor(private readonly file: CacheFile) {}

  /** The cached entries for a new index, or undefined when there is no usable cache. */
  async load(index: ArchiveIndex, rules: string): Promise<IndexCache | undefined> {
    const text = await this.file.read();
    return text === undefined ? undefined : IndexCache.decode(text, index, rules);
  }

  save(index: ArchiveIndex, rules: string): Promise<void> {
    return this.file.write(encodeIndexCache(index, rules));
  }
}
