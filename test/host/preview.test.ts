/**
 * The article preview in a real VS Code: it opens beside the seed and shows the cleaned article
 * (read back from the webview's own report of its DOM), follows edits by document version,
 * Clean Article is one undoable edit, and an article full of XSS payloads runs nothing: a probe
 * HTTP server on 127.0.0.1 that every payload targets gets no request, while loading images
 * through our own code path does reach it (so the probe would have seen a hit).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import * as vscode from 'vscode';
import type { RenderedState } from '../../src/preview/messages';
import { api, closeAllEditors, extension, openFile, removeFile, SEED, waitFor, workspaceUri, writeFile } from './helpers';

async function renderedFor(uri: vscode.Uri, accept: (s: RenderedState) => boolean = () => true, what = 'the preview'): Promise<RenderedState> {
  const preview = (await api()).preview;
  return waitFor(`${what} of ${path.basename(uri.path)}`, () => {
    const s = preview.rendered(uri);
    return s && accept(s) ? s : undefined;
  }, preview.onDidRender, 20_000);
}

const SEED_SUMMARY = 'Removed: 11 comments, 1 promo block, 1 style block, 2 stock links, 2 quote spans, 1 editor line, 2 bylines (1.5 KB)';

describe('article preview', () => {
  const created: vscode.Uri[] = [];
  afterEach(async () => {
    await closeAllEditors();
    await Promise.all(created.splice(0).map(removeFile));
  });

  it('opens beside the seed with its title and 11 paragraphs, and no promo block', async () => {
    const editor = await openFile(SEED);
    await vscode.commands.executeCommand('newsArchive.openPreviewToSide');
    const state = await renderedFor(editor.document.uri);
    assert.strictEqual(state.title, '北京力争率先建成高水平人才高地！蔡奇在市委人才工作会议上部署重点任务');
    assert.strictEqual(state.view, 'cleaned');
    assert.strictEqual(state.paragraphs.length, 11);
    assert.ok(state.paragraphs[6].includes('办好中国国际服务贸易交易会、中关村论坛、金融街论坛'));
    assert.ok(!state.text.includes('新浪财经APP') && !state.text.includes('责任编辑') && !state.text.includes('appendQr'));
    assert.strictEqual(state.footer, SEED_SUMMARY);
    assert.strictEqual(state.version, editor.document.version);
  });

  it('follows the active article, and stays on one when locked', async () => {
    const seed = await openFile(SEED);
    await vscode.commands.executeCommand('newsArchive.openPreviewToSide');
    await renderedFor(seed.document.uri);
    const other = await openFile('zoneless-date.md');
    const followed = await renderedFor(other.document.uri, () => true, 'the preview following the active editor');
    assert.notStrictEqual(followed.title, '北京力争率先建成高水平人才高地！蔡奇在市委人才工作会议上部署重点任务');
    await vscode.commands.executeCommand('newsArchive.togglePreviewLock');
    const previewTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview)?.label;
    await waitFor('the locked preview\'s title', () => (previewTab() === '[Preview] zoneless-date.md' ? true : undefined), vscode.window.tabGroups.onDidChangeTabs);
    await vscode.window.showTextDocument(seed.document);
    assert.strictEqual(vscode.window.activeTextEditor?.document, seed.document);
    assert.strictEqual(previewTab(), '[Preview] zoneless-date.md', 'a locked preview does not follow');
    await vscode.commands.executeCommand('newsArchive.togglePreviewLock');
    await renderedFor(seed.document.uri, () => true, 'the unlocked preview back on the active article');
    assert.strictEqual(previewTab(), 'Preview 000_e84b391c27bbb68a.txt');
  });

  it('re-renders an edit with its document version, and follows undo', async () => {
    const uri = await writeFile('preview-edit.md', fs.readFileSync(workspaceUri(SEED).fsPath, 'utf8'));
    created.push(uri);
    const editor = await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('newsArchive.openPreviewToSide', uri);
    await renderedFor(uri);
    const end = editor.document.getText().indexOf('<p>　　会上');
    await editor.edit((b) => b.insert(editor.document.positionAt(end), '<p>　　新加的一段。</p>\n'));
    const edited = await renderedFor(uri, (s) => s.version === editor.document.version, 'the edited preview');
    assert.strictEqual(edited.paragraphs.length, 12);
    assert.strictEqual(edited.paragraphs[9], '新加的一段。');
    await vscode.commands.executeCommand('undo');
    const undone = await renderedFor(uri, (s) => s.version === editor.document.version, 'the preview after undo');
    assert.strictEqual(undone.paragraphs.length, 11);
  });

  it('Clean Article replaces the body in one undoable edit, front matter untouched', async () => {
    const original = fs.readFileSync(workspaceUri(SEED).fsPath, 'utf8');
    const uri = await writeFile('clean-me.md', original);
    created.push(uri);
    const editor = await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('newsArchive.cleanArticle');
    const cleaned = editor.document.getText();
    const bodyStart = original.indexOf('---', 4) + 4;
    assert.strictEqual(cleaned.slice(0, bodyStart), original.slice(0, bodyStart));
    const fixture = fs.readFileSync(path.join(extension().extensionPath, 'test/fixtures/clean/seed.cleaned.html'), 'utf8');
    assert.strictEqual(cleaned.slice(bodyStart), fixture.replace('</p>\n</div>', '</p>\n<p>　　来源：北京日报·识政</p>\n<p>　　撰文：祁梦竹 范俊生</p>\n</div>'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });

  describe('an article of XSS payloads', () => {
    let server: http.Server;
    let port = 0;
    const hits: string[] = [];
    before(async () => {
      server = http.createServer((req, res) => {
        hits.push(req.url ?? '');
        res.writeHead(200, { 'content-type': 'image/gif' });
        res.end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('executes nothing, while our own image loading reaches the probe', async () => {
      const payloads = fs.readFileSync(path.join(extension().extensionPath, 'test/fixtures/clean/xss-payloads.txt'), 'utf8')
        .split('\n').filter((l) => l.trim() !== '' && !l.startsWith('# ')).map((l) => l.replace(/PORT/g, String(port)));
      const front = "\n---\ntitle: 'payloads'\ndate: 2021-11-15 10:00:00\n---\n\n<div>\n";
      const uri = await writeFile('payloads.md', `${front}<p>　　before</p>\n${payloads.join('\n')}\n<p>　　after</p>\n</div>\n`);
      created.push(uri);
      await vscode.window.showTextDocument(uri);
      await vscode.commands.executeCommand('newsArchive.openPreviewToSide', uri);
      const state = await renderedFor(uri);
      assert.ok(state.paragraphs.includes('before'), 'the payload article rendered');

      const control = await writeFile('control.md', `${front}<p>　　control</p>\n<p><img src="http://127.0.0.1:${port}/control" alt="control"></p>\n</div>\n`);
      created.push(control);
      await vscode.window.showTextDocument(control, { viewColumn: vscode.ViewColumn.One });
      const blocked = await renderedFor(control, (s) => s.imagePlaceholders === 1, 'the control article with its image blocked');
      assert.strictEqual(blocked.images, 0);
      await vscode.commands.executeCommand('newsArchive.preview.loadImages');
      await waitFor('the control request at the probe', () => (hits.includes('/control') ? true : undefined), undefined, 20_000);
      assert.deepStrictEqual(hits, ['/control']);
    });
  });
});
