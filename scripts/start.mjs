#!/usr/bin/env node
// `npm start`: VS Code with the extension in development mode on the demo archive seeds/.
// With a desktop `code` on PATH, that is `code --extensionDevelopmentPath=. seeds`. Otherwise the
// VS Code server from the test host's cache (installed on first use) serves the workbench on
// 127.0.0.1 and this prints the URL to open; Ctrl-C stops it, with every process it started.
//
//   npm start [-- --port=N] [-- --verbose]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHost, HostUnavailableError } from './host/installHost.mjs';
import { startServer, workbenchUrl } from './host/vscodeServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = path.join(root, 'seeds');
const args = process.argv.slice(2);
const port = Number(/^--port=(\d+)$/.exec(args.find((a) => a.startsWith('--port=')) ?? '')?.[1] ?? 0);
const verbose = args.includes('--verbose');

function desktopCode() {
  return (process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, 'code')).find((f) => {
    try {
      fs.accessSync(f, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const code = desktopCode();
if (code) {
  console.log(`Opening seeds/ in ${code} with the extension in development mode.`);
  const child = spawn(code, [`--extensionDevelopmentPath=${root}`, seeds], { stdio: 'inherit' });
  child.on('exit', (status) => process.exit(status ?? 1));
} else {
  let codeServerDir;
  try {
    codeServerDir = ensureHost(root, { browser: false });
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(e instanceof HostUnavailableError ? 2 : 1);
  }
  // Kept between runs (gitignored), so the layout and open editors survive a restart.
  const server = await startServer({
    codeServerDir,
    port,
    userDataDir: path.join(root, '.vscode-test', 'start-user-data'),
    extensionsDir: path.join(root, '.vscode-test', 'start-extensions'),
    onOutput: verbose ? (s) => process.stdout.write(s) : undefined,
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.log('\nStopping the VS Code server.');
      server.stop();
      process.exit(0);
    });
  }
  server.proc.on('exit', (status) => {
    console.error(`The VS Code server stopped (exit ${status}); run with --verbose to see its log.`);
    process.exit(1);
  });
  const url = workbenchUrl(server.port, { folder: seeds, extensionDevelopmentPath: root });
  console.log([
    'VS Code (browser) with the extension in development mode on seeds/. Open:',
    '',
    `  ${url}`,
    '',
    'After a change: `npm run build` (or keep `npm run watch` running), then "Developer: Reload Window".',
    'Ctrl-C stops the server.',
  ].join('\n'));
}
