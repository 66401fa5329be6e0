// The esbuild builds of this project, shared by scripts/build.mjs (which runs them) and
// scripts/auditBundle.mjs (which lists the packages inside what ships). `shipped` are the
// bundles the .vsix carries; the rest are the tests and benchmarks, built from the same code.
import fs from 'node:fs';
import path from 'node:path';

export function common({ release = false } = {}) {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: !release,
    minify: release,
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  };
}

/** Every `*.test.ts` under a folder, as esbuild entry points. */
function testEntries(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

/** What the .vsix ships: the extension, the command line and the webviews' page scripts. */
export function shipped(options = {}) {
  const c = common(options);
  const page = { ...c, platform: 'browser', format: 'iife', target: 'es2022' };
  return [
    { ...c, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
    { ...c, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
    // The archive workers' script: the scan, the counts, Validate and Fix All off the host's thread.
    { ...c, entryPoints: ['src/workers/archiveWorker.ts'], outfile: 'dist/archiveWorker.js' },
    // The webviews' page scripts (src/webview/page.ts is the pattern they share).
    { ...page, entryPoints: ['src/preview/webview/main.ts'], outfile: 'media/preview.js' },
    { ...page, entryPoints: ['src/hygiene/webview/main.ts'], outfile: 'media/stats.js' },
  ].filter((b) => b.entryPoints.every((e) => fs.existsSync(e)));
}

/** Everything: what ships, then the tests and benchmarks (not in a release build). */
export function builds(options = {}) {
  const c = common(options);
  const all = [
    ...shipped(options),
    { ...c, entryPoints: testEntries('test/core'), outdir: 'dist/test/core' },
    { ...c, entryPoints: testEntries('test/host'), outdir: 'dist/test/host' },
    { ...c, entryPoints: testEntries('test/installed'), outdir: 'dist/test/installed' },
    { ...c, entryPoints: testEntries('bench'), outdir: 'dist/bench' },
  ];
  return all
    .filter((b) => (b.entryPoints.length ?? 0) > 0 && b.entryPoints.every((e) => fs.existsSync(e)))
    .filter((b) => !options.release || !b.outdir);
}
