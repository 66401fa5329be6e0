/**
 * The web index benchmark's side inside the extension host (bench/webIndex.bench.ts starts the
 * workbench with this as its "tests"), built twice: for the Node extension host
 * (dist/bench/host/indexRun.js) and for the web worker one (dist/bench/web/indexRun.js), so that
 * both builds are timed by the same code. Times a cold scan (a fresh user-data folder: no
 * persistent index) and a warm one (every stamp checked against the cache the cold one saved),
 * and hands its figures to the provider extension (test/web/provider/), which writes them to
 * NEWS_ARCHIVE_BENCH_RESULT: a web worker can write no file.
 */
import * as vscode from 'vscode';
import type { FeaturesApi } from '../../src/features';

const EXTENSION_ID = 'news-archive-tools.news-archive-editor';
/** The index saves its cache 5 s after a scan (SAVE_DELAY_MS); wait a little longer. */
const CACHE_SAVED_MS = 6500;

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<FeaturesApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  const api = await ext.activate();
  const { service } = api.archiveTree;
  // Until the index is ready: a rescan that another one replaced (the workspace's folders or
  // configuration arriving late, as over a FileSystemProvider) returns before the index is.
  const ready = () => new Promise<void>((resolve) => {
    if (service.state.kind === 'ready') return resolve();
    const listener = service.onDidChangeState((s) => {
      if (s.kind !== 'ready') return;
      listener.dispose();
      resolve();
    });
  });
  const scan = async () => {
    const t0 = performance.now();
    await service.rescan();
    await ready();
    const ms = performance.now() - t0;
    const s = service.state;
    return { ms, state: s.kind, fromCache: s.kind === 'ready' ? s.fromCache : 0, articles: service.index.size };
  };
  // A scan started at activation is cancelled by the rescan: the cold one reads every file.
  const cold = await scan();
  await new Promise((resolve) => setTimeout(resolve, CACHE_SAVED_MS));
  const warm = await scan();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.toString();
  await vscode.commands.executeCommand('newsArchiveTest.writeResult', { platform: api.platform, folder, cold, warm });
}
