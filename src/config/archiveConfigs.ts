/**
 * `.newsarchive.json` for the editor: found by walking up from a file's folder to its workspace
 * folder's root (as the CLI does up to the disk's root), read with `workspace.fs`, cached per
 * folder, and watched, so a change re-validates what it configures.
 */
import * as vscode from 'vscode';
import { ARCHIVE_CONFIG_FILE, ArchiveConfig, configSearchFolders, defaultArchiveConfig, parseArchiveConfig } from '../core/config/archiveConfig';
import { Disposable } from '../util/dispose';

export class ArchiveConfigs extends Disposable {
  private readonly byFolder = new Map<string, Promise<ArchiveConfig>>();
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** Fires when any `.newsarchive.json` is created, changed or deleted. */
  readonly onDidChange = this.changed.event;
  private readonly defaults = defaultArchiveConfig();

  constructor(private readonly output: vscode.LogOutputChannel | undefined) {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${ARCHIVE_CONFIG_FILE}`));
    const reset = () => {
      this.byFolder.clear();
      this.changed.fire();
    };
    this._register(watcher.onDidCreate(reset));
    this._register(watcher.onDidChange(reset));
    this._register(watcher.onDidDelete(reset));
  }

  /** The configuration that applies to a file (the defaults outside any workspace folder). */
  forUri(uri: vscode.Uri): Promise<ArchiveConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || uri.scheme === 'untitled') return Promise.resolve(this.defaults);
    const dir = uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
    return this.forFolder(folder.uri, configSearchFolders(dir, folder.uri.path));
  }

  private forFolder(root: vscode.Uri, folders: string[]): Promise<ArchiveConfig> {
    const [first, ...rest] = folders;
    if (first === undefined) return Promise.resolve(this.defaults);
    let cached = this.byFolder.get(first);
    if (!cached) {
      cached = this.read(root.with({ path: `${first === '/' ? '' : first}/${ARCHIVE_CONFIG_FILE}` })).then((config) =>
        config ?? this.forFolder(root, rest),
      );
      this.byFolder.set(first, cached);
    }
    return cached;
  }

  private async read(uri: vscode.Uri): Promise<ArchiveConfig | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined;
    }
    const { config, problems } = parseArchiveConfig(new TextDecoder().decode(bytes));
    for (const p of problems) this.output?.warn(`${uri.fsPath}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
    return config;
  }
}
