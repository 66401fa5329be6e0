/**
 * A real FileSystemProvider of the tests' own scheme over a local folder, registered in the
 * extension host, so that files are reached only through `workspace.fs` (as in github.dev's
 * `vscode-vfs:`) and never by a `file:` path. It counts what it was asked, so a test can tell
 * that reads went through it, and can answer late (`delayMs`), as a remote file system does. The web host tests' provider extension (test/web/provider/) serves the
 * workspace with it from the Node extension host.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const TEST_SCHEME = 'news-archive-test';

export class FolderFileSystem implements vscode.FileSystemProvider {
  readonly calls = { stat: 0, readDirectory: 0, readFile: 0, writeFile: 0, rename: 0, delete: 0, createDirectory: 0 };
  /** The paths readFile was asked for, in order. */
  readonly readPaths: string[] = [];
  /** What was written, created, renamed or deleted, by path, in order. */
  readonly changedPaths: string[] = [];
  /** How long each stat, readDirectory and readFile waits before it answers (0: at once, synchronously). */
  delayMs = 0;
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  constructor(private readonly root: string, readonly scheme: string = TEST_SCHEME) {}

  /** The provider's URI of a path under the root (the path is the URI's path). */
  uri(p: string): vscode.Uri {
    return vscode.Uri.from({ scheme: this.scheme, path: p });
  }

  private local(uri: vscode.Uri): string {
    return path.join(this.root, ...uri.path.split('/').filter(Boolean));
  }

  /** `fn`'s answer, after `delayMs` when the provider is slow. */
  private answer<T>(uri: vscode.Uri, fn: () => T): T | Thenable<T> {
    if (this.delayMs <= 0) return this.wrap(uri, fn);
    return new Promise<T>((resolve, reject) => setTimeout(() => {
      try {
        resolve(this.wrap(uri, fn));
      } catch (e) {
        reject(e);
      }
    }, this.delayMs));
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

  stat(uri: vscode.Uri): vscode.FileStat | Thenable<vscode.FileStat> {
    this.calls.stat++;
    return this.answer(uri, () => {
      const s = fs.statSync(this.local(uri));
      return { type: s.isDirectory() ? vscode.FileType.Directory : vscode.FileType.File, ctime: s.ctimeMs, mtime: s.mtimeMs, size: s.size };
    });
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] | Thenable<[string, vscode.FileType][]> {
    this.calls.readDirectory++;
    return this.answer(uri, () => fs.readdirSync(this.local(uri), { withFileTypes: true })
      .map((d): [string, vscode.FileType] => [d.name, d.isDirectory() ? vscode.FileType.Directory : d.isFile() ? vscode.FileType.File : vscode.FileType.Unknown]));
  }

  createDirectory(uri: vscode.Uri): void {
    this.calls.createDirectory++;
    this.changedPaths.push(uri.path);
    this.wrap(uri, () => fs.mkdirSync(this.local(uri), { recursive: true }));
  }

  readFile(uri: vscode.Uri): Uint8Array | Thenable<Uint8Array> {
    this.calls.readFile++;
    this.readPaths.push(uri.path);
    return this.answer(uri, () => fs.readFileSync(this.local(uri)));
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    this.calls.writeFile++;
    this.changedPaths.push(uri.path);
    this.wrap(uri, () => fs.writeFileSync(this.local(uri), content));
  }

  delete(uri: vscode.Uri): void {
    this.calls.delete++;
    this.changedPaths.push(uri.path);
    this.wrap(uri, () => fs.rmSync(this.local(uri), { recursive: true }));
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    this.calls.rename++;
    this.changedPaths.push(`${from.path} → ${to.path}`);
    this.wrap(from, () => fs.renameSync(this.local(from), this.local(to)));
  }
}
