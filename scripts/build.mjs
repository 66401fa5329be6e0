// Bundles the extension, the CLI, the benchmarks and the tests with esbuild.
// `--watch` rebuilds on change. Types are checked separately by `npm run typecheck`.
// `--release` (what `npm run package` runs) builds only what the .vsix ships, minified, without
// source maps.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const watch = process.argv.includes('--watch');
const release = process.argv.includes('--release');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !release,
  minify: release,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
};

/** Every `*.test.ts` under a folder, as esbuild entry points. */
function testEntries(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: testEntries('test/core'), outdir: 'dist/test/core' },
  { ...common, entryPoints: testEntries('test/host'), outdir: 'dist/test/host' },
  { ...common, entryPoints: testEntries('test/installed'), outdir: 'dist/test/installed' },
  { ...common, entryPoints: testEntries('bench'), outdir: 'dist/bench' },
  // The webviews' page scripts (src/webview/page.ts is the pattern they share).
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['src/preview/webview/main.ts'], outfile: 'media/preview.js' },
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['src/hygiene/webview/main.ts'], outfile: 'media/stats.js' },
].filter((b) => (b.entryPoints.length ?? 0) > 0 && b.entryPoints.every((e) => fs.existsSync(e)))
  .filter((b) => !release || !b.outdir);

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync('dist/cli.js', 0o755);
}
