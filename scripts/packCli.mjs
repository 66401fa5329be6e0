#!/usr/bin/env node
// Makes the installable command line: `node scripts/packCli.mjs [--out DIR]` bundles src/cli.ts
// (minified, every dependency inside, no source map) with packages/cli/package.json (its
// version set to the extension's) and README.md into a staging folder, then runs `npm pack`
// there. The tarball (news-archive-VERSION.tgz, in DIR, default dist/) holds cli.js (with cliMain.js, which it loads), package.json,
// README.md and LICENSE only; `npm install -g ./news-archive-VERSION.tgz` needs no network.
// Prints the tarball's path on stdout. The root package.json stays the VS Code manifest.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { cliBuilds, common } from './bundles.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Builds and packs; returns the tarball's absolute path. */
export async function packCli(outDir = path.join(root, 'dist')) {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-pack-'));
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8'));
    manifest.version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    fs.copyFileSync(path.join(root, 'packages/cli/README.md'), path.join(stage, 'README.md'));
    fs.copyFileSync(path.join(root, 'LICENSE'), path.join(stage, 'LICENSE'));
    for (const build of cliBuilds(common({ release: true }), stage)) await esbuild.build({ ...build, absWorkingDir: root });
    fs.chmodSync(path.join(stage, 'cli.js'), 0o755);
    fs.mkdirSync(outDir, { recursive: true });
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', path.resolve(outDir)], {
      cwd: stage,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
    });
    const [{ filename }] = JSON.parse(out);
    return path.join(path.resolve(outDir), filename);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const tarball = await packCli(at > 0 ? process.argv[at + 1] : undefined);
  console.log(tarball);
}
