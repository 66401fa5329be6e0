#!/usr/bin/env node
// `node scripts/walkthroughImages.mjs`, after `npm run screenshots`: the walkthrough's copies of
// the README pictures, docs/images/walkthrough/*.png, which ship in the .vsix. The README's
// full-size shots are fetched from the repository by the marketplace page and stay out of the
// package; these are 880 px wide with a 96-colour palette (~70 KB each) to keep the .vsix small.
// Needs ImageMagick (`apt-get install imagemagick`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHOTS = ['editor-diagnostics.png', 'preview.png', 'problems.png', 'tree.png'];
const outDir = path.join(root, 'docs/images/walkthrough');
fs.mkdirSync(outDir, { recursive: true });
for (const name of SHOTS) {
  const from = path.join(root, 'docs/images', name);
  const to = path.join(outDir, name);
  const r = spawnSync('convert', [from, '-resize', '880x', '-dither', 'None', '-colors', '96', `PNG8:${to}`], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`convert ${name} failed (${r.error?.message ?? r.stderr.trim()}); install ImageMagick: apt-get install -y imagemagick`);
    process.exit(1);
  }
  console.log(`${path.relative(root, to)}: ${(fs.statSync(to).size / 1024).toFixed(0)} KB`);
}
