/**
 * Where the persistent index lives: one compact file under the workspace's storage folder
 * (`context.storageUri`, or the global one without a workspace), never in workspaceState, whose
 * values are all loaded into memory at start.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ArchiveIndex } from '../core/index/archiveIndex';
import type { FileAccess } from '../core/files/fileAccess';
import { encodeIndexCache, IndexCache } from '../core/index/indexCache';

const FILE_NAME = 'archive-index.json';

export class IndexCacheStore {
  constructor(private readonly context: vscode.ExtensionContext, private readonly access: FileAccess) {}

  private get file(): string | undefined {
    const base = this.context.storageUri ?? this.context.globalStorageUri;
    return base.scheme === 'file' ? path.join(base.fsPath, FILE_NAME) : undefined;
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
