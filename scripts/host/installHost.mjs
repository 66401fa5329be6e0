// Installs the VS Code server (inside the npm package code-server) on first use into a
// gitignored cache folder, the way @vscode/test-electron downloads VS Code into .vscode-test/.
// It is not a devDependency: most `npm install`s never need it, and its install compiles
// native modules for over a minute. See ../shared/VSCODE-HOST.md for why each step is needed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3'; // = VS Code 1.100.3, the last code-server for Node 20
const RIPGREP_CACHE = `vscode-ripgrep-cache-1.15.11`; // @vscode/ripgrep's version in code-server 4.100.3
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

/** A prerequisite is missing; the message says what to run. Scripts exit with `exitCode`. */
export class HostUnavailableError extends Error {
  exitCode = 2;
}

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function cacheDir(root) {
  return path.join(root, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
}

/** The folder holding `lib/vscode/out/server-main.js`. */
export function codeServerDir(root) {
  return path.join(cacheDir(root), 'node_modules', 'code-server');
}

// Written last, so an interrupted install is redone instead of half-used.
const completeMarker = (root) => path.join(cacheDir(root), 'install-complete');

export function isHostInstalled(root) {
  return fs.existsSync(completeMarker(root));
}

function onPath(command) {
  return (process.env.PATH || '').split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, command)));
}

/**
 * Debian packages the host needs that this machine lacks: libkrb5-dev only to install it,
 * chromium only where this harness shows the workbench (not for `npm start`).
 */
export function missingDebianPackages(root, { browser = true } = {}) {
  const missing = [];
  if (browser && !fs.existsSync(chromiumPath())) missing.push('chromium');
  if (!isHostInstalled(root) && !fs.existsSync('/usr/include/krb5.h')) missing.push('libkrb5-dev');
  if (!onPath('rg')) missing.push('ripgrep');
  return missing;
}

function aptCommand(packages) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** Throws HostUnavailableError naming the apt-get command when a Debian package is missing. */
export function checkDebianPackages(root, options) {
  const missing = missingDebianPackages(root, options);
  if (missing.length > 0) {
    throw new HostUnavailableError(
      `The VS Code test host needs ${missing.join(', ')}. Install with:\n  ${aptCommand(missing)}`);
  }
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub (no network here) unless the archive is
 * already in its cache under the temp folder; seed that cache with Debian's rg.
 */
function seedRipgrepCache(env) {
  const dir = path.join(env.TMPDIR || os.tmpdir(), RIPGREP_CACHE);
  const archive = path.join(dir, RIPGREP_ARCHIVE);
  if (fs.existsSync(archive) && fs.statSync(archive).size > 0) return;
  fs.mkdirSync(dir, { recursive: true });
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  run('tar', ['czf', archive, '-C', path.dirname(rg), 'rg'], {});
}

function run(command, args, options) {
  const r = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed (${r.error?.message ?? `exit ${r.status}`}); see its output above.`);
  }
}

/** Holds a lock folder while `work` runs, so two test runs never install at the same time. */
function withLock(lock, work) {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      if (Date.now() > deadline) throw new Error(`${lock} is still held after 15 minutes: if no install is running, remove it.`);
      // Another process is installing; a synchronous wait is fine in a build script.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Makes sure the host is installed and returns the code-server folder. The first call installs
 * (about a minute and a half); later calls return at once.
 */
export function ensureHost(root, { log = console.log, browser = true } = {}) {
  checkDebianPackages(root, { browser });
  if (isHostInstalled(root)) return codeServerDir(root);
  const dir = cacheDir(root);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  withLock(`${dir}.lock`, () => {
    if (isHostInstalled(root)) return;
    log(`Installing the VS Code test host (code-server@${CODE_SERVER_VERSION}) into ${path.relative(root, dir)}; first run only…`);
    const started = Date.now();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const env = {
      ...process.env,
      npm_config_unsafe_perm: 'true', // code-server's postinstall exits 1 as root without it
      npm_config_nodedir: process.env.npm_config_nodedir || '/usr', // node-gyp: local headers, no download
      npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`, which needs no prompt
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    };
    seedRipgrepCache(env);
    run('npm', ['init', '-y'], { cwd: dir, env, stdio: 'ignore' });
    run('npm', ['install', '--save-exact', `code-server@${CODE_SERVER_VERSION}`], { cwd: dir, env });
    if (!fs.existsSync(path.join(codeServerDir(root), 'lib/vscode/out/server-main.js'))) {
      throw new Error(`code-server installed without lib/vscode/out/server-main.js; remove ${dir} and retry.`);
    }
    fs.writeFileSync(completeMarker(root), `${new Date().toISOString()}\n`);
    log(`VS Code test host installed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  });
  return codeServerDir(root);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  try {
    console.log(ensureHost(root));
  } catch (e) {
    console.error(e.message);
    process.exit(e instanceof HostUnavailableError ? 2 : 1);
  }
}
