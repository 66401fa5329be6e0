// Starts the VS Code server of code-server (a real workbench and a real Node extension host)
// and builds the URL that opens a folder with an extension in development (and test) mode.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
};

const running = new Set();
// The server runs in its own process group (so that one kill ends it and every extension host
// it forked); make sure no group outlives this process, however it ends.
process.on('exit', () => {
  for (const server of running) server.stop();
});

/**
 * Workspace trust on, with no folder trusted yet and no prompt asking: the workspace opens in
 * Restricted Mode, as a folder or repository nobody has trusted does.
 */
const RESTRICTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
};

/**
 * Starts the server on a loopback port (0: a free one) and resolves once it listens.
 * `userDataDir`/`extensionsDir` default to fresh temporary folders, removed by `stop()`; `settings`
 * are added to a new user-data folder's settings.json; `locale` sets the display language.
 * `restricted` turns workspace trust on, so that the folder opens in Restricted Mode.
 * `onOutput` receives the server's own log lines (not the extension host's: see hostOutput.mjs).
 */
export async function startServer({ codeServerDir, userDataDir, extensionsDir, port = 0, settings = {}, env = {}, locale, restricted = false, onOutput }) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-host-'));
  userDataDir = path.resolve(userDataDir ?? path.join(scratch, 'user-data'));
  // Without an existing extensions folder the server scans nothing and silently loads no
  // extension, not even the one under development.
  extensionsDir = path.resolve(extensionsDir ?? path.join(scratch, 'extensions'));
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  if (locale) writeEmptyLanguagePack(userDataDir, locale);
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify({ ...USER_SETTINGS, ...(restricted ? RESTRICTED_SETTINGS : {}), ...settings }, null, 2));

  const args = [
    path.join(codeServerDir, 'lib/vscode/out/server-main.js'),
    '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', // newer VS Code ignores the URL's dev/test payload without it
    ...(restricted ? [] : ['--disable-workspace-trust']), '--disable-telemetry',
    '--user-data-dir', userDataDir,
    '--server-data-dir', path.join(scratch, 'server-data'),
    '--extensions-dir', extensionsDir,
    ...(locale ? ['--locale', locale] : []),
  ];
  // EXTENSIONS_GALLERY={} stops lookups of a marketplace that cannot be reached.
  const proc = spawn(process.execPath, args, {
    detached: true,
    env: { EXTENSIONS_GALLERY: '{}', ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stopped = false;
  const server = {
    proc,
    port: 0,
    stop() {
      if (stopped) return;
      stopped = true;
      running.delete(server);
      try {
        process.kill(-proc.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
  running.add(server);
  server.port = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`The VS Code server did not start within 60 s:\n${out}`)), 60_000);
    const onData = (chunk) => {
      out += chunk;
      onOutput?.(String(chunk));
      const m = /Extension host agent listening on (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The VS Code server exited with ${code} before listening:\n${out}`));
    });
  }).catch((e) => {
    server.stop();
    throw e;
  });
  return server;
}

/**
 * The server serves a display language only when a language pack for it is installed, and none
 * can be downloaded here. A pack with no translations makes `locale` the workbench's language
 * (`vscode.env.language`, which extensions use for their package.nls.<locale>.json and l10n
 * bundles) while VS Code's own texts stay English.
 */
function writeEmptyLanguagePack(userDataDir, locale) {
  const translations = path.join(userDataDir, 'empty-language-pack', `${locale}.i18n.json`);
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  const packs = {
    [locale]: {
      hash: `empty-${locale}`,
      label: locale,
      extensions: [{ extensionIdentifier: { id: `news-archive-tools.empty-language-pack-${locale}` }, version: '0.0.0' }],
      translations: { vscode: translations },
    },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

/**
 * The workbench URL: the folder to open (a path on the server, or `folderUri`, a URI of any
 * scheme) plus the "payload" that the desktop CLI's --extensionDevelopmentPath /
 * --extensionTestsPath / --extensionDevelopmentKind flags would give. `extensionDevelopmentKind`
 * 'web' runs the extension under development in the web worker extension host (its `browser`
 * entry), as the workbench's ExtensionRunningLocationTracker reads that payload entry before
 * the manifest's `extensionKind`.
 */
export function workbenchUrl(port, { folder, folderUri, extensionDevelopmentPath, extensionTestsPath, extensionDevelopmentKind }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', extensionDevelopmentKind]);
  const query = new URLSearchParams({ folder: folderUri ?? path.resolve(folder), payload: JSON.stringify(payload) });
  return `http://127.0.0.1:${port}/?${query}`;
}

/**
 * Installs a .vsix into `extensionsDir` as a user's `code --install-extension` does, with the
 * server's own command line (which installs, prints a line and exits). Start the server on the
 * same extensions folder afterwards.
 */
export function installExtension({ codeServerDir, extensionsDir, vsix }) {
  fs.mkdirSync(extensionsDir, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-install-'));
  try {
    const r = spawnSync(process.execPath, [
      path.join(codeServerDir, 'lib/vscode/out/server-main.js'),
      '--accept-server-license-terms',
      '--user-data-dir', path.join(scratch, 'user-data'),
      '--server-data-dir', path.join(scratch, 'server-data'),
      '--extensions-dir', path.resolve(extensionsDir),
      '--install-extension', path.resolve(vsix),
    ], { encoding: 'utf8', env: { EXTENSIONS_GALLERY: '{}', ...process.env } });
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
    if (r.status !== 0 || !/successfully installed/.test(out)) {
      throw new Error(`Installing ${vsix} failed (${r.error?.message ?? `exit ${r.status}`}):\n${out}`);
    }
    return out;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
