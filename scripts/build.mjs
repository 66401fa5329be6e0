// Bundles the extension, the CLI, the benchmarks and the tests with esbuild (./bundles.mjs).
// `--watch` rebuilds on change. Types are checked separately by `npm run typecheck`.
// `--release` (what `npm run package` runs) builds only what the .vsix ships, minified, without
// source maps.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { builds } from './bundles.mjs';

const watch = process.argv.includes('--watch');
const release = process.argv.includes('--release');
const all = builds({ release });

if (watch) {
  for (const b of all) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
  console.log('watching for changes…');
} else {
  await Promise.all(all.map((b) => esbuild.build(b)));
  fs.chmodSync('dist/cli.js', 0o755);
}
