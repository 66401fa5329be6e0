// The web build's integration suite: runIntegrationTests() with the extension under development
// in the web worker extension host of the same VS Code server (--extensionDevelopmentKind=web,
// its package.json `browser` entry, dist/web/extension.js) and its tests in the same worker
// (dist/test/web/index.js), over a workspace that no `file:` or `vscode-remote:` path reaches:
// the folder is `SCHEME:/archive`, served from the Node extension host by a small installed
// extension (test/web/provider/) registering a FileSystemProvider over the run's copy of seeds/.
//
// Modes: 'web' (scheme news-archive-test; a virtual workspace VS Code trusts) and 'restricted'
// (scheme vscode-vfs, as github.dev's; workspace trust on, so the folder opens untrusted, in
// Restricted Mode).
import fs from 'node:fs';
import path from 'node:path';
import { runIntegrationTests } from './runIntegrationTests.mjs';
import { writeUntrustedSettings } from './untrustedFolder.mjs';

const PROVIDER_ID = 'news-archive-tools.test-folder-provider';
const SCHEMES = { web: 'news-archive-test', restricted: 'vscode-vfs' };

/**
 * Installs the provider extension as the server's own installer leaves an extension: its folder
 * under the extensions folder, listed in extensions.json (which the server reads, not the
 * folder). Not under development, so it keeps its manifest's `extensionKind: workspace` and
 * runs in the Node extension host while the extension under test runs in the web worker.
 */
export function installProvider(root, extensionsDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'test/web/provider/package.json'), 'utf8'));
  const folderName = `${PROVIDER_ID}-${manifest.version}`;
  const folder = path.join(extensionsDir, folderName);
  fs.mkdirSync(folder, { recursive: true });
  fs.copyFileSync(path.join(root, 'test/web/provider/package.json'), path.join(folder, 'package.json'));
  fs.copyFileSync(path.join(root, 'dist/test/web/provider/extension.js'), path.join(folder, 'extension.js'));
  const listFile = path.join(extensionsDir, 'extensions.json');
  const listed = fs.existsSync(listFile) ? JSON.parse(fs.readFileSync(listFile, 'utf8')) : [];
  listed.push({
    identifier: { id: PROVIDER_ID },
    version: manifest.version,
    location: { $mid: 1, scheme: 'file', path: folder },
    relativeLocation: folderName,
  });
  fs.writeFileSync(listFile, JSON.stringify(listed));
}

/** @returns {Promise<{passed: number, failed: number, error?: string}>} */
export function runWebTests(root, { mode = 'web' } = {}) {
  const scheme = SCHEMES[mode];
  if (!scheme) throw new Error(`Unknown web test mode ${mode}: give ${Object.keys(SCHEMES).join(' or ')}.`);
  return runIntegrationTests(root, {
    extensionTestsPath: path.join(root, 'dist/test/web/index.js'),
    prepare(scratch, extensionsDir) {
      installProvider(root, extensionsDir);
      if (mode === 'restricted') writeUntrustedSettings(scratch);
      return {
        launchArgs: [`--folder-uri=${scheme}:/archive`, '--extensionDevelopmentKind=web'],
        env: {
          NEWS_ARCHIVE_WEB_ROOT: scratch,
          NEWS_ARCHIVE_WEB_SCHEME: scheme,
          NEWS_ARCHIVE_WEB_MODE: mode,
          VSCODE_HOST_WORKSPACE_TRUST: mode === 'restricted' ? 'restricted' : '',
        },
      };
    },
  });
}
