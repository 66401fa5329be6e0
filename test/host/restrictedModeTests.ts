/**
 * What both Restricted Mode suites check, each in its own host: the Node build in an untrusted
 * `file:` folder (test/restricted/, the Node extension host) and the web build in an untrusted
 * `vscode-vfs:` folder (test/web/restrictedMode.test.ts, the web worker extension host). The
 * folder is the same copy of seeds/, with the `.vscode/settings.json` that
 * scripts/host/untrustedFolder.mjs writes; what a user of an untrusted folder gets is the same in
 * both builds, as package.json's `capabilities.untrustedWorkspaces` declares it. Each suite
 * calls restrictedModeTests inside its describe and adds what only its host can see (the Node one
 * reads the folder's bytes; the web one counts the provider's calls).
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { ValidationApi } from '../../src/commands/validationCommands';
import { readConfig } from '../../src/config/settings';
import type { FeaturesApi } from '../../src/features';
import { closeAllEditors, openFile, rangeOf, ruleOf, SEED, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

/** What the checks read of either build's API. */
export type RestrictedApi = Pick<FeaturesApi, 'preview' | 'archiveTree'> & { readonly validation: ValidationApi };

/** VS Code's own auto save must not save an edit before a test reverts it (set for the user, not the folder). */
async function autoSaveOff(): Promise<void> {
  await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
}

/** The folder's settings.json is read (its unrestricted sort order applies), its remote images and unreviewed bulk edits are not: the defaults hold. */
function assertRestrictedSettings(): void {
  const config = readConfig(vscode.workspace.workspaceFolders?.[0]);
  assert.equal(config.treeSortBy, 'title');
  assert.equal(config.previewRemoteImages, 'block');
  assert.equal(config.bulkEditReview, 'confirm');
}

/** The seed validated with exact ranges; its quick fix and Fix All in This File change the editor only, and are reverted. */
async function assertEditorFixes(): Promise<void> {
  const editor = await openFile(SEED);
  const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'headimg-boilerplate'), 30_000);
  assert.deepEqual(diagnostics.filter((d) => ruleOf(d) === 'front-matter-displaced').map((d) => rangeOf(d.range)), [[0, 0, 1, 0]]);
  const target = diagnostics.find((d) => ruleOf(d) === 'trailing-space');
  assert.ok(target);
  assert.deepEqual(rangeOf(target.range), [3, 11, 3, 12]);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, target.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.title === 'Delete the trailing whitespace');
  assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
  const line = editor.document.lineAt(3).text;
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.equal(editor.document.lineAt(3).text, line.slice(0, 11));
  await vscode.commands.executeCommand('newsArchive.fixAllInFile');
  assert.equal(editor.document.lineAt(0).text, '---', 'Fix All in This File removed the blank line before the front matter');
  assert.ok(editor.document.isDirty);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.equal(editor.document.isDirty, false);
}

/** The seed's preview rendered, its remote images blocked. */
async function assertPreviewBlocksImages(api: RestrictedApi): Promise<void> {
  const editor = await openFile(SEED);
  await vscode.commands.executeCommand('newsArchive.openPreviewToSide');
  const { preview } = api;
  const uri = editor.document.uri;
  await waitFor('the preview to render', () => (preview.rendered(uri)?.uri === uri.toString() ? true : undefined), preview.onDidRender, 30_000);
  const state = await preview.describe(uri);
  assert.equal(state?.title, '北京力争率先建成高水平人才高地！蔡奇在市委人才工作会议上部署重点任务');
  assert.equal(state?.paragraphs.length, 11);
  assert.equal(state?.images, 0);
}

/** The archive indexed and validated: the problems of a file that is not open reach the Problems panel, at their range. */
async function assertArchiveValidated(api: RestrictedApi): Promise<void> {
  const { archiveTree, validation } = api;
  archiveTree.service.start();
  await waitFor('the index', () => (archiveTree.service.state.kind === 'ready' ? true : undefined), archiveTree.service.onDidChangeState, 60_000);
  assert.ok(archiveTree.service.index.size >= 15, `${archiveTree.service.index.size} articles`);
  await vscode.commands.executeCommand('newsArchive.validateArchive');
  assert.ok(validation.lastValidation && validation.lastValidation.articles >= 15, JSON.stringify(validation.lastValidation));
  const invalid = vscode.languages.getDiagnostics(workspaceUri('invalid-date.md'));
  assert.deepEqual(invalid.filter((d) => ruleOf(d) === 'date-invalid').map((d) => [rangeOf(d.range), d.severity]), [[[10, 6, 10, 40], vscode.DiagnosticSeverity.Error]]);
}

const refusal = (command: string) =>
  `${command} is off in Restricted Mode: it would change files that are not open, as this folder's .newsarchive.json says. Trust the folder to use it; quick fixes and Fix All Problems in This File still work in the open article.`;

/** Fix All Problems in Archive and Rename Across Archive refused, saying why and what to do, with nothing opened or changed. */
async function assertBulkEditsRefused(): Promise<void> {
  const fixAll = await vscode.commands.executeCommand<{ refused?: string } | undefined>('newsArchive.fixAllInArchive');
  assert.deepEqual(fixAll, { refused: refusal('Fix All Problems in Archive') });
  const rename = await vscode.commands.executeCommand<{ refused?: string } | undefined>('newsArchive.renameValue', { field: 'categories', from: '新浪财经－国內', to: '新浪财经－国内' });
  assert.deepEqual(rename, { refused: refusal('Rename Category, Tag or Author Across Archive') });
  assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()), []);
}

/**
 * The tests both suites run, registered in the caller's describe (with auto save off for the
 * whole suite and every editor closed after each test); `api` gives the build's API.
 */
export function restrictedModeTests(api: () => Promise<RestrictedApi>): void {
  before(autoSaveOff);
  afterEach(closeAllEditors);

  it("does not apply the folder's values of the restricted settings, and applies the others", assertRestrictedSettings);

  it('validates the open article, and its quick fix and Fix All in This File change the editor only', assertEditorFixes);

  it('previews the article, remote images blocked', async () => assertPreviewBlocksImages(await api()));

  it('indexes the archive and puts the problems of files that are not open in the Problems panel', async function () {
    this.timeout(90_000);
    await assertArchiveValidated(await api());
  });

  it('refuses Fix All Problems in Archive and Rename Across Archive, saying why and what to do', assertBulkEditsRefused);
}
