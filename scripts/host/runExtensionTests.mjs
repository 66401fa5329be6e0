#!/usr/bin/env node
// Runs an extension's tests in a real VS Code workbench without a desktop VS Code: the VS Code
// server (installHost.mjs) hosts the extension host, headless Chromium is the window.
// Takes the arguments @vscode/test-electron gives the VS Code executable (see code-shim):
//
//   node scripts/host/runExtensionTests.mjs WORKSPACE --extensionDevelopmentPath=DIR \
//        --extensionTestsPath=FILE [--extensions-dir=DIR] [--user-data-dir=DIR]
//        [--folder-uri=URI] [--extensionDevelopmentKind=web]
//
// --folder-uri opens a folder of any scheme (served by an installed extension's
// FileSystemProvider) instead of WORKSPACE; --extensionDevelopmentKind=web runs the extension
// under development, and its tests, in the web worker extension host (scripts/host/runWebTests.mjs).
// runTests() always passes --disable-workspace-trust; VSCODE_HOST_WORKSPACE_TRUST=restricted
// turns trust on instead, so that the folder opens in Restricted Mode.
//
// Exits with the tests' exit code (0 = all passed, 1 = a test failed); 2 when no result came
// (a prerequisite missing, timeout, crash). Environment variables reach the extension host.
// NEWS_ARCHIVE_HOST_RESULT=FILE also writes mocha's counts there as JSON. VSCODE_HOST_LOCALE=zh-cn
// sets VS Code's display language.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHost, HostUnavailableError } from './installHost.mjs';
import { startServer, workbenchUrl } from './vscodeServer.mjs';
import { launchBrowser } from './browser.mjs';
import { hostOutputPrinter } from './hostOutput.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = (message) => console.log(`[host] ${message}`);

/** VS Code's `--name=value` / `--name value` flags; the positional argument is the folder. */
function parseCodeArgs(argv) {
  const flags = new Map();
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) positional.push(argv[i]);
    else if (m[2] !== undefined) flags.set(m[1], m[2]);
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') && m[1].endsWith('Path')) flags.set(m[1], argv[++i]);
    else flags.set(m[1], true);
  }
  return { flags, positional };
}

/**
 * Where the extension under development runs. The workbench URL's payload says it as the
 * desktop's --extensionDevelopmentKind does, but VS Code 1.100's web workbench never reads it
 * there (its environment service names the getter `extensionDevelopmentLocationKind`, while
 * ExtensionRunningLocationTracker asks for `extensionDevelopmentKind`); the user setting
 * `remote.extensionKind`, which the tracker reads next (ExtensionManifestPropertiesService),
 * puts the extension there.
 */
function extensionKindSettings(extensionDevelopmentPath, kind) {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDevelopmentPath, 'package.json'), 'utf8'));
  return { 'remote.extensionKind': { [`${manifest.publisher}.${manifest.name}`]: [kind] } };
}

export async function runExtensionTests({ folder, folderUri, extensionDevelopmentPath, extensionTestsPath, extensionDevelopmentKind, extensionsDir, userDataDir, restricted = false }) {
  const started = Date.now();
  const verbose = process.env.VSCODE_HOST_VERBOSE === '1';
  const codeServerDir = ensureHost(root, { log });
  const server = await startServer({
    codeServerDir,
    extensionsDir,
    userDataDir,
    settings: extensionDevelopmentKind ? extensionKindSettings(extensionDevelopmentPath, extensionDevelopmentKind) : {},
    locale: process.env.VSCODE_HOST_LOCALE || undefined, // the display language, e.g. zh-cn
    restricted,
    onOutput: verbose ? (s) => process.stdout.write(`[server] ${s}`) : undefined,
  });
  const browser = await launchBrowser();
  const stopAll = () => {
    server.stop();
    void browser.close().catch(() => {});
  };
  const onSignal = (signal) => {
    log(`${signal}: stopping the test host`);
    stopAll();
    process.exit(130);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let settle;
    const outcome = new Promise((resolve) => (settle = resolve));
    // The workbench calls window.codeAutomationExit(code) when the tests end; it must exist
    // before the workbench loads.
    await page.exposeFunction('codeAutomationExit', (code) => settle(code));
    const printer = hostOutputPrinter({ verbose });
    page.on('console', printer.onConsole);
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    page.on('crash', () => settle('the browser tab crashed'));
    server.proc.on('exit', (code) => settle(`the VS Code server exited (${code})`));
    const url = workbenchUrl(server.port, { folder, folderUri, extensionDevelopmentPath, extensionTestsPath, extensionDevelopmentKind });
    log(`VS Code server on port ${server.port}; opening ${folderUri ?? folder}${extensionDevelopmentKind ? ` (the extension in the ${extensionDevelopmentKind} extension host)` : ''}${restricted ? ' in Restricted Mode' : ''}`);
    await page.goto(url);
    const timeoutMs = Number(process.env.VSCODE_HOST_TIMEOUT_MS || 600_000);
    const timer = setTimeout(() => settle(`no result after ${timeoutMs / 1000} s (VSCODE_HOST_TIMEOUT_MS)`), timeoutMs);
    const code = await outcome;
    clearTimeout(timer);
    await printer.flush();
    if (typeof code !== 'number') {
      const shot = path.resolve('vscode-host-failure.png');
      await page.screenshot({ path: shot }).then(() => log(`the workbench at that moment: ${shot}`), () => {});
      log(`no test result: ${code}`);
      return { exitCode: 2, ...printer.summary };
    }
    log(`tests exited with code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { exitCode: code, ...printer.summary };
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    await browser.close().catch(() => {});
    server.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { flags, positional } = parseCodeArgs(process.argv.slice(2));
  const options = {
    folder: positional[0] ?? process.cwd(),
    extensionDevelopmentPath: flags.get('extensionDevelopmentPath') ?? root,
    extensionTestsPath: flags.get('extensionTestsPath'),
    folderUri: typeof flags.get('folder-uri') === 'string' ? flags.get('folder-uri') : undefined,
    extensionDevelopmentKind: typeof flags.get('extensionDevelopmentKind') === 'string' ? flags.get('extensionDevelopmentKind') : undefined,
    restricted: process.env.VSCODE_HOST_WORKSPACE_TRUST === 'restricted',
    extensionsDir: typeof flags.get('extensions-dir') === 'string' ? flags.get('extensions-dir') : undefined,
    userDataDir: typeof flags.get('user-data-dir') === 'string' ? flags.get('user-data-dir') : undefined,
  };
  if (!options.extensionTestsPath) {
    console.error('Give --extensionTestsPath=FILE (the module exporting run()); `npm start` opens the workbench without tests.');
    process.exit(2);
  }
  try {
    const result = await runExtensionTests(options);
    if (process.env.NEWS_ARCHIVE_HOST_RESULT) fs.writeFileSync(process.env.NEWS_ARCHIVE_HOST_RESULT, JSON.stringify(result));
    process.exit(result.exitCode);
  } catch (e) {
    console.error(e instanceof HostUnavailableError ? e.message : e);
    process.exit(2);
  }
}
