/**
 * The index, the workers and the commands name files by path (`uri.fsPath`); these give a path
 * back its URI. A path inside a workspace folder of another scheme (`vscode-vfs:` in github.dev,
 * any FileSystemProvider) takes that folder's scheme and authority; any other path is a `file:`.
 */
import * as vscode from 'vscode';

function folderOf(filePath: string): vscode.WorkspaceFolder | undefined {
  let best: vscode.WorkspaceFolder | undefined;
  for (const f of vscode.workspace.workspaceFolders ?? []) {
    if (f.uri.scheme === 'file') continue;
    const root = f.uri.path.endsWith('/') ? f.uri.path : `${f.uri.path}/`;
    if ((filePath === f.uri.path || filePath.startsWith(root)) && (!best || f.uri.path.length > best.uri.path.length)) best = f;
  }
  return best;
}

/** The URI of an archive path. */
export function uriOfPath(filePath: string): vscode.Uri {
  const folder = folderOf(filePath);
  return folder ? folder.uri.with({ path: filePath, query: '', fragment: '' }) : vscode.Uri.file(filePath);
}

/** Whether a URI names an archive file: a `file:` or a file in a workspace folder of its scheme. */
export function isArchiveUri(uri: vscode.Uri): boolean {
  if (uri.scheme === 'file') return true;
  return (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === uri.scheme && f.uri.authority === uri.authority);
}

/** Whether every workspace folder is on the local disk (so the workers' `fs` reaches it). */
export function allFoldersLocal(): boolean {
  return (vscode.workspace.workspaceFolders ?? []).every((f) => f.uri.scheme === 'file');
}
