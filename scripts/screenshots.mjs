#!/usr/bin/env node
// `npm run screenshots`: opens a temporary copy of seeds/ in the real workbench (the VS Code
// server of the test host, headless Chromium), drives it by keyboard as a user would and saves
// the README's pictures into docs/images/. A shot whose feature is not there yet times out
// with a message saying what it waited for; the others are still taken, and the summary names
// the skipped ones (exit 1). Exit 2: the host could not run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHost, HostUnavailableError } from './host/installHost.mjs';
import { startServer, workbenchUrl } from './host/vscodeServer.mjs';
import { launchBrowser } from './host/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs', 'images');
const SEED = '000_e84b391c27bbb68a.txt';
const FEATURE_TIMEOUT_MS = 20_000;

/** Waits for `locator`; on timeout the error says what the shot was waiting for. */
async function waitFor(locator, what, timeout = FEATURE_TIMEOUT_MS) {
  try {
    await locator.first().waitFor({ timeout });
    return locator.first();
  } catch {
    throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
  }
}

async function quickPick(page, opener, text, rowText, what) {
  await page.keyboard.press(opener);
  await page.locator('.quick-input-widget .quick-input-box input').waitFor();
  await page.keyboard.type(text);
  // Enter takes the focused (best-matching) row: make sure it is the one we mean.
  await waitFor(page.locator('.quick-input-list .monaco-list-row.focused', { hasText: rowText }), what, 10_000);
  await page.keyboard.press('Enter');
}

/** Runs a command from the Command Palette by its title, as a user does. */
function runCommand(page, title) {
  return quickPick(page, 'F1', title, title, `"${title}" in the Command Palette`);
}

async function openSeed(page) {
  await quickPick(page, 'Control+P', SEED, SEED, `${SEED} in Quick Open`);
  await waitFor(page.locator('.monaco-editor .view-line', { hasText: 'thumbnail:' }), 'the seed\'s text in the editor');
}

/** Only the last shot opens the panel, so closing the editors is reset enough. */
async function resetWorkbench(page) {
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, 'Notifications: Clear All Notifications');
}

const shots = {
  async 'editor-diagnostics.png'(page) {
    await openSeed(page);
    const squiggles = page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info');
    await waitFor(squiggles, 'a diagnostic squiggle on the seed (validation)');
    // Hover the last squiggle of the front matter: its hover then opens below, over the body.
    const fence = await page.locator('.monaco-editor .view-line', { hasText: /^---$/ }).last().boundingBox();
    const boxes = (await Promise.all((await squiggles.all()).map((s) => s.boundingBox())))
      .filter((b) => b && (!fence || b.y < fence.y))
      .sort((a, b) => a.y - b.y);
    const box = boxes.at(-1);
    await page.mouse.move(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2);
    await waitFor(page.locator('.monaco-hover:not(.hidden) .hover-contents'), 'the hover over the diagnostic');
    // "Checking for quick fixes…" turns into "Quick Fix…" (the old text may stay in the DOM, hidden).
    await waitFor(page.locator('.monaco-hover').getByText(/^(Quick Fix|No quick fixes)/).filter({ visible: true }),
      'the hover\'s quick fixes');
  },
  async 'preview.png'(page) {
    await openSeed(page);
    await runCommand(page, 'News Archive: Open Preview to the Side');
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await waitFor(preview.locator('body *').filter({ visible: true }), 'the preview webview\'s content');
  },
  async 'tree.png'(page) {
    await openSeed(page);
    await (await waitFor(page.locator('.activitybar .action-item a.action-label[aria-label^="News Archive"]'),
      'the News Archive container in the activity bar')).click();
    const sidebar = page.locator('.part.sidebar');
    // A container with one view shows it without a pane header ("NEWS ARCHIVE: ARTICLES").
    await waitFor(sidebar.locator('.composite.title, .pane-header', { hasText: /Articles/i }), 'the Articles view');
    const header = sidebar.locator('.pane-header', { hasText: 'Articles' });
    if ((await header.count()) > 0 && (await header.first().getAttribute('aria-expanded')) !== 'true') await header.first().click();
    await waitFor(sidebar.locator('.monaco-list-row'), 'items in the Articles view');
    // As a user would: show where the open article sits in the tree.
    await runCommand(page, 'News Archive: Reveal Active Article in Articles View');
    await waitFor(sidebar.locator('.monaco-list-row.selected:not([aria-level="1"])'), 'the seed selected inside its group');
    await page.mouse.move(700, 700); // no tooltip over the shot
  },
  async 'problems.png'(page) {
    await openSeed(page);
    const progress = page.locator('.notification-toast', { hasText: 'Validating' });
    await runCommand(page, 'News Archive: Validate Archive').then(
      // Its progress toast may come and go before we look: a short wait for it to show, a long one for it to end.
      () => progress.waitFor({ timeout: 5_000 }).catch(() => {}).then(() => progress.waitFor({ state: 'hidden', timeout: 120_000 })),
      (e) => console.log(`  (${e.message}; showing the open file's problems only)`));
    await runCommand(page, 'Notifications: Clear All Notifications');
    await page.keyboard.press('Control+Shift+E');
    await page.keyboard.press('Control+Shift+M');
    await waitFor(page.locator('.markers-panel .monaco-list-row'), 'rows in the Problems panel');
  },
};

function cjkFontInstalled() {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

async function main() {
  const codeServerDir = ensureHost(root);
  if (!cjkFontInstalled()) {
    throw new HostUnavailableError('The articles are Chinese and no Chinese font is installed, so the shots would show boxes. Install one with:\n  apt-get install -y --no-install-recommends fonts-wqy-microhei');
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-shots-'));
  const workspace = path.join(scratch, 'archive');
  fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  const server = await startServer({ codeServerDir, settings: { 'editor.hover.above': false } });
  const browser = await launchBrowser();
  const skipped = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(workbenchUrl(server.port, { folder: workspace, extensionDevelopmentPath: root }));
    await waitFor(page.locator('.monaco-workbench'), 'the workbench', 60_000);
    await waitFor(page.getByRole('treeitem', { name: SEED }), 'the Explorer listing the archive', 60_000);
    fs.mkdirSync(outDir, { recursive: true });
    for (const [name, take] of Object.entries(shots)) {
      try {
        await resetWorkbench(page);
        await take(page);
        await page.screenshot({ path: path.join(outDir, name), animations: 'disabled' }); // hovers fade in
        console.log(`saved docs/images/${name}`);
      } catch (e) {
        skipped.push(name);
        const debug = path.join(os.tmpdir(), `skipped-${name}`);
        await page.screenshot({ path: debug }).catch(() => {});
        console.log(`skipped ${name}: ${e instanceof Error ? e.message.split('\n')[0] : e} (the workbench then: ${debug})`);
      }
    }
  } finally {
    await browser.close().catch(() => {});
    server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  console.log(skipped.length ? `skipped: ${skipped.join(', ')}` : 'all shots taken');
  return skipped.length ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
main().then((code) => process.exit(code), (e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(e instanceof HostUnavailableError ? 2 : 1);
});
