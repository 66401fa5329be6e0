/**
 * Issue 17's figures: the web bundle's size, and the time to index the seeds and a 5,000-post
 * generated archive in the real workbench (the VS Code server of the host tests, headless
 * Chromium), three ways over the same files:
 *
 *   node         the Node build on the local folder: worker threads reading with `fs`
 *   node + FSP   the Node build on the folder served by the test FileSystemProvider
 *                (test/web/provider/, in the Node extension host): `workspace.fs` on its thread
 *   web + FSP    the web build in the web worker extension host on that provider folder: what
 *                github.dev and vscode.dev run, every read a message to the provider
 *
 * Each run starts from a fresh user-data folder: "cold" reads every file, "warm" (a rescan after
 * the persistent index was saved) checks every stamp against it. Ratios are to the Node build's
 * cold scan of the same archive, measured in the same run. No figure is asserted.
 *
 *   npm run bench -- webIndex        (or: node dist/bench/webIndex.bench.js [count])
 */
import type * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { benchArchive } from './generateArchive';

const ROOT = path.resolve(__dirname, '../..');
const count = Number(process.argv[2] ?? 5000);
const SCHEME = 'news-archive-test';

interface Scan {
  ms: number;
  state: string;
  fromCache: number;
  articles: number;
}
interface Figures {
  platform: string;
  folder: string;
  cold: Scan;
  warm: Scan;
}
type RunExtensionTests = (options: {
  folder: string; folderUri?: string; extensionDevelopmentPath: string; extensionTestsPath: string;
  extensionDevelopmentKind?: string; extensionsDir: string; userDataDir: string;
}) => Promise<{ exitCode: number }>;

async function load<T>(file: string): Promise<T> {
  // A path in a variable: the harness is loaded as it is at run time, not bundled.
  return (await import(pathToFileURL(path.join(ROOT, file)).href)) as T;
}

/** The release build of dist/web/extension.js (minified, as the .vsix ships it), in memory. */
async function webBundleSize(): Promise<{ bytes: number; gzip: number }> {
  const { webBuild } = await load<{ webBuild: (o: { release: boolean }) => esbuild.BuildOptions }>('scripts/bundles.mjs');
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    // esbuild runs its binary from its own package folder: required at run time, not bundled.
    const { build } = createRequire(__filename)('esbuild') as typeof esbuild;
    const r = await build({ ...webBuild({ release: true }), write: false, logLevel: 'silent' });
    const js = r.outputFiles?.find((f) => f.path.endsWith('.js'));
    if (!js) throw new Error('the web build wrote no script');
    return { bytes: js.contents.length, gzip: gzipSync(js.contents).length };
  } finally {
    process.chdir(cwd);
  }
}

type Way = 'node' | 'node + FSP' | 'web + FSP';

async function main(): Promise<void> {
  const { runExtensionTests } = await load<{ runExtensionTests: RunExtensionTests }>('scripts/host/runExtensionTests.mjs');
  const { installProvider } = await load<{ installProvider: (root: string, extensionsDir: string) => void }>('scripts/host/runWebTests.mjs');
  const size = await webBundleSize();
  console.log(`web bundle (dist/web/extension.js, release build): ${(size.bytes / 1024).toFixed(0)} KB, ${(size.gzip / 1024).toFixed(0)} KB gzipped`);

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-webindex-'));
  const seeds = path.join(scratch, 'seeds');
  fs.cpSync(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  const archives = [{ name: 'seeds/', dir: seeds }, { name: `${count.toLocaleString('en-US')} posts`, dir: benchArchive(count).dir }];

  const runOnce = async (dir: string, way: Way, n: number): Promise<Figures | undefined> => {
    const run = path.join(scratch, `run-${n}`);
    const extensionsDir = path.join(run, 'extensions');
    installProvider(ROOT, extensionsDir);
    const result = path.join(run, 'result.json');
    process.env.NEWS_ARCHIVE_BENCH_RESULT = result;
    const fsp = way !== 'node';
    if (fsp) {
      process.env.NEWS_ARCHIVE_WEB_ROOT = path.dirname(dir);
      process.env.NEWS_ARCHIVE_WEB_SCHEME = SCHEME;
    } else {
      delete process.env.NEWS_ARCHIVE_WEB_ROOT;
      delete process.env.NEWS_ARCHIVE_WEB_SCHEME;
    }
    const host = await runExtensionTests({
      folder: dir,
      folderUri: fsp ? `${SCHEME}:/${path.basename(dir)}` : undefined,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, way === 'web + FSP' ? 'dist/bench/web/indexRun.js' : 'dist/bench/host/indexRun.js'),
      extensionDevelopmentKind: way === 'web + FSP' ? 'web' : undefined,
      extensionsDir,
      userDataDir: path.join(run, 'user-data'),
    });
    if (host.exitCode !== 0 || !fs.existsSync(result)) {
      console.log(`  ${way}: no figures (the host exited with ${host.exitCode})`);
      return undefined;
    }
    return JSON.parse(fs.readFileSync(result, 'utf8')) as Figures;
  };

  try {
    let n = 0;
    for (const archive of archives) {
      console.log(`\nindexing ${archive.name} (${archive.dir})`);
      const rows: [Way, Figures | undefined][] = [];
      for (const way of ['node', 'node + FSP', 'web + FSP'] as const) rows.push([way, await runOnce(archive.dir, way, n++)]);
      const base = rows[0][1]?.cold.ms;
      for (const [way, f] of rows) {
        if (!f) continue;
        const ratio = base ? ` (${(f.cold.ms / base).toFixed(2)}× node cold)` : '';
        console.log(`  ${way.padEnd(11)} [${f.platform} build, ${f.folder}] cold ${f.cold.ms.toFixed(0)} ms${ratio}, ${f.cold.articles} articles (${f.cold.state}); ` +
          `warm ${f.warm.ms.toFixed(0)} ms, ${f.warm.fromCache} files from the cache`);
      }
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
