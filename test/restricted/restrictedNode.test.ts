/**
 * The Node (desktop, remote) build in Restricted Mode: workspace trust on, the `file:` copy of
 * seeds/ untrusted, with a `.vscode/settings.json` that sets the restricted settings
 * (scripts/host/runRestrictedTests.mjs writes it). What a user of an untrusted folder gets, as
 * package.json's `capabilities.untrustedWorkspaces` declares it: validation, quick fixes and
 * Fix All in the open editor, the preview with images blocked, the Articles view and Validate
 * Archive; not the folder's values of the restricted settings; Fix All Problems in Archive and
 * Rename Across Archive refused with a message saying why and what to do; and not one byte
 * written to the folder.
 */
import { strict as assert } from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { readConfig } from '../../src/config/settings';
import { api, closeAllEditors, openFile, rangeOf, SEED, waitFor, waitForDiagnostics, workspaceUri } from '../host/helpers';

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Every file under `dir` with the hash of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isFile()) files.set(name, createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }
  return files;
}

const refusal = (command: string) =>
  `${command} is off in Restricted Mode: it would change files that are not open, as this folder's .newsarchive.json says. Trust the folder to use it; quick fixes and Fix All Problems in This File still work in the open article.`;

describe('the Node build in Restricted Mode (an untrusted file: folder)', () => {
  let folder: string;
  let written: Map<string, string>;

  before(async () => {
    folder = workspaceUri().fsPath;
    written = snapshot(folder);
    // VS Code's own auto save must not save an edit before the test reverts it; set for the user, not the folder.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });
  afterEach(closeAllEditors);

  it('is active in the untrusted folder, as the Node build', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.equal(vscode.workspace.workspaceFolders?.[0].uri.scheme, 'file');
    assert.equal((await api()).platform, 'node');
  });

  it("does not apply the folder's values of the restricted settings, and applies the others", () => {
    const config = readConfig(vscode.workspace.workspaceFolders?.[0]);
    assert.equal(config.treeSortBy, 'title');
    assert.equal(config.previewRemoteImages, 'block');
    assert.equal(config.bulkEditReview, 'confirm');
  });

  it('validates the open article, and its quick fix and Fix All in This File change the editor only', async () => {
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
  });

  it('previews the article, remote images blocked', async () => {
    const editor = await openFile(SEED);
    await vscode.commands.executeCommand('newsArchive.openPreviewToSide');
    const { preview } = await api();
    const uri = editor.document.uri;
    await waitFor('the preview to render', () => (preview.rendered(uri)?.uri === uri.toString() ? true : undefined), preview.onDidRender, 30_000);
    const state = await preview.describe(uri);
    assert.equal(state?.title, '北京力争率先建成高水平人才高地！蔡奇在市委人才工作会议上部署重点任务');
    assert.equal(state?.paragraphs.length, 11);
    assert.equal(state?.images, 0);
  });

  it('indexes the archive and puts the problems of files that are not open in the Problems panel', async function () {
    this.timeout(90_000);
    const { archiveTree, validation } = await api();
    archiveTree.service.start();
    await waitFor('the index', () => (archiveTree.service.state.kind === 'ready' ? true : undefined), archiveTree.service.onDidChangeState, 60_000);
    assert.ok(archiveTree.service.index.size >= 15, `${archiveTree.service.index.size} articles`);
    await vscode.commands.executeCommand('newsArchive.validateArchive');
    assert.ok(validation.lastValidation && validation.lastValidation.articles >= 15, JSON.stringify(validation.lastValidation));
    const invalid = vscode.languages.getDiagnostics(workspaceUri('invalid-date.md'));
    assert.deepEqual(invalid.filter((d) => ruleOf(d) === 'date-invalid').map((d) => [rangeOf(d.range), d.severity]), [[[10, 6, 10, 40], vscode.DiagnosticSeverity.Error]]);
  });

  it('refuses Fix All Problems in Archive and Rename Across Archive, saying why and what to do', async () => {
    const fixAll = await vscode.commands.executeCommand<{ refused?: string } | undefined>('newsArchive.fixAllInArchive');
    assert.deepEqual(fixAll, { refused: refusal('Fix All Problems in Archive') });
    const rename = await vscode.commands.executeCommand<{ refused?: string } | undefined>('newsArchive.renameValue', { field: 'categories', from: '新浪财经－国內', to: '新浪财经－国内' });
    assert.deepEqual(rename, { refused: refusal('Rename Category, Tag or Author Across Archive') });
    // Nothing was opened or changed on the way.
    assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()), []);
  });

  it('has written nothing to the folder', () => {
    assert.deepEqual([...snapshot(folder)], [...written]);
  });
});
