#!/usr/bin/env node
// What ships, audited: lists the npm packages inside the bundles the .vsix carries (from
// esbuild's metafile of the builds in ./bundles.mjs: every input file under node_modules/ names
// its package and where it is installed), then audits exactly those, at exactly those versions
// and install paths, with `npm audit` over a lockfile that lists them and nothing else. Every
// dependency is a devDependency and bundled, so `npm audit --omit=dev` on the project sees
// nothing: this is the audit that counts. `.ci/run` runs it.
//
//   node scripts/auditBundle.mjs [--registry URL] [--json]
//
// Exit 0: no known advisory affects a bundled package. 1: one does (each is listed). 2: the
// audit could not be made (the registry refused or could not be reached); the packages are
// still listed, and the message says why.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { shipped } from './bundles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `node_modules/a/node_modules/@s/b/lib/x.js` → `node_modules/a/node_modules/@s/b`. */
export function packagePath(input) {
  const parts = input.split('/');
  const last = parts.lastIndexOf('node_modules');
  if (last < 0 || last + 1 >= parts.length) return undefined;
  const length = parts[last + 1].startsWith('@') ? 3 : 2;
  return parts.slice(0, last + length).join('/');
}

/**
 * The packages the shipped bundles contain: `{ path, name, version, bundles }`, sorted by path.
 * Builds in memory (nothing is written).
 */
export async function bundledPackages(cwd = root) {
  const found = new Map();
  const builds = shipped();
  // The inputs are those of the release build; minifying and source maps only cost time here.
  const results = await Promise.all(builds.map((build) => esbuild.build({ ...build, absWorkingDir: cwd, metafile: true, write: false, minify: false, sourcemap: false, logLevel: 'silent' })));
  for (const [i, result] of results.entries()) {
    const bundle = builds[i].outfile;
    for (const input of Object.keys(result.metafile.inputs)) {
      const at = packagePath(input);
      if (!at) continue;
      let entry = found.get(at);
      if (!entry) {
        const manifest = JSON.parse(fs.readFileSync(path.join(cwd, at, 'package.json'), 'utf8'));
        entry = { path: at, name: manifest.name, version: manifest.version, bundles: [] };
        found.set(at, entry);
      }
      if (!entry.bundles.includes(bundle)) entry.bundles.push(bundle);
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A lockfile (v3) holding these packages at their install paths, and nothing else. */
export function lockfileOf(packages) {
  const top = packages.filter((p) => p.path.split('/node_modules/').length === 1);
  const dependencies = Object.fromEntries(top.map((p) => [p.name, p.version]));
  const name = 'news-archive-editor-bundle';
  return {
    manifest: { name, version: '0.0.0', private: true, dependencies },
    lock: {
      name,
      version: '0.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name, version: '0.0.0', dependencies },
        ...Object.fromEntries(packages.map((p) => [p.path, { name: p.name, version: p.version }])),
      },
    },
  };
}

/** Runs npm, resolving to its exit status and output (a registry in this process can answer it). */
function npm(args, cwd) {
  return new Promise((resolve) => {
    const child = spawn('npm', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill(), 120_000);
    child.on('error', (error) => resolve({ status: null, stdout, stderr, error }));
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/**
 * Runs `npm audit --json` over exactly `packages`. Resolves to `{ status: 'clean' | 'advisories' |
 * 'unaudited', advisories: [{ name, version, path, title, url, severity, range }], reason? }`.
 */
export async function auditPackages(packages, { registry } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-audit-'));
  try {
    const { manifest, lock } = lockfileOf(packages);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    fs.writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2));
    const args = ['audit', '--json', '--no-fund', '--no-update-notifier', ...(registry ? ['--registry', registry] : [])];
    const r = await npm(args, dir);
    let report;
    try {
      report = JSON.parse(r.stdout);
    } catch {
      return { status: 'unaudited', advisories: [], reason: (r.error?.message ?? r.stderr.trim().split('\n').pop()) || `npm audit exited ${r.status}` };
    }
    if (!report.vulnerabilities) {
      return { status: 'unaudited', advisories: [], reason: report.message ?? report.error?.summary ?? JSON.stringify(report).slice(0, 300) };
    }
    const byPath = new Map(packages.map((p) => [p.path, p]));
    const advisories = [];
    for (const vuln of Object.values(report.vulnerabilities)) {
      for (const via of vuln.via) {
        if (typeof via !== 'object') continue;
        for (const node of vuln.nodes) {
          advisories.push({ name: via.name, version: byPath.get(node)?.version, path: node, title: via.title, url: via.url, severity: via.severity, range: via.range });
        }
      }
    }
    return { status: advisories.length ? 'advisories' : 'clean', advisories };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--registry');
  const registry = at >= 0 ? argv[at + 1] : undefined;
  const json = argv.includes('--json');
  const packages = await bundledPackages();
  const result = await auditPackages(packages, { registry });
  if (json) {
    console.log(JSON.stringify({ packages, ...result }, null, 2));
  } else {
    console.log(`${packages.length} packages inside the shipped bundles:`);
    for (const p of packages) console.log(`  ${p.name}@${p.version}  ${p.path}  (${p.bundles.join(', ')})`);
    if (result.status === 'clean') console.log(`audit: no known advisory affects them (npm audit${registry ? ` against ${registry}` : ''})`);
    for (const a of result.advisories) console.log(`ADVISORY ${a.severity}: ${a.name}@${a.version} (${a.path}): ${a.title} ${a.url} (affected: ${a.range})`);
    if (result.status === 'unaudited') console.log(`NOT AUDITED: npm audit could not get the advisories: ${result.reason}`);
  }
  return result.status === 'clean' ? 0 : result.status === 'advisories' ? 1 : 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => process.exit(code), (e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(2);
  });
}
