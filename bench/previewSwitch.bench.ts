/**
 * Following a switch to another article, in the real workbench (the test host: the VS Code
 * server in headless Chromium, driven by playwright-core as a user drives it): Quick Open a post,
 * press Enter, and time when the editor shows it (the baseline: the workbench's own switch, in
 * the same run) and when the preview beside it shows its title. First opens of posts VS Code has
 * not loaded yet, then switches back to open ones. Normal posts: generated, defect-free, 4–30 KB.
 *
 *   npm run bench -- previewSwitch        (node dist/bench/previewSwitch.bench.js [--extension DIR] [--posts N])
 *
 * `--extension DIR` measures another build of the extension (a checkout of main, built).
 * Skipped, not failed, where the test host cannot run (no Chromium).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatePosts } from './generateArchive';

interface Locator {
  first(): Locator;
  waitFor(options?: { timeout?: number }): Promise<void>;
  filter(options: { visible?: boolean }): Locator;
  locator(selector: string): Locator;
}
interface Frame {
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg: A, options?: { timeout?: number; polling?: 'raf' | number }): Promise<unknown>;
}
interface Page extends Frame {
  goto(url: string): Promise<unknown>;
  locator(selector: string, options?: { hasText?: string }): Locator;
  frameLocator(selector: string): Locator & { frameLocator(selector: string): Locator };
  frames(): Frame[];
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
}
interface HostModules {
  ensureHost(root: string): string;
  startServer(options: { codeServerDir: string }): Promise<{ port: number; stop(): void }>;
  workbenchUrl(port: number, options: { folder: string; extensionDevelopmentPath: string }): string;
  launchBrowser(): Promise<{ newPage(options: { viewport: { width: number; height: number } }): Promise<Page>; close(): Promise<void> }>;
}

const root = process.cwd();
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const extension = path.resolve(arg('--extension') ?? root);
const POSTS = Number(arg('--posts') ?? 12);
const SEED = '000_e84b391c27bbb68a.txt';

async function hostModules(): Promise<HostModules> {
  const load = async (file: string): Promise<Record<string, unknown>> => import(pathToFileURL(path.join(root, 'scripts/host', file)).href) as Promise<Record<string, unknown>>;
  return { ...(await load('installHost.mjs')), ...(await load('vscodeServer.mjs')), ...(await load('browser.mjs')) } as unknown as HostModules;
}

/** Normal posts: no defect (the title reads as written), a body of 4–30 KB. */
function normalPosts(count: number): { name: string; title: string; text: string }[] {
  const posts: { name: string; title: string; text: string }[] = [];
  for (const post of generatePosts(5000)) {
    if (post.defects.length || post.text.length < 4_000 || post.text.length > 30_000 || /['"\n]/.test(post.title)) continue;
    posts.push({ name: `switch-${String(posts.length + 1).padStart(2, '0')}.md`, title: post.title.trim(), text: post.text });
    if (posts.length === count) break;
  }
  return posts;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];

async function main(): Promise<number> {
  const host = await hostModules();
  let codeServerDir: string;
  try {
    codeServerDir = host.ensureHost(root);
  } catch (e) {
    console.log(`skipped: the test host cannot run here (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    return 0;
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-switch-'));
  const workspace = path.join(scratch, 'archive');
  fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  const posts = normalPosts(POSTS);
  for (const p of posts) fs.writeFileSync(path.join(workspace, p.name), p.text);
  const server = await host.startServer({ codeServerDir });
  const browser = await host.launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(host.workbenchUrl(server.port, { folder: workspace, extensionDevelopmentPath: extension }));
    await page.locator('.monaco-workbench').first().waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEED }).first().waitFor({ timeout: 60_000 });
    const quickOpen = async (opener: string, text: string) => {
      await page.keyboard.press(opener);
      await page.locator('.quick-input-widget .quick-input-box input').first().waitFor();
      await page.keyboard.type(text);
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: text }).first().waitFor({ timeout: 20_000 });
    };
    await quickOpen('Control+P', SEED);
    await page.keyboard.press('Enter');
    // Activated and validating: the seed's squiggles.
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').first().waitFor({ timeout: 60_000 });
    await quickOpen('F1', 'News Archive: Open Preview to the Side');
    await page.keyboard.press('Enter');
    await page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('h1.na-title').filter({ visible: true }).first().waitFor({ timeout: 30_000 });
    // The time of Enter, as the workbench sees the key.
    await page.evaluate(() => window.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') (window as unknown as { naEnter: number }).naEnter = Date.now();
    }, true), undefined);

    const run = async (post: { name: string; title: string }) => {
      const preview = page.frames().find((f) => f.url().includes('fake.html'));
      if (!preview) throw new Error('the preview\'s frame is not there');
      // Recorded in the page when the new title is in the DOM, at the next frame (painted).
      await preview.evaluate((title) => {
        const w = window as unknown as { naShown?: number };
        w.naShown = undefined;
        const h1 = document.querySelector('h1.na-title');
        const seen = () => {
          if (h1?.textContent !== title) return false;
          requestAnimationFrame(() => (w.naShown = Date.now()));
          return true;
        };
        const observer = new MutationObserver(() => seen() && observer.disconnect());
        if (!seen()) observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }, post.title);
      await quickOpen('Control+P', post.name);
      await page.keyboard.press('Enter');
      await page.waitForFunction((name) => {
        const active = document.querySelector('.editor-group-container.active .tab.active .label-name');
        return active?.textContent === name && document.querySelector('.editor-group-container.active .monaco-editor .view-lines .view-line') !== null;
      }, post.name, { polling: 'raf', timeout: 30_000 });
      const editorAt = await page.evaluate(() => Date.now(), undefined);
      await preview.waitForFunction(() => (window as unknown as { naShown?: number }).naShown !== undefined, undefined, { timeout: 30_000 });
      const shownAt = await preview.evaluate(() => (window as unknown as { naShown: number }).naShown, undefined);
      const enter = await page.evaluate(() => (window as unknown as { naEnter: number }).naEnter, undefined);
      return { editor: editorAt - enter, preview: shownAt - enter };
    };

    const report = (what: string, times: { editor: number; preview: number }[]) => {
      const editor = times.map((t) => t.editor);
      const preview = times.map((t) => t.preview);
      const lag = times.map((t) => t.preview - t.editor);
      console.log(`${what.padEnd(34)} editor shown ${String(median(editor)).padStart(5)} ms (p90 ${p90(editor)})  preview shown ${String(median(preview)).padStart(5)} ms (p90 ${p90(preview)})  ${(median(preview) / median(editor)).toFixed(2)}× the editor  preview after editor ${median(lag)} ms (p90 ${p90(lag)})`);
    };
    const first: { editor: number; preview: number }[] = [];
    for (const post of posts) first.push(await run(post));
    const again: { editor: number; preview: number }[] = [];
    for (const post of [...posts].reverse()) again.push(await run(post));
    console.log(`extension ${path.relative(root, extension) || '.'}, ${posts.length} posts of ${Math.round(Math.min(...posts.map((p) => p.text.length)) / 1000)}–${Math.round(Math.max(...posts.map((p) => p.text.length)) / 1000)} K characters, medians from Enter in Quick Open`);
    report('first open (file not loaded yet)', first);
    report('back to an open file', again);
    return 0;
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
