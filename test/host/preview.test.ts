/**
 * The article preview in a real VS Code: it opens beside the seed and shows the cleaned article
 * (read back from the page, which says what a reader sees on it), follows edits by document
 * version, scrolls with its editor both ways, finds text, blocks and loads images, Clean Article
 * is one undoable edit, and an article full of XSS payloads runs nothing: a probe HTTP server on
 * 127.0.0.1 that every payload targets gets no request, while loading images through our own
 * code path does reach it (so the probe would have seen a hit).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import * as vscode from 'vscode';
import type { RenderedState } from '../../src/preview/messages';
import { api, closeAllEditors, extension, openFile, removeFile, SEED, waitFor, workspaceUri, writeFile } from './helpers';

/**
 * What the page of the preview showing `uri` shows, once it satisfies `accept`. The page is asked
 * again after each render or scroll it reports, and every 250 ms (an image failing to load
 * changes the page without a message).
 */
async function pageOf(uri: vscode.Uri, accept: (s: RenderedState) => boolean = () => true, what = 'the preview'): Promise<RenderedState> {
  const preview = (await api()).preview;
  const deadline = Date.now() + 20_000;
  let last: RenderedState | undefined;
  for (;;) {
    if (preview.rendered(uri)) {
      last = await preview.describe(uri);
      if (last && last.uri === uri.toString() && accept(last)) return last;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} of ${path.basename(uri.path)}; it showed ${JSON.stringify(last && { ...last, paragraphs: last.paragraphs.length, text: last.text.slice(0, 80) })}`);
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        listeners.forEach((l) => l.dispose());
        resolve();
      };
      const timer = setTimeout(done, 250);
      const listeners = [preview.onDidRender(done), preview.onDidScroll(done)];
    });
  }
}

/** A 快科技 post of our own writing, in its markup (issue 14). */
const KUAIKEJI = "\n---\ntitle: '特斯拉 Model Y 续航提升'\ncategories: \n - 科技\n - 快科技\nauthor: 快科技\ndate: 2021-12-20 10:00:00\n---\n\n<div>\n" +
  '<p>　　快科技12月20日消息，特斯拉更新了 Model Y 的配置，续航提升到 660 公里。</p>\n<p>　　价格保持不变。</p>\n' +
  '<p class="end">- THE END -</p>\n<p>转载请注明出处：快科技</p>\n' +
  '<p><a href="https://news.mydrivers.com/tag/tesila.htm">#特斯拉#</a><a href="https://news.mydrivers.com/tag/xuhang.htm">续航</a></p>\n' +
  '<p>责任编辑：若风</p>\n</div>\n';
const SEED_SUMMARY = 'Removed: 11 comments, 1 promo block, 1 style block, 2 stock links, 2 quote spans, 1 editor line, 2 bylines (1.5 KB)';
const FRONT = "\n---\ntitle: 'scrolling'\ndate: 2021-11-15 10:00:00\n---\n\n<div>\n";
const paragraph = (i: number) => `第${i}段：北京力争率先建成高水平人才高地。`;
const LONG = `${FRONT}${Array.from({ length: 300 }, (_, i) => `<p>　　${paragraph(i)}</p>`).join('\n')}\n</div>\n`;
/** The editor line of paragraph `i` of LONG. */
const lineOf = (i: number) => FRONT.split('\n').length - 1 + i;

async function setPreviewSetting(name: string, value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('newsArchive.preview').update(name, value, vscode.ConfigurationTarget.Global);
}

describe('article preview', () => {
  const created: vscode.Uri[] = [];
  afterEach(async () => {
    await closeAllEditors();
    await Promise.all(created.splice(0).map(removeFile));
  });

  it('opens beside the seed with its title, date and 11 paragraphs, and no promo block', async () => {
    const editor = await openFile(SEED);
    await vscode.commands.executeCommand('newsArchive.openPreviewToSide');
    const state = await pageOf(editor.document.uri);
    assert.strictEqual(state.title, '北京力争率先建成高水平人才高地！蔡奇在市委人才工作会议上部署重点任务');
    // The tests run with TZ=UTC, the browser too.
    assert.strictEqual(state.date, 'Nov 15, 2021, 11:46 PM');
    assert.strictEqual(state.view, 'cleaned');
    assert.strictEqual(state.paragraphs.length, 11);
    assert.ok(state.paragraphs[6].includes('办好中国国际服务贸易交易会、中关村论坛、金融街论坛'));
    assert.ok(!state.text.includes('新浪财经APP') && !state.text.includes('责任编辑') && !state.text.includes('appendQr'));
    assert.strictEqual(state.footer, SEED_SUMMARY);
    assert.strictEqual(state.version, editor.document.version);
    // The promo QR code is the seed's only image, and the cleaner removed it: nothing to load.
    assert.deepStrictEqual([state.imagePlaceholders, state.imageButton], [0, '']);
    // Ctrl+F finds text in it, as in the Markdown preview.
    assert.strictEqual((await api()).preview.panelOptions(editor.document.uri)?.enableFindWidget, true);
  });

  it('cleans a 快科技 post with its own profile: its end mark, reprint notice and tag links named in the footer, its editor line out of the body', async () => {
    const uri = await writeFile('kuaikeji-profile.md', KUAIKEJI);
    created.push(uri);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('newsArchive.openPreviewToSide');
    const state = await pageOf(editor.document.uri);
    assert.strictEqual(state.footer, 'Removed: 1 end mark, 1 reprint notice, 1 tag-link paragraph, 1 byline (234 B)');
    assert.deepStrictEqual(state.paragraphs, ['快科技12月20日消息，特斯拉更新了 Model Y 的配置，续航提升到 660 公里。', '价格保持不变。']);
    // The editor line left the body for the card (its value: test/core/cleanProfiles.test.ts).
    for (const gone of ['THE END', '转载请注明出处', '#特斯拉#', '责任编辑']) assert.ok(!state.text.includes(gone), gone);
  });

  it('follows the active article, and stays on one when locked', async () => {
    const seed = await openFile(SEED);
    await vscode.commands.executeCommand('newsArchive.openPreviewToSide');
    await pageOf(seed.document.uri);
    const other = await openFile('zoneless-date.md');
    const followed = await pageOf(other.document.uri, () => true, 'the preview following the active editor');
    assert.notStrictEqual(followed.title, '北京力争率先建成高水平人才高地！蔡奇在市委人才工作会议上部署重点任务');
    // A date without a zone is shown as written: Hexo reads it as UTC, the writer may not have meant that.
    assert.strictEqual(followed.date, '2021-11-26 07:21:47');
    await vscode.commands.executeCommand('newsArchive.togglePreviewLock');
    const previewTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview)?.label;
    await waitFor('the locked preview\'s title', () => (previewTab() === '[Preview] zoneless-date.md' ? true : undefined), vscode.window.tabGroups.onDidChangeTabs);
    await vscode.window.showTextDocument(seed.document);
    assert.strictEqual(vscode.window.activeTextEditor?.document, seed.document);
    assert.strictEqual(previewTab(), '[Preview] zoneless-date.md', 'a locked preview does not follow');
    await vscode.commands.executeCommand('newsArchive.togglePreviewLock');
    await pageOf(seed.document.uri, () => true, 'the unlocked preview back on the active article');
    assert.strictEqual(previewTab(), 'Preview 000_e84b391c27bbb68a.txt');
  });

  it('follows a file opened from the Explorer, one VS Code has not loaded before', async () => {
    const uri = await writeFile('never-opened.md', LONG.replace("'scrolling'", "'从未打开'"));
    created.push(uri);
    await openFile(SEED);
    await vscode.commands.executeCommand('newsArchive.openPreviewToSide');
    await pageOf(workspaceUri(SEED));
    await vscode.commands.executeCommand('vscode.open', uri, vscode.ViewColumn.One);
    const state = await pageOf(uri, (s) => s.title === '从未打开', 'the preview of the newly opened file');
    assert.strictEqual(state.paragraphs.length, 300);
    // Typing then shows the document's own versions, whether the first render came from disk or not.
    const editor = await waitFor('its editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()), vscode.window.onDidChangeVisibleTextEditors);
    await editor.edit((b) => b.insert(editor.document.positionAt(editor.document.getText().indexOf('<p>')), '<p>　　新的第一段。</p>\n'));
    const edited = await pageOf(uri, (s) => s.version === editor.document.version, 'the edited preview');
    assert.strictEqual(edited.paragraphs[0], '新的第一段。');
  });

  it('re-renders an edit with its document version, and follows undo', async () => {
    const uri = await writeFile('preview-edit.md', fs.readFileSync(workspaceUri(SEED).fsPath, 'utf8'));
    created.push(uri);
    const editor = await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('newsArchive.openPreviewToSide', uri);
    await pageOf(uri);
    const end = editor.document.getText().indexOf('<p>　　会上');
    await editor.edit((b) => b.insert(editor.document.positionAt(end), '<p>　　新加的一段。</p>\n'));
    const edited = await pageOf(uri, (s) => s.version === editor.document.version, 'the edited preview');
    assert.strictEqual(edited.paragraphs.length, 12);
    assert.strictEqual(edited.paragraphs[9], '新加的一段。');
    await vscode.commands.executeCommand('undo');
    const undone = await pageOf(uri, (s) => s.version === editor.document.version, 'the preview after undo');
    assert.strictEqual(undone.paragraphs.length, 11);
  });

  describe('scroll sync', () => {
    let uri: vscode.Uri;
    let editor: vscode.TextEditor;
    let n = 0;
    beforeEach(async () => {
      // Plain text is not wrapped, so the editor's top line is exact. A file a test: each page starts at the top.
      uri = await writeFile(`scrolling-${++n}.txt`, LONG);
      created.push(uri);
      editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('newsArchive.openPreviewToSide', uri);
      await pageOf(uri, (s) => s.paragraphs.length === 300);
    });
    afterEach(async () => {
      await setPreviewSetting('scrollPreviewWithEditor', undefined);
      await setPreviewSetting('scrollEditorWithPreview', undefined);
    });

    const editorTop = () => editor.visibleRanges[0]?.start.line ?? -1;
    const waitForEditorTop = (accept: (line: number) => boolean, what: string) =>
      waitFor(what, () => (accept(editorTop()) ? editorTop() : undefined), vscode.window.onDidChangeTextEditorVisibleRanges);
    /** Scrolls the editor as a reader does and returns the paragraph now at its top. */
    async function scrollEditorTo(i: number): Promise<number> {
      const before = editorTop();
      editor.revealRange(new vscode.Range(lineOf(i), 0, lineOf(i), 0), vscode.TextEditorRevealType.AtTop);
      // VS Code keeps a few lines above a revealed line (sticky scroll): the paragraph at the top is the one to find.
      return (await waitForEditorTop((l) => l !== before && l > lineOf(i) - 10, `the editor scrolled near line ${lineOf(i)}`)) - lineOf(0);
    }

    it('scrolls the preview to the paragraph at the top of the editor', async () => {
      const top = await scrollEditorTo(130);
      const state = await pageOf(uri, (s) => s.topText === paragraph(top), `the preview scrolled to paragraph ${top}`);
      assert.ok(state.scrollY > 0);
    });

    it('scrolls the editor to the line of the paragraph at the top of the preview', async () => {
      (await api()).preview.scrollAsReader(uri, 125);
      await waitForEditorTop((l) => l === lineOf(125), `the editor's top line ${lineOf(125)}`);
      // The editor moved because the reader scrolled the preview: the preview is not scrolled back.
      const state = await pageOf(uri, (s) => s.topText === paragraph(125));
      assert.ok(state.scrollY > 0);
    });

    it('leaves the editor alone when newsArchive.preview.scrollEditorWithPreview is off', async () => {
      const preview = (await api()).preview;
      await setPreviewSetting('scrollEditorWithPreview', false);
      const tops: number[] = [];
      const watch = vscode.window.onDidChangeTextEditorVisibleRanges(() => tops.push(editorTop()));
      let readerReports = 0;
      let lastReport = 0;
      const reports = preview.onDidScroll((s) => {
        if (s.byReader) { readerReports++; lastReport = Date.now(); }
      });
      try {
        preview.scrollAsReader(uri, 120);
        await pageOf(uri, (s) => s.topText === paragraph(120), 'the preview scrolled by the reader');
        // The page's reports reach the extension after the page has moved: the setting is turned on
        // again only once they have all been handled (none for 300 ms), else a late one would follow it.
        await waitFor('the reader\'s scroll reports handled', () => (readerReports > 0 && Date.now() - lastReport > 300 ? true : undefined));
        // Turned on again, the next scroll does move the editor: had the first one, it would have come first.
        await setPreviewSetting('scrollEditorWithPreview', true);
        preview.scrollAsReader(uri, 135);
        await waitForEditorTop((l) => l === lineOf(135), `the editor's top line ${lineOf(135)}`);
        assert.ok(!tops.includes(lineOf(120)), `the editor went to ${tops.join(', ')}`);
      } finally {
        watch.dispose();
        reports.dispose();
      }
    });

    it('leaves the preview alone when newsArchive.preview.scrollPreviewWithEditor is off', async () => {
      await setPreviewSetting('scrollPreviewWithEditor', false);
      const shown: string[] = [];
      const first = await scrollEditorTo(120);
      shown.push((await pageOf(uri)).topText);
      await setPreviewSetting('scrollPreviewWithEditor', true);
      const second = await scrollEditorTo(140);
      await pageOf(uri, (s) => {
        shown.push(s.topText);
        return s.topText === paragraph(second);
      }, 'the preview following the editor again');
      assert.ok(!shown.includes(paragraph(first)), `the preview showed ${shown.join(' | ')}`);
    });
  });

  it('shows an image that does not load as a placeholder, and blocks images again', async () => {
    // Nothing listens on the discard port: the image fails at once, as offline.
    const uri = await writeFile('images.md', `${FRONT}<p>　　有图。</p>\n<p><img src="http://127.0.0.1:9/gone.png" alt="消失的图" width="640" height="480"></p>\n</div>\n`);
    created.push(uri);
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('newsArchive.openPreviewToSide', uri);
    const blocked = await pageOf(uri, (s) => s.imagePlaceholders === 1);
    assert.deepStrictEqual([blocked.images, blocked.imageButton], [0, 'Load images for this article (1)']);
    assert.ok(blocked.text.includes('消失的图 · 640×480 · 127.0.0.1:9'), blocked.text);
    await vscode.commands.executeCommand('newsArchive.preview.loadImages');
    const failed = await pageOf(uri, (s) => s.failedImages === 1, 'the image that failed to load');
    assert.deepStrictEqual([failed.images, failed.imageButton], [0, 'Block images again']);
    assert.ok(failed.text.includes('消失的图 · 640×480 · 127.0.0.1:9 (did not load)'), failed.text);
    await vscode.commands.executeCommand('newsArchive.preview.blockImages');
    const again = await pageOf(uri, (s) => s.imageButton === 'Load images for this article (1)', 'images blocked again');
    assert.deepStrictEqual([again.imagePlaceholders, again.failedImages, again.images], [1, 0, 0]);
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
    assert.strictEqual(cleaned.slice(bodyStart), fixture.replace('</p>\n</div>', '</p>\n<p>　　来源：北京日报·识政</p>\n<p>　　撰文：祁梦竹 范俊生</p>\n<p>责任编辑：梁斌 SF055</p>\n</div>'));
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
      const state = await pageOf(uri);
      assert.ok(state.paragraphs.includes('before'), 'the payload article rendered');

      const control = await writeFile('control.md', `${front}<p>　　control</p>\n<p><img src="http://127.0.0.1:${port}/control" alt="control"></p>\n</div>\n`);
      created.push(control);
      await vscode.window.showTextDocument(control, { viewColumn: vscode.ViewColumn.One });
      const blocked = await pageOf(control, (s) => s.imagePlaceholders === 1, 'the control article with its image blocked');
      assert.strictEqual(blocked.images, 0);
      await vscode.commands.executeCommand('newsArchive.preview.loadImages');
      await waitFor('the control request at the probe', () => (hits.includes('/control') ? true : undefined), undefined, 20_000);
      assert.deepStrictEqual(hits, ['/control']);
    });
  });
});
