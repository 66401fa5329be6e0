/**
 * The FileAccess over `vscode.workspace.fs`: the web build's only way to files, and the Node
 * build's for folders of another scheme. Paths are `uri.fsPath`s, turned back into URIs by
 * `uriOfPath`, so the index keeps one kind of key whatever the file system.
 */
import * as vscode from 'vscode';
import type { FileAccess, FileKind } from '../core/files/fileAccess';
import { uriOfPath } from '../util/archiveUris';

function kindOf(type: vscode.FileType): FileKind {
  if (type & vscode.FileType.SymbolicLink) return 'symlink';
  if (type & vscode.FileType.File) return 'file';
  if (type & vscode.FileType.Directory) return 'directory';
  return 'other';
}

/** A FileSystemError's code as the `fs` codes the passes report (ENOENT, EACCES, …). */
function codeOf(e: unknown): string {
  if (e instanceof vscode.FileSystemError) {
    switch (e.code) {
      case 'FileNotFound': return 'ENOENT';
      case 'NoPermissions': return 'EACCES';
      case 'FileIsADirectory': return 'EISDIR';
      case 'Unavailable': return 'EAGAIN';
      default: return e.code || 'EIO';
    }
  }
  return 'EIO';
}

function failed(filePath: string, e: unknown): Error {
  return Object.assign(new Error(`${filePath}: ${e instanceof Error ? e.message : String(e)}`), { code: codeOf(e) });
}

/** The FileAccess over `workspace.fs`, with paths made URIs by `toUri`. */
export function workspaceFileAccessOver(toUri: (filePath: string) => vscode.Uri): FileAccess {
  return {
    async readFile(filePath) {
      const uri = toUri(filePath);
      let stat: vscode.FileStat;
      try {
        stat = await vscode.workspace.fs.stat(uri);
      } catch (e) {
        throw failed(filePath, e);
      }
      if (kindOf(stat.type) !== 'file') throw Object.assign(new Error(`${filePath} is not a file`), { code: 'special' });
      try {
        return await vscode.workspace.fs.readFile(uri);
      } catch (e) {
        throw failed(filePath, e);
      }
    },
    async stat(filePath) {
      try {
        const s = await vscode.workspace.fs.stat(toUri(filePath));
        return { kind: kindOf(s.type), mtime: s.mtime, size: s.size };
      } catch {
        return undefined;
      }
    },
    async list(folder) {
      try {
        const entries = await vscode.workspace.fs.readDirectory(toUri(folder));
        return entries.map(([name, type]) => ({ name, kind: kindOf(type) }));
      } catch (e) {
        throw failed(folder, e);
      }
    },
    join: (folder, name) => (folder.endsWith('/') ? folder + name : `${folder}/${name}`),
  };
}

/** Archive paths inside the workspace's folders, whatever their scheme. */
export const workspaceFileAccess: FileAccess = workspaceFileAccessOver(uriOfPath);

/**
 * The Node build's FileAccess for the glue: `local` (Node's `fs`, the faster) for paths on the
 * local disk, `workspace.fs` for paths inside a workspace folder of another scheme.
 */
export function routedFileAccess(local: FileAccess): FileAccess {
  const pick = (p: string): FileAccess => (uriOfPath(p).scheme === 'file' ? local : workspaceFileAccess);
  return {
    readFile: (p) => pick(p).readFile(p),
    stat: (p) => pick(p).stat(p),
    list: (p) => pick(p).list(p),
    join: (folder, name) => pick(folder).join(folder, name),
  };
}
