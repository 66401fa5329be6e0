/**
 * A real FileSystemProvider of the tests' own scheme over a local folder, registered in the
 * extension host, so that files are reached only through `workspace.fs` (as in github.dev's
 * `vscode-vfs:`) and never by a `file:` path. It counts what it was asked, so a test can tell
 * that reads went through it.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const TEST_SCHEME = 'news-archive-test';

export class FolderFileSystem implements vscode.FileSystemProvider {
  readonly calls = { stat: 0, readDirectory: 0, readFile: 0, writeFile: 0, rename: 0 };
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  constructor(private readonly root: string) {}

  /** The provider's URI of a path under the root (the path is the URI's path). */
  uri(p: string): vscode.Uri {
    return vscode.Uri.from({ scheme: TEST_SCHEME, path: p });
  }

  private local(uri: vscode.Uri): string {
    return path.join(this.root, ...uri.path.split('/').filter(Boolean));
  }

  private wrap<T>(uri: vscode.Uri, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw vscode.FileSystemError.FileNotFound(uri);
      if (code === 'EISDIR') throw vscode.FileSystemError.FileIsADirectory(uri);
      throw vscode.FileSystemError.Unavailable(uri);
    }
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    this.calls.stat++;
    return this.wrap(uri, () => {
      const s = fs.statSync(this.local(uri));
      return { type: s.isDirectory() ? vscode.FileType.Directory : vscode.FileType.File, ctime: s.ctimeMs, mtime: s.mtimeMs, size: s.size };
    });
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    this.calls.readDirectory++;
    return this.wrap(uri, () => fs.readdirSync(this.local(uri), { withFileTypes: true })
      .map((d): [string, vscode.FileType] => [d.name, d.isDirectory() ? vscode.FileType.Directory : d.isFile() ? vscode.FileType.File : vscode.FileType.Unknown]));
  }

  createDirectory(uri: vscode.Uri): void {
    this.wrap(uri, () => fs.mkdirSync(this.local(uri), { recursive: true }));
  }

  readFile(uri: vscode.Uri): Uint8Array {
    this.calls.readFile++;
    return this.wrap(uri, () => fs.readFileSync(this.local(uri)));
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    this.calls.writeFile++;
    this.wrap(uri, () => fs.writeFileSync(this.local(uri), content));
  }

  delete(uri: vscode.Uri): void {
    this.wrap(uri, () => fs.rmSync(this.local(uri), { recursive: true }));
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    this.calls.rename++;
    this.wrap(from, () => fs.renameSync(this.local(from), this.local(to)));
  }
}
