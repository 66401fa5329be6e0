/**
 * `.newsarchive.json` for the editor: found by walking up from a file's folder to its workspace
 * folder's root (as the CLI does up to the disk's root), read with `workspace.fs`, cached per
 * folder, and watched, so a change re-validates what it configures. What is wrong in a file (a
 * folder or an unreadable file in its place included) is announced once per reading, for the
 * diagnostics on the file (../diagnostics/configDiagnostics.ts); the rest of the file applies.
 */
import * as vscode from 'vscode';
import { readArchiveConfig } from '../core/archiveSettings';
import { ARCHIVE_CONFIG_FILE, ArchiveConfig, ConfigProblem, configSearchFolders, defaultArchiveConfig } from '../core/config/archiveConfig';
import { Disposable } from '../util/dispose';

export interface ConfigReading {
  /** The configuration file (or what stands in its place). */
  uri: vscode.Uri;
  /** Its text on disk, for the problems' positions ('' when it could not be read). */
  text: string;
  problems: ConfigProblem[];
}

export class ArchiveConfigs extends Disposable {
  private readonly byFolder = new Map<string, Promise<ArchiveConfig>>();
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  private readonly readings = this._register(new vscode.EventEmitter<ConfigReading>());
  /** Fires when any `.newsarchive.json` is created, changed or deleted. */
  readonly onDidChange = this.changed.event;
  /** Fires each time a configuration file is read from disk, and with no problems when one is deleted. */
  readonly onDidRead = this.readings.event;
  private readonly defaults = defaultArchiveConfig();

  constructor() {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${ARCHIVE_CONFIG_FILE}`));
    const reset = (uri: vscode.Uri, deleted: boolean) => {
      this.byFolder.clear();
      // Read it again now, so its diagnostics follow the file even when no article asks.
      if (deleted) this.readings.fire({ uri, text: '', problems: [] });
      else void this.read(uri);
      this.changed.fire();
    };
    this._register(watcher.onDidCreate((uri) => reset(uri, false)));
    this._register(watcher.onDidChange((uri) => reset(uri, false)));
    this._register(watcher.onDidDelete((uri) => reset(uri, true)));
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

  /** The file's configuration; undefined when there is none (look further up). */
  private async read(uri: vscode.Uri): Promise<ArchiveConfig | undefined> {
    const standIn = (problem: ConfigProblem) => {
      this.readings.fire({ uri, text: '', problems: [problem] });
      return this.defaults;
    };
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) {
        return standIn({ messageId: 'config-is-folder', args: [ARCHIVE_CONFIG_FILE], start: 0, end: 0, severity: 'error' });
      }
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
      return standIn({ messageId: 'config-unreadable', args: [e instanceof vscode.FileSystemError ? e.code : String(e)], start: 0, end: 0, severity: 'error' });
    }
    const text = new TextDecoder().decode(bytes);
    const { config, problems } = readArchiveConfig(text);
    this.readings.fire({ uri, text, problems });
    return config;
  }
}
