/**
 * What host tests share: the workspace (a fresh copy of seeds/ made by the harness), the
 * extension under test, and waiting for VS Code without sleeping.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsArchiveApi } from '../../src/extension';

export const EXTENSION_ID = 'news-archive-tools.news-archive-editor';
export const SEED = '000_e84b391c27bbb68a.txt';

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the harness opens a copy of seeds/ as the workspace');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export function extension(): vscode.Extension<NewsArchiveApi> {
  const ext = vscode.extensions.getExtension<NewsArchiveApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is loaded in development mode`);
  return ext;
}

/** The API activate() returns; activates the extension if nothing has yet. */
export async function api(): Promise<NewsArchiveApi> {
  return extension().activate();
}

/** Opens a workspace file in an editor, as a user does from the Explorer. */
export async function openFile(...segments: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  return vscode.window.showTextDocument(document);
}

/** Writes a file into the workspace; returns its URI. Remove it with removeFile in afterEach. */
export async function writeFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function removeFile(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Resolves with the first value of `check()` that is not undefined, checking now and after
 * each firing of `event`; rejects naming `what` after `timeoutMs`. Without an event (some
 * states, such as an extension being active, announce nothing) it re-checks every 20 ms.
 */
export function waitFor<T>(what: string, check: () => T | undefined, event?: vscode.Event<unknown>, timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const now = check();
    if (now !== undefined) return resolve(now);
    const recheck = (): void => {
      const value = check();
      if (value === undefined) return;
      stop();
      resolve(value);
    };
    const listener = event ? event(recheck) : undefined;
    const poll = event ? undefined : setInterval(recheck, 20);
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    function stop(): void {
      clearTimeout(timer);
      clearInterval(poll);
      listener?.dispose();
    }
  });
}

/** Waits until `uri` has diagnostics that satisfy `accept` (by default: any). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `diagnostics of ${uri.path}`,
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    vscode.languages.onDidChangeDiagnostics,
    timeoutMs,
  );
}

/** [startLine, startCharacter, endLine, endCharacter], for exact and readable range assertions. */
export function rangeOf(range: vscode.Range): [number, number, number, number] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}
