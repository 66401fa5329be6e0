/**
 * The web build in Restricted Mode: workspace trust on and the folder untrusted, served under
 * github.dev's scheme `vscode-vfs:` (the one virtual scheme VS Code does not trust by itself),
 * with a `.vscode/settings.json` in the folder that sets the restricted settings
 * (scripts/host/runWebTests.mjs writes it). The extension still validates, fixes in the editor
 * and previews; the workspace's values of the settings listed in `restrictedConfigurations` are
 * not applied; nothing is written to the workspace.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { readConfig } from '../../src/config/settings';
import { closeAllEditors, openFile, rangeOf, SEED, waitFor, waitForDiagnostics } from '../host/helpers';
import { providerCalls, webApi } from './webHost';

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

describe('the web build in Restricted Mode (an untrusted vscode-vfs: folder)', () => {
  afterEach(closeAllEditors);

  it('is active in the untrusted workspace', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.equal(vscode.workspace.workspaceFolders?.[0].uri.scheme, 'vscode-vfs');
    assert.equal((await webApi()).platform, 'web');
  });

  it("does not apply the workspace's values of the restricted settings, and applies the others", () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const config = readConfig(folder);
    // The folder's settings.json is read: its unrestricted setting applies …
    assert.equal(config.treeSortBy, 'title');
    // … while its remote images and unreviewed bulk edits do not: the defaults hold.
    assert.equal(config.previewRemoteImages, 'block');
    assert.equal(config.bulkEditReview, 'confirm');
  });

  it('validates the seed and applies a quick fix in the editor', async () => {
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
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('previews the seed, images blocked', async () => {
    const editor = await openFile(SEED);
    await vscode.commands.executeCommand('newsArchive.openPreviewToSide');
    const preview = (await webApi()).preview;
    const uri = editor.document.uri;
    await waitFor('the preview to render', () => (preview.rendered(uri)?.uri === uri.toString() ? true : undefined), preview.onDidRender, 30_000);
    const state = await preview.describe(uri);
    assert.equal(state?.title, '北京力争率先建成高水平人才高地！蔡奇在市委人才工作会议上部署重点任务');
    assert.equal(state?.paragraphs.length, 11);
    assert.equal(state?.images, 0);
  });

  it('indexes and validates the archive, and writes nothing to it', async function () {
    this.timeout(60_000);
    const { archiveTree, validation } = await webApi();
    archiveTree.service.start();
    await waitFor('the index', () => (archiveTree.service.state.kind === 'ready' ? true : undefined), archiveTree.service.onDidChangeState, 30_000);
    assert.ok(archiveTree.service.index.size >= 10, `${archiveTree.service.index.size} articles`);
    await vscode.commands.executeCommand('newsArchive.validateArchive');
    assert.ok(validation.lastValidation && validation.lastValidation.articles >= 10);
    const calls = await providerCalls();
    assert.ok(calls.readFile > 10, JSON.stringify(calls));
    assert.deepEqual([calls.writeFile, calls.rename, calls.delete, calls.createDirectory], [0, 0, 0, 0], calls.changedPaths.join(', '));
  });
});
