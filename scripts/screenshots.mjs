#!/usr/bin/env node
// `npm run screenshots [-- --locale zh-cn] [--only NAME.png,…]`: opens a temporary copy of seeds/
// in the real workbench (the VS Code server of the test host, headless Chromium), drives it by
// keyboard as a user would and saves the README's pictures into docs/images/ (docs/images/zh-cn/
// with `--locale zh-cn`: the server runs with `--locale zh-cn`, so everything of this extension
// is Chinese, while VS Code's own menus stay English as no language pack for the workbench can
// be installed offline). The commands are found in the palette by their titles in that language
// (package.nls*.json) and the extension's texts through its l10n bundle. tree-large.png opens a
// second workbench on seeds/ plus 4,500 generated posts (bench/generateArchive.ts) grouped by
// author: a filter, the groups' counts, the problem badges and a big group's "Show more".
// A shot whose feature is not there yet times out with a message saying what it waited for; the
// others are still taken, and the summary names the skipped ones (exit 1). Exit 2: the host
// could not run. Then `node scripts/walkthroughImages.mjs` makes the walkthrough's copies.
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
const FEATURE_TIMEOUT_MS = 20_000;
/** Enough generated posts that the biggest author group (新浪财经, about a quarter) passes a page of 1,000. */
const LARGE_ARCHIVE_POSTS = 4_500;

function option(name) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const LOCALE = option('locale') ?? 'en';
if (!['en', 'zh-cn'].includes(LOCALE)) {
  console.error(`--locale must be en or zh-cn, not ${LOCALE}`);
  process.exit(2);
}
const ONLY = option('only')?.split(',');
const outDir = path.join(root, 'docs', 'images', ...(LOCALE === 'en' ? [] : [LOCALE]));

const readJson = (file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const nls = readJson(LOCALE === 'en' ? 'package.nls.json' : `package.nls.${LOCALE}.json`);
const bundle = LOCALE === 'en' ? {} : readJson(`l10n/bundle.l10n.${LOCALE}.json`);
/** A runtime message of the extension as the workbench shows it in this locale. */
const l10n = (message) => bundle[message] ?? message;
/** A command as the palette lists it: "News Archive: Validate Archive", "新闻归档: 验证归档". */
const command = (key) => `${nls.category}: ${nls[`command.${key}.title`]}`;
/** A runtime message with `{0}`… as a pattern matching any number there. */
const pattern = (message) => new RegExp(l10n(message).replace(/[.*+?^$()[\]|\\]/g, '\\$&').replace(/\{\d\}/g, '[\\d,]+'));
const CONTAINER = nls['viewsContainer.newsArchive.title'];
const ARTICLES = nls['view.articles.name'];

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

/** Opens the Articles view from the activity bar; resolves to the side bar. */
async function showArticles(page) {
  await (await waitFor(page.locator(`.activitybar .action-item a.action-label[aria-label^="${CONTAINER}"]`),
    `the ${CONTAINER} container in the activity bar`)).click();
  const sidebar = page.locator('.part.sidebar');
  // A container with one view shows it without a pane header ("NEWS ARCHIVE: ARTICLES").
  await waitFor(sidebar.locator('.composite.title, .pane-header', { hasText: new RegExp(ARTICLES, 'i') }), `the ${ARTICLES} view`);
  const header = sidebar.locator('.pane-header', { hasText: ARTICLES });
  if ((await header.count()) > 0 && (await header.first().getAttribute('aria-expanded')) !== 'true') await header.first().click();
  await waitFor(sidebar.locator('.monaco-list-row'), `items in the ${ARTICLES} view`, 120_000);
  return sidebar;
}

/** Until the status bar's article count (the index and its problem counts) has not changed for 6 s. */
async function indexSettled(page, timeout = 300_000) {
  const articles = pattern('{0} articles').source;
  const read = () => page.evaluate((source) => [...document.querySelectorAll('.statusbar-item')]
    .map((e) => e.textContent ?? '').find((t) => new RegExp(source).test(t)) ?? '', articles);
  const end = Date.now() + timeout;
  let last = '';
  let same = 0;
  while (Date.now() < end && same < 3) {
    await page.waitForTimeout(2_000);
    const now = await read();
    same = now !== '' && now === last ? same + 1 : 0;
    last = now;
  }
  if (same < 3) throw new Error(`the article count in the status bar did not settle within ${timeout / 1000} s (last: "${last}")`);
  console.log(`  status bar: ${last.trim()}`);
}

/**
 * Pages down the side bar's list (focused on a row) until `row` shows, then wheels it to about
 * two thirds down the view, so that what follows it shows too.
 */
async function scrollTo(page, sidebar, row, what) {
  for (let i = 0; i < 120 && !(await row.isVisible()); i++) await page.keyboard.press('PageDown');
  if (!(await row.isVisible())) throw new Error(`paged to the end without finding ${what}`);
  const box = await sidebar.locator('.monaco-list').first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 4; i++) {
    const at = await row.boundingBox();
    const off = at.y - (box.y + box.height * 0.66);
    if (Math.abs(off) < 30) break;
    await page.mouse.wheel(0, off);
    await page.waitForTimeout(300);
  }
}

/** Each shot: the workspace it needs ('seeds', or 'large': seeds plus generated posts) and how to take it. */
const shots = {
  'editor-diagnostics.png': { workspace: 'seeds', async take(page) {
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
    await waitFor(page.locator('.monaco-hover').getByText(/^(Quick Fix|No quick fixes|快速修复)/).filter({ visible: true }),
      'the hover\'s quick fixes');
  } },
  'preview.png': { workspace: 'seeds', async take(page) {
    await openSeed(page);
    await runCommand(page, command('openPreviewToSide'));
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await waitFor(preview.locator('body *').filter({ visible: true }), 'the preview webview\'s content');
  } },
  'tree.png': { workspace: 'seeds', async take(page) {
    await openSeed(page);
    const sidebar = await showArticles(page);
    // As a user would: show where the open article sits in the tree.
    await runCommand(page, command('revealActiveArticle'));
    await waitFor(sidebar.locator('.monaco-list-row.selected:not([aria-level="1"])'), 'the seed selected inside its group');
    await page.mouse.move(700, 700); // no tooltip over the shot
  } },
  'problems.png': { workspace: 'seeds', async take(page) {
    await openSeed(page);
    const progress = page.locator('.notification-toast', { hasText: l10n('Validating the archive') });
    await runCommand(page, command('validateArchive')).then(
      // Its progress toast may come and go before we look: a short wait for it to show, a long one for it to end.
      () => progress.waitFor({ timeout: 5_000 }).catch(() => {}).then(() => progress.waitFor({ state: 'hidden', timeout: 120_000 })),
      (e) => console.log(`  (${e.message}; showing the open file's problems only)`));
    await runCommand(page, 'Notifications: Clear All Notifications');
    await page.keyboard.press('Control+Shift+E');
    await page.keyboard.press('Control+Shift+M');
    await waitFor(page.locator('.markers-panel .monaco-list-row'), 'rows in the Problems panel');
  } },
  // The Articles view of a big archive: grouped by author, filtered to "新浪" (the view's message
  // says so), each group with its count and its articles with problems, each article with its
  // file's problem badge, and the biggest group's first page of 1,000 ending in "Show more".
  'tree-large.png': { workspace: 'large', async take(page) {
    const sidebar = await showArticles(page);
    // Wider, as a user makes it for long titles: drag the sash on the side bar's edge.
    const bar = await sidebar.boundingBox();
    await page.mouse.move(bar.x + bar.width, 400);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width + 200, 400, { steps: 10 });
    await page.mouse.up();
    await indexSettled(page);
    await runCommand(page, command('filter'));
    await waitFor(page.locator('.quick-input-widget .quick-input-box input'), 'the filter\'s input');
    await page.keyboard.type('新浪');
    await page.keyboard.press('Enter');
    await waitFor(sidebar.locator('.message, .pane-body .message', { hasText: '新浪' }), 'the view\'s message naming the filter');
    const big = sidebar.locator('.monaco-list-row[aria-level="1"]', { hasText: /^新浪财经\s*[\d,]{5}/ });
    await (await waitFor(big, 'the 新浪财经 author group with more than 1,000 articles')).click();
    const more = sidebar.locator('.monaco-list-row', { hasText: pattern('Show more ({0} left)') });
    await scrollTo(page, sidebar, more, 'the group\'s "Show more" row');
    // Open the last article of the page, as a user would, so the editor shows it beside the tree.
    const last = sidebar.locator('.monaco-list-row[aria-level="2"]').filter({ has: page.locator('.codicon, .file-icon, .monaco-icon-label') });
    const rows = await last.all();
    const moreBox = await more.boundingBox();
    const above = [];
    for (const r of rows) {
      const b = await r.boundingBox();
      if (b && b.y < moreBox.y && !(await r.textContent())?.match(pattern('Show more ({0} left)'))) above.push([b.y, r]);
    }
    above.sort((a, b) => a[0] - b[0]);
    if (above.length) {
      await above.at(-1)[1].click();
      await waitFor(page.locator('.monaco-editor .view-line', { hasText: 'title:' }), 'the article open in the editor');
    }
    await page.locator('.statusbar-item', { hasText: 'Activating Extensions' }).waitFor({ state: 'hidden', timeout: 30_000 }).catch(() => {});
    await page.mouse.move(900, 700); // no tooltip over the shot
  } },
};

/** Quantises a saved shot to 128 colours in place (a third of its size, no visible change), if pngquant is installed. */
function compress(file) {
  const r = spawnSync('pngquant', ['--force', '--speed', '1', '--strip', '--ext', '.png', '128', file], { encoding: 'utf8' });
  if (r.error || r.status !== 0) console.log(`  (${path.basename(file)} left uncompressed: ${r.error ? 'install pngquant' : r.stderr.trim()})`);
}

function cjkFontInstalled() {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

/** The archive a shot opens, in `scratch`: a copy of seeds/, and for 'large' the generated posts beside it. */
function makeWorkspace(kind, scratch) {
  const workspace = path.join(scratch, kind);
  fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  if (kind === 'large') {
    const r = spawnSync(process.execPath, [path.join(root, 'dist/bench/generateArchive.js'), path.join(workspace, 'posts'), String(LARGE_ARCHIVE_POSTS)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`generating the large archive failed: ${r.stderr || r.error?.message}`);
  }
  return workspace;
}

/** Takes `names` in one workbench on a workspace of `kind`; returns the names it skipped. */
async function takeShots(codeServerDir, browser, scratch, kind, names) {
  const workspace = makeWorkspace(kind, scratch);
  const settings = { 'editor.hover.above': false, ...(kind === 'large' ? { 'newsArchive.tree.groupBy': 'author' } : {}) };
  const server = await startServer({ codeServerDir, settings, ...(LOCALE === 'en' ? {} : { locale: LOCALE }) });
  const skipped = [];
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  try {
    await page.goto(workbenchUrl(server.port, { folder: workspace, extensionDevelopmentPath: root }));
    await waitFor(page.locator('.monaco-workbench'), 'the workbench', 60_000);
    await waitFor(page.getByRole('treeitem', { name: SEED }), 'the Explorer listing the archive', 60_000);
    // The seed activates the extension (no .newsarchive.json here); its "Indexing" notification
    // then comes and goes before the first shot.
    await openSeed(page).catch((e) => console.log(`  (${e.message}; the shots open it or the view themselves)`));
    await indexSettled(page).catch((e) => console.log(`  (${e.message}; taking the shots anyway)`));
    for (const name of names) {
      try {
        await resetWorkbench(page);
        await shots[name].take(page);
        await page.screenshot({ path: path.join(outDir, name), animations: 'disabled' }); // hovers fade in
        compress(path.join(outDir, name));
        console.log(`saved ${path.relative(root, path.join(outDir, name))}`);
      } catch (e) {
        skipped.push(name);
        const debug = path.join(os.tmpdir(), `skipped-${LOCALE}-${name}`);
        await page.screenshot({ path: debug }).catch(() => {});
        console.log(`skipped ${name}: ${e instanceof Error ? e.message.split('\n')[0] : e} (the workbench then: ${debug})`);
      }
    }
  } finally {
    await page.close().catch(() => {});
    server.stop();
  }
  return skipped;
}

async function main() {
  const codeServerDir = ensureHost(root);
  if (!cjkFontInstalled()) {
    throw new HostUnavailableError('The articles are Chinese and no Chinese font is installed, so the shots would show boxes. Install one with:\n  apt-get install -y --no-install-recommends fonts-wqy-microhei');
  }
  const unknown = (ONLY ?? []).filter((n) => !(n in shots));
  if (unknown.length) throw new HostUnavailableError(`no shot named ${unknown.join(', ')}; the shots: ${Object.keys(shots).join(', ')}`);
  const names = Object.keys(shots).filter((n) => !ONLY || ONLY.includes(n));
  fs.mkdirSync(outDir, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-shots-'));
  const browser = await launchBrowser();
  const skipped = [];
  try {
    for (const kind of ['seeds', 'large']) {
      const these = names.filter((n) => shots[n].workspace === kind);
      if (these.length) skipped.push(...await takeShots(codeServerDir, browser, scratch, kind, these));
    }
  } finally {
    await browser.close().catch(() => {});
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
