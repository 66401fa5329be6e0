/**
 * The web build (dist/web/extension.js) in the web worker extension host of the VS Code server,
 * over a workspace served by a FileSystemProvider of its own scheme from the Node extension
 * host (test/web/provider/): the seed's diagnostics at their ranges, a quick fix applied, the
 * preview's cleaned page, the Articles view's items and Validate Archive, every read through
 * the provider and nothing written to it.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/core/tree/archiveTree';
import type { RenderedState } from '../../src/preview/messages';
import { closeAllEditors, openFile, rangeOf, SEED, waitFor, waitForDiagnostics, workspaceUri } from '../host/helpers';
import { environment, providerCalls, webApi } from './webHost';

type Api = Awaited<ReturnType<typeof webApi>>;

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** The per-file rules' diagnostics (not the archive-wide duplicate and vocabulary rules'). */
function perFile(d: vscode.Diagnostic): boolean {
  return d.source === 'News Archive' && ruleOf(d) !== 'duplicate-article' && ruleOf(d) !== 'vocabulary-variant';
}

function label(item: vscode.TreeItem): string {
  const l = item.label;
  return typeof l === 'string' ? l : l?.label ?? '';
}

async function readyTree(): Promise<Api['archiveTree']> {
  const t = (await webApi()).archiveTree;
  t.service.start();
  await waitFor('the index', () => (t.service.state.kind === 'ready' ? true : undefined), t.service.onDidChangeState, 60_000);
  return t;
}

function childByLabel(t: Api['archiveTree'], parent: TreeNode | undefined, text: string): TreeNode {
  const kids = t.provider.getChildren(parent);
  const found = kids.find((k) => label(t.provider.getTreeItem(k)) === text);
  assert.ok(found, `no "${text}" among ${kids.map((k) => label(t.provider.getTreeItem(k))).join(', ')}`);
  return found;
}

/** The preview page of `uri` once it has rendered, as its page describes it. */
async function pageOf(uri: vscode.Uri): Promise<RenderedState> {
  const preview = (await webApi()).preview;
  await waitFor('the preview to render', () => (preview.rendered(uri)?.uri === uri.toString() ? true : undefined), preview.onDidRender, 30_000);
  const state = await preview.describe(uri);
  assert.ok(state, 'the preview page answered');
  return state;
}

const SEED_TITLE = '北京力争率先建成高水平人才高地！蔡奇在市委人才工作会议上部署重点任务';

describe('the web build in the web worker extension host, over a FileSystemProvider', () => {
  afterEach(closeAllEditors);

  it('runs the browser entry, in a worker without Node, on a folder of the provider\'s scheme', async () => {
    const api = await webApi();
    assert.equal(api.platform, 'web');
    // A web worker: no `process`, a blob: or http(s): location, the extension read over HTTP from the server.
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined');
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function');
    const ext = vscode.extensions.getExtension('news-archive-tools.news-archive-editor');
    assert.equal(ext?.extensionKind, vscode.ExtensionKind.UI);
    const { scheme } = await environment();
    assert.deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.uri.toString()), [`${scheme}:/archive`]);
  });

  it("shows the seed's problems at their exact ranges", async () => {
    const before = await providerCalls();
    const editor = await openFile(SEED);
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.some(perFile), 30_000);
    assert.deepEqual(diagnostics.filter(perFile).map((d) => [ruleOf(d), d.severity, rangeOf(d.range)]), [
      ['front-matter-displaced', vscode.DiagnosticSeverity.Information, [0, 0, 1, 0]],
      ['trailing-space', vscode.DiagnosticSeverity.Hint, [3, 11, 3, 12]],
      ['headimg-boilerplate', vscode.DiagnosticSeverity.Warning, [7, 9, 7, 71]],
      ['headimg-boilerplate', vscode.DiagnosticSeverity.Warning, [11, 11, 11, 73]],
    ]);
    assert.ok(diagnostics[0].message.startsWith('The front matter starts after 1 blank line.'), diagnostics[0].message);
    assert.ok((await providerCalls()).readFile > before.readFile, 'the seed was read through the provider');
  });

  it('applies a quick fix (comments: no → false) to the open article', async () => {
    const editor = await openFile('comments-no.md');
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'field-type'), 30_000);
    const target = diagnostics.find((d) => ruleOf(d) === 'field-type');
    assert.ok(target);
    assert.deepEqual(rangeOf(target.range), [9, 10, 9, 12]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Write false');
    assert.ok(fix?.edit, `no "Write false" among ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(9).text, 'comments: false');
    await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'field-type'), 30_000);
    // Not saved: the user saves. Revert, so that closing asks nothing.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(editor.document.isDirty, false);
  });

  it('opens the cleaned preview beside the seed', async () => {
    const editor = await openFile(SEED);
    await vscode.commands.executeCommand('newsArchive.openPreviewToSide');
    const state = await pageOf(editor.document.uri);
    assert.equal(state.title, SEED_TITLE);
    assert.equal(state.view, 'cleaned');
    assert.equal(state.paragraphs.length, 11);
    assert.ok(!state.text.includes('新浪财经APP') && !state.text.includes('appendQr'), state.text.slice(0, 200));
    assert.equal(state.footer, 'Removed: 11 comments, 1 promo block, 1 style block, 2 stock links, 2 quote spans, 1 editor line, 2 bylines (1.5 KB)');
    // Images blocked by default, as on the desktop.
    assert.equal(state.images, 0);
  });

  it('lists the articles in the Articles view, indexed through the provider', async () => {
    const before = await providerCalls();
    const t = await readyTree();
    assert.ok(t.service.index.size >= 10, `${t.service.index.size} articles`);
    const roots = t.provider.getChildren().map((n) => label(t.provider.getTreeItem(n)));
    assert.deepEqual(roots.slice(0, 2), ['金融', '新浪财经']);
    const feed = childByLabel(t, childByLabel(t, childByLabel(t, undefined, '金融'), '新浪财经'), '新浪财经－国內');
    const [seed] = t.provider.getChildren(feed);
    const item = t.provider.getTreeItem(seed);
    assert.equal(label(item), SEED_TITLE);
    assert.equal(item.resourceUri?.toString(), workspaceUri(SEED).toString());
    assert.match(t.statusBar.text, /^\$\(book\) \d+ articles · \d+ problems?$/);
    const after = await providerCalls();
    assert.ok(after.readDirectory > before.readDirectory || after.readFile > before.readFile, 'the scan went through the provider');
  });

  it('validates the archive through the provider', async function () {
    this.timeout(60_000);
    await readyTree();
    const { validation } = await webApi();
    await vscode.commands.executeCommand('newsArchive.validateArchive');
    const run = validation.lastValidation;
    assert.ok(run && !run.cancelled, 'Validate Archive ran');
    assert.ok(run.articles >= 10, `${run.articles} articles`);
    assert.ok(run.counts.error + run.counts.warning > 0, JSON.stringify(run.counts));
    const diagnostics = await waitForDiagnostics(workspaceUri('zoneless-date.md'), (d) => d.some((x) => ruleOf(x) === 'date-zoneless'), 30_000);
    assert.ok(diagnostics.length > 0);
  });

  it('wrote nothing to the workspace: the quick fix was left unsaved, the index cache is in the extension\'s storage', async () => {
    const calls = await providerCalls();
    assert.deepEqual([calls.writeFile, calls.rename, calls.delete, calls.createDirectory], [0, 0, 0, 0]);
  });
});
