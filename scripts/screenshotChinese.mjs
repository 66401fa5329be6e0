#!/usr/bin/env node
// `node scripts/screenshotChinese.mjs` (after `npm run build`): the README's Chinese picture,
// docs/images/zh-cn.png. The VS Code server runs with `--locale zh-cn`; no Chinese language pack
// for the workbench itself can be installed offline, so VS Code's own menus stay English while
// everything of this extension (view names, tree items, preview labels, status bar) is Chinese.
// Exit 1 when a step times out (it says which), 2 when the host cannot run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHost, HostUnavailableError } from './host/installHost.mjs';
import { startServer, workbenchUrl } from './host/vscodeServer.mjs';
import { launchBrowser } from './host/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = '000_e84b391c27bbb68a.txt';
const out = path.join(root, 'docs/images/zh-cn.png');

async function waitFor(locator, what, timeout = 60_000) {
  try {
    await locator.first().waitFor({ timeout });
    return locator.first();
  } catch {
    throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
  }
}

async function main() {
  const codeServerDir = ensureHost(root);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-zh-'));
  const workspace = path.join(scratch, 'archive');
  fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  const server = await startServer({ codeServerDir, locale: 'zh-cn', settings: { 'workbench.editor.enablePreview': false } });
  const browser = await launchBrowser();
  let page;
  try {
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(workbenchUrl(server.port, { folder: workspace, extensionDevelopmentPath: root }));
    await waitFor(page.getByRole('treeitem', { name: SEED }), 'the Explorer listing the archive');
    await page.keyboard.press('Control+P');
    await page.keyboard.type(SEED);
    await waitFor(page.locator('.quick-input-list .monaco-list-row.focused', { hasText: SEED }), `${SEED} in Quick Open`);
    await page.keyboard.press('Enter');
    await waitFor(page.locator('.monaco-editor .view-line', { hasText: 'thumbnail:' }), 'the seed in the editor');
    // The activity bar entry carries the container's translated title.
    await (await waitFor(page.locator('.activitybar .action-item a.action-label[aria-label^="新闻归档"]'),
      'the 新闻归档 container in the activity bar (is package.nls.zh-cn.json loaded?)')).click();
    await waitFor(page.locator('.part.sidebar .monaco-list-row'), 'articles in the 文章 view', 120_000);
    // As a user would: show where the open article sits, with the command's Chinese title.
    await page.keyboard.press('F1');
    await page.keyboard.type('新闻归档: 在文章视图中定位当前文章');
    await waitFor(page.locator('.quick-input-list .monaco-list-row.focused', { hasText: '定位当前文章' }), 'the reveal command under its Chinese title');
    await page.keyboard.press('Enter');
    await waitFor(page.locator('.part.sidebar .monaco-list-row.selected:not([aria-level="1"])'), 'the seed selected inside its group');
    await page.locator('.monaco-editor .view-line', { hasText: 'thumbnail:' }).first().click();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('V');
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await waitFor(preview.locator('body *').filter({ visible: true }), 'the preview beside the editor');
    await page.mouse.move(700, 840);
    await page.screenshot({ path: out, animations: 'disabled' });
    console.log(`saved ${path.relative(root, out)}`);
    return 0;
  } catch (e) {
    await page?.screenshot({ path: path.join(os.tmpdir(), 'zh-cn-failed.png') }).catch(() => {});
    throw new Error(`${e instanceof Error ? e.message : e} (the workbench then: ${path.join(os.tmpdir(), 'zh-cn-failed.png')})`);
  } finally {
    await browser.close().catch(() => {});
    server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(e instanceof HostUnavailableError ? 2 : 1);
});
