/**
 * Where the persistent index lives: one compact file a set of workspace folders, under the
 * extension's global storage folder, never in workspaceState, whose values are all loaded into
 * memory at start.
 */
import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ArchiveIndex } from '../core/index/archiveIndex';
import type { FileAccess } from '../core/files/fileAccess';
import { encodeIndexCache, IndexCache } from '../core/index/indexCache';


export class IndexCacheStore {
  constructor(private readonly context: vscode.ExtensionContext, private readonly access: FileAccess) {}

  /** Where the cache lives (undefined when the storage folder is not on this file system). */
  get location(): string | undefined {
    return this.file;
  }

  private get file(): string | undefined {
    // Keyed by the workspace folders, in the extension's global storage rather than the
    // workspace's: the web workbench gives the same folder a new workspace storage folder in
    // each browser profile, so a reopened archive would find no cache there.
    const base = this.context.globalStorageUri;
    if (base.scheme !== 'file') return undefined;
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()).join('\n');
    const key = createHash('sha256').update(folders).digest('hex').slice(0, 16);
    return path.join(base.fsPath, `archive-index-${key}.json`);
  }

  /** The cached entries for a new index, or undefined when there is no usable cache. */
  async load(index: ArchiveIndex, rules: string): Promise<IndexCache | undefined> {
    const file = this.file;
    if (!file) return undefined;
    let text: string;
    try {
      text = new TextDecoder().decode(await this.access.readFile(file));
    } catch {
      return undefined;
    }
    return IndexCache.decode(text, index, rules);
  }

  save(index: ArchiveIndex, rules: string): void {
    const file = this.file;
    if (!file) return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write beside and rename, so a crash mid-write never leaves half a cache.
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, encodeIndexCache(index, rules));
    fs.renameSync(partial, file);
  }
}
