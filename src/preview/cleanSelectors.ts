/**
 * The cleaner's extra selectors for a document: `clean` in the nearest `.newsarchive.json`
 * between the document's folder and its workspace folder, as the CLI finds it. Read once per
 * folder and forgotten when any such file changes.
 */
import * as vscode from 'vscode';
import { ARCHIVE_CONFIG_FILE, configSearchFolders, parseArchiveConfig } from '../core/archiveConfig';
import { CleanSelectors } from '../core/clean';
import { Disposable } from '../util/dispose';

const NONE: CleanSelectors = { remove: [], unwrap: [] };

export class CleanSelectorsCache extends Disposable {
  private readonly byFolder = new Map<string, Promise<CleanSelectors | undefined>>();

  constructor() {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${ARCHIVE_CONFIG_FILE}`));
    const forget = () => this.byFolder.clear();
    this._register(watcher.onDidCreate(forget));
    this._register(watcher.onDidChange(forget));
    this._register(watcher.onDidDelete(forget));
  }

  async forDocument(uri: vscode.Uri): Promise<CleanSelectors> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || uri.scheme !== folder.uri.scheme) return NONE;
    const dir = vscode.Uri.joinPath(uri, '..').path;
    for (const path of configSearchFolders(dir, folder.uri.path)) {
      const found = await this.read(uri.with({ path }));
      if (found) return found;
    }
    return NONE;
  }

  private read(folder: vscode.Uri): Promise<CleanSelectors | undefined> {
    const key = folder.toString();
    let pending = this.byFolder.get(key);
    if (!pending) {
      pending = Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, ARCHIVE_CONFIG_FILE))).then(
        (bytes) => parseArchiveConfig(new TextDecoder().decode(bytes)).config.clean,
        () => undefined,
      );
      this.byFolder.set(key, pending);
    }
    return pending;
  }
}
