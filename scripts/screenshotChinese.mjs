#!/usr/bin/env node
// `node scripts/screenshotChinese.mjs` (after `npm run build`): the README's Chinese picture,
// docs/images/zh-cn.png: the seed article with the hover of a diagnostic open, the Problems
// panel below listing its problems, the 文章 view beside it and the status bar. The VS Code
// server runs with `--locale zh-cn`; no Chinese language pack for the workbench itself can be
// installed offline, so VS Code's own menus stay English while everything of this extension
// (rule messages, quick-fix titles, the diagnostics' source, view names, tree items, status
// bar) is Chinese.
// Exit 1 when a step times out (it says which), 2 when the host cannot run.
import { spawnSync } from 'node:child_process';
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

function cjkFontInstalled() {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

async function main() {
  const codeServerDir = ensureHost(root);
  if (!cjkFontInstalled()) {
    throw new HostUnavailableError('The shot is of Chinese text and no Chinese font is installed, so it would show boxes. Install one with:\n  apt-get install -y --no-install-recommends fonts-wqy-microhei');
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-zh-'));
  const workspace = path.join(scratch, 'archive');
  fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  const server = await startServer({ codeServerDir, locale: 'zh-cn', settings: { 'workbench.editor.enablePreview': false, 'editor.hover.above': false } });
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
    // The Problems panel: the seed's problems, each row in Chinese with its source 新闻归档.
    await page.keyboard.press('Control+Shift+M');
    await waitFor(page.locator('.markers-panel .monaco-list-row', { hasText: '新闻归档' }), 'the seed\'s problems in Chinese in the Problems panel');
    // Only the seed's rows: the archive-wide duplicate groups of the other seeds would fill the panel.
    await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill(SEED);
    await waitFor(page.locator('.markers-panel .monaco-list-row', { hasText: 'front-matter-displaced' }), 'the seed\'s rows after filtering');
    // Hover the first squiggle of the front matter (the blank line's info is on line 1, so take
    // the trailing space of `categories: `): its hover opens below, over the body.
    const squiggles = page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info, .monaco-editor .squiggly-hint');
    await waitFor(squiggles, 'a diagnostic squiggle on the seed');
    const headimg = await (await waitFor(page.locator('.monaco-editor .view-line', { hasText: 'headimg:' }), 'the headimg line')).boundingBox();
    const boxes = (await Promise.all((await squiggles.all()).map((s) => s.boundingBox())))
      .filter((b) => b && headimg && Math.abs(b.y - headimg.y) < 4);
    const box = boxes[0];
    if (!box) throw new Error('no squiggle on the headimg line');
    await page.mouse.move(box.x + Math.min(box.width / 2, 60), box.y + box.height / 2);
    await waitFor(page.locator('.monaco-hover:not(.hidden) .hover-contents', { hasText: '推广图片' }), 'the hover of headimg-boilerplate in Chinese');
    await waitFor(page.locator('.monaco-hover').getByText(/^(Quick Fix|快速修复)/).filter({ visible: true }), 'the hover\'s quick fixes');
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
