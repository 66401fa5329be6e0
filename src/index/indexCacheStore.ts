/**
 * Where the persistent index lives: one compact file a set of workspace folders, under the
 * extension's global storage folder (the web workbench gives the same folder a new workspace
 * storage folder in each browser profile, so a reopened archive would find no cache there),
 * never in workspaceState, whose values are all loaded into memory at start. The file itself is reached through a `CacheFile`:
 * Node's `fs` when the storage is on the local disk (`nodeCacheFile.ts`), else `workspace.fs`
 * (the web build's storage, `vscode-userdata:` and the like).
 */
import * as vscode from 'vscode';
import { ArchiveIndex } from '../core/index/archiveIndex';
import { encodeIndexCache, IndexCache } from '../core/index/indexCache';

/** FNV-1a over a text, 64 bits in two halves (no Node crypto in the web build). */
function fnvKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The open workspace folders' key. */
function foldersKey(): string {
  return fnvKey((vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()).join('\n'));
}

/** The cache's file name for the open workspace folders. */
export function cacheFileName(): string {
  return `archive-index-${foldersKey()}.json`;
}

/** The file beside it with its counts (IndexSummary). */
export function summaryFileName(): string {
  return `archive-index-${foldersKey()}.summary.json`;
}

export interface CacheFile {
  /** Where it is (a path or URI, for the workbench benchmark). */
  readonly location: string;
  /** The cache's text; undefined when there is none or it cannot be read. */
  read(): Promise<string | undefined>;
  /** Replaces the cache whole (written beside, then renamed over it). */
  write(text: string): Promise<void>;
}

/** The cache file through `workspace.fs`, under a storage folder of any scheme. */
export function workspaceCacheFile(base: vscode.Uri, name = cacheFileName()): CacheFile {
  const file = vscode.Uri.joinPath(base, name);
  return {
    location: file.toString(),
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
      const partial = vscode.Uri.joinPath(base, `${name}.${Date.now().toString(36)}.tmp`);
      await vscode.workspace.fs.writeFile(partial, new TextEncoder().encode(text));
      await vscode.workspace.fs.rename(partial, file, { overwrite: true });
    },
  };
}

/** The storage folder the cache lives in: the extension's global one. */
export function storageFolder(context: vscode.ExtensionContext): vscode.Uri {
  return context.globalStorageUri;
}

/**
 * The counts the status bar shows for a reopened workspace before the cache is read: the last
 * saved index's articles and problems, with the rules its counts were made under.
 */
export interface IndexSummary {
  articles: number;
  problems: number;
  rules: string;
}

function isSummary(v: unknown): v is IndexSummary {
  const s = v as Partial<IndexSummary> | undefined;
  return typeof s === 'object' && s !== null && typeof s.articles === 'number' && typeof s.problems === 'number' && typeof s.rules === 'string';
}

export class IndexCacheStore {
  /**
   * `summaryFile` is a small file beside the cache: read in a millisecond where the cache
   * takes a read and a decode of megabytes. (Not the global state: the web workbench keeps that
   * in the browser's storage, which another browser profile does not have.)
   */
  constructor(private readonly file: CacheFile, private readonly summaryFile?: CacheFile) {}

  /** The last saved index's counts, when they were made under these rules. */
  async summary(rules: string): Promise<{ articles: number; problems: number } | undefined> {
    const text = await this.summaryFile?.read();
    if (text === undefined) return undefined;
    let s: unknown;
    try {
      s = JSON.parse(text);
    } catch {
      return undefined;
    }
    return isSummary(s) && s.rules === fnvKey(rules) ? { articles: s.articles, problems: s.problems } : undefined;
  }

  /** Where the cache lives. */
  get location(): string {
    return this.file.location;
  }

  /** The cached entries for a new index, or undefined when there is no usable cache. */
  async load(index: ArchiveIndex, rules: string): Promise<IndexCache | undefined> {
    const text = await this.file.read();
    return text === undefined ? undefined : IndexCache.decode(text, index, rules);
  }

  async save(index: ArchiveIndex, rules: string, problems: number): Promise<void> {
    await this.file.write(encodeIndexCache(index, rules));
    await this.summaryFile?.write(JSON.stringify({ articles: index.size, problems, rules: fnvKey(rules) } satisfies IndexSummary));
  }
}
