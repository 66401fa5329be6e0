// The integration suite of `npm test`: @vscode/test-electron's ordinary runTests(), whose
// "VS Code executable" is code-shim (the VS Code server in headless Chromium), on a fresh
// temporary copy of seeds/ that the tests may change freely.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { checkDebianPackages, ensureHost } from './installHost.mjs';
import { installExtension } from './vscodeServer.mjs';

/**
 * By default the extension under test is the repository in development mode. With `vsix`, that
 * file is installed into the run's clean extensions folder first, and `extensionDevelopmentPath`
 * is a stand-in (VS Code runs tests only beside an extension in development), so the extension
 * comes from the .vsix alone (scripts/testInstalled.mjs). `locale` (zh-cn) is VS Code's display
 * language for the run. `prepare(scratch, extensionsDir)` returns what the run adds: VS Code flags
 * (`launchArgs`) and environment (`env`) (scripts/host/runWebTests.mjs installs its provider
 * extension and opens the folder it serves).
 * @returns {Promise<{passed: number, failed: number, error?: string}>}
 */
export async function runIntegrationTests(root, {
  extensionDevelopmentPath = root,
  extensionTestsPath = path.join(root, 'dist/test/host/index.js'),
  vsix,
  locale,
  prepare,
} = {}) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-it-'));
  const workspace = path.join(scratch, 'archive');
  const resultFile = path.join(scratch, 'result.json');
  const removeScratch = () => fs.rmSync(scratch, { recursive: true, force: true });
  // runTests() ends the process itself after a Ctrl-C, skipping `finally`.
  process.once('exit', removeScratch);
  fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  const extensionsDir = path.join(scratch, 'extensions');
  try {
    checkDebianPackages(root);
    if (vsix) console.log(installExtension({ codeServerDir: ensureHost(root), extensionsDir, vsix }));
    const added = prepare ? await prepare(scratch, extensionsDir) : { launchArgs: [], env: {} };
    let error;
    try {
      await runTests({
        vscodeExecutablePath: path.join(root, 'scripts/host/code-shim'),
        extensionDevelopmentPath,
        extensionTestsPath,
        launchArgs: [workspace, `--extensions-dir=${extensionsDir}`, `--user-data-dir=${path.join(scratch, 'user-data')}`, ...added.launchArgs],
        extensionTestsEnv: { NEWS_ARCHIVE_HOST_RESULT: resultFile, NEWS_ARCHIVE_EXTENSIONS_DIR: extensionsDir, VSCODE_HOST_LOCALE: locale ?? '', ...added.env },
      });
    } catch (e) {
      // A failing test rejects with TestRunFailedError (exit 1); the counts still tell.
      error = e instanceof Error ? e.message : String(e);
    }
    const result = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : undefined;
    if (!result || result.passing === undefined) {
      return { passed: 0, failed: 0, error: `no test results from the VS Code host (${error ?? 'no mocha summary'}); see its output above` };
    }
    if (result.exitCode !== 0 && result.failing === 0) {
      return { passed: result.passing, failed: 0, error: `the host exited with ${result.exitCode}` };
    }
    return { passed: result.passing, failed: result.failing };
  } catch (e) {
    return { passed: 0, failed: 0, error: e instanceof Error ? e.message : String(e) };
  } finally {
    process.off('exit', removeScratch);
    removeScratch();
  }
}
