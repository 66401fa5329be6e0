/**
 * What host tests share: the workspace (a fresh copy of seeds/ made by the harness), the
 * extension under test, and waiting for VS Code without sleeping.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsArchiveApi } from '../../src/extension';
import { entryPath } from '../../src/core/index/records/indexEntry';

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
 * Runs `edit` with auto save off. The web workbench saves a changed file after a second
 * (`files.autoSave: afterDelay` is its default): a test that edits an article and reverts the
 * edit must not have it saved in between, however busy the machine, or the seeds workspace
 * keeps the edit for every test after it.
 */
export async function withoutAutoSave<T>(edit: () => Promise<T>): Promise<T> {
  const files = vscode.workspace.getConfiguration('files');
  // In the user's settings, not the workspace's: a workspace setting is a file written into the
  // archive (.vscode/settings.json), which the web suite checks never happens.
  await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  try {
    return await edit();
  } finally {
    await files.update('autoSave', undefined, vscode.ConfigurationTarget.Global);
  }
}

/**
 * Reverts an edited article (its editor shown first: the revert command acts on the active
 * editor) and waits until the archive index has remade its entry from the reverted text. The
 * index remakes an open article's entry 300 ms after its last change: on a busy machine the edit's
 * entry lands before the revert, and a test that ends without waiting leaves the edit in the index,
 * the Articles view, hygiene and the dashboard for the next test. The index must be started.
 */
export async function revertAndReindex(editor: vscode.TextEditor): Promise<void> {
  const { service } = (await api()).archiveTree;
  const filePath = editor.document.uri.fsPath;
  let taken = false;
  const listener = service.onDidChangeEntries((changes) => {
    // The file's entry remade (not only its archive-wide counts, which name the same entry).
    if (changes.some((c) => !c.archiveOnly && c.next !== undefined && entryPath(c.next) === filePath)) taken = true;
  });
  try {
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(`the index to take the reverted ${editor.document.uri.path}`, () => (taken ? true : undefined), service.onDidChangeEntries, 20_000);
  } finally {
    listener.dispose();
  }
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

/**
 * Resolves once every extension of this extension host that VS Code activates for documents of
 * `languageId` (`onLanguage:<id>`) has finished activating, so that their providers are in place.
 * The first Markdown document opened makes VS Code activate the built-in Markdown extension,
 * which registers its code action providers while it activates (after its language server has
 * started: hundreds of milliseconds, seconds under load).
 */
export async function languageActivated(languageId: string): Promise<void> {
  const event = `onLanguage:${languageId}`;
  const activated = vscode.extensions.all.filter((e) => {
    const events: unknown = (e.packageJSON as { activationEvents?: unknown }).activationEvents;
    return Array.isArray(events) && events.includes(event);
  });
  // activate() of an extension being activated returns that activation; a failed one is not ours to report.
  await Promise.all(activated.map((e) => Promise.resolve(e.activate()).then(undefined, () => undefined)));
}

/**
 * The code actions of `kind` VS Code offers for `range`, asked once the document's language has
 * its providers. VS Code drops a code action request when the providers for the document change
 * while it runs (`getCodeActions` in src/vs/editor/contrib/codeAction/browser/codeAction.ts
 * cancels it on the registry's `onDidChange`): `vscode.executeCodeActionProvider` then gives
 * `[]`, or fails with "Canceled", while our provider did return its actions. The editor's
 * lightbulb asks again; a test asks once, so it waits for the activations first.
 */
export async function codeActionsAt(document: vscode.TextDocument, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  await languageActivated(document.languageId);
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind);
}

/** A diagnostic's rule id: the value of its code, which links to the rule's docs. */
export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** [startLine, startCharacter, endLine, endCharacter], for exact and readable range assertions. */
export function rangeOf(range: vscode.Range): [number, number, number, number] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}
