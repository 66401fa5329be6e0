#!/usr/bin/env node
// `node scripts/walkthroughImages.mjs`, after `npm run screenshots` (and `-- --locale zh-cn`): the
// walkthrough's pictures, docs/images/walkthrough/*.png from docs/images/ and
// docs/images/walkthrough/zh-cn/*.png from docs/images/zh-cn/, which ship in the .vsix (the
// manifest names each step's picture by a %key%, so VS Code shows the display language's). The
// README's full-size shots are fetched from the repository by the marketplace page and stay out
// of the package. Each walkthrough picture is the part of its shot the step is about (the
// workbench is 1400×860), at most 880 px wide so that Chinese text stays legible, cut and scaled
// by headless Chromium (the screenshots' own browser) and quantised by pngquant to 64 colours:
// both languages' pictures together stay near 450 KB, under the .vsix limit of
// scripts/testInstalled.mjs. Needs pngquant (`apt-get install pngquant`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './host/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The pictures the walkthrough's steps show (package.nls*.json `walkthrough.*.image`), each with
 * the part of the 1400×860 shot it keeps: `[x, y, width, height]` (the title bar left out).
 */
const SHOTS = {
  'editor-diagnostics.png': [348, 35, 942, 420], // the front matter, its squiggles and the hover
  'preview.png': [348, 35, 1052, 470], // the source beside its cleaned preview: the card and the first paragraphs
  'problems.png': [48, 370, 1352, 490], // the Explorer's badges and the Problems panel
  'tree.png': [0, 35, 760, 420], // the Articles view and the front matter of the open article
  'tree-large.png': [0, 35, 552, 825], // the filtered view: its message, groups, badges and Show more
};
const LOCALES = [{ from: 'docs/images', to: 'docs/images/walkthrough' }, { from: 'docs/images/zh-cn', to: 'docs/images/walkthrough/zh-cn' }];
const WIDTH = 880;

const pngquant = spawnSync('pngquant', ['--version'], { encoding: 'utf8' });
if (pngquant.status !== 0) {
  console.error('pngquant is needed to keep the .vsix small: apt-get install -y pngquant');
  process.exit(1);
}

const browser = await launchBrowser();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-walkthrough-'));
let failed = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  for (const { from, to } of LOCALES) {
    fs.mkdirSync(path.join(root, to), { recursive: true });
    for (const [name, [x, y, w, h]] of Object.entries(SHOTS)) {
      const source = path.join(root, from, name);
      if (!fs.existsSync(source)) {
        console.error(`${path.relative(root, source)} is missing: take it with npm run screenshots${from.endsWith('zh-cn') ? ' -- --locale zh-cn' : ''}`);
        failed++;
        continue;
      }
      const data = fs.readFileSync(source).toString('base64');
      const width = Math.min(w, WIDTH);
      const height = Math.round((h * width) / w);
      // The part [x, y, w, h] of the shot drawn at width × height (Chromium's high-quality scaling).
      const png = await page.evaluate(async ({ data, x, y, w, h, width, height }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const g = canvas.getContext('2d');
        g.imageSmoothingQuality = 'high';
        g.drawImage(img, x, y, w, h, 0, 0, width, height);
        return canvas.toDataURL('image/png').split(',')[1];
      }, { data, x, y, w, h, width, height });
      const scaled = path.join(scratch, name);
      fs.writeFileSync(scaled, Buffer.from(png, 'base64'));
      const target = path.join(root, to, name);
      const r = spawnSync('pngquant', ['--force', '--speed', '1', '--strip', '64', '--output', target, scaled], { encoding: 'utf8' });
      if (r.status !== 0) {
        console.error(`pngquant ${name} failed: ${r.stderr.trim()}`);
        failed++;
        continue;
      }
      console.log(`${path.relative(root, target)}: ${(fs.statSync(target).size / 1024).toFixed(0)} KB`);
    }
  }
} finally {
  await browser.close();
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
