#!/usr/bin/env node
// Renders docs/icon.svg to media/icon.png (128×128, transparent corners), the marketplace icon.
// Run after changing the SVG and commit both: `node scripts/renderIcon.mjs`. Uses the same
// headless Chromium as the test host (CHROMIUM_PATH, default /usr/bin/chromium).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = 128;
const svg = fs.readFileSync(path.join(root, 'docs/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<!DOCTYPE html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  const out = path.join(root, 'media/icon.png');
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`${path.relative(root, out)}: ${fs.statSync(out).size} bytes`);
} finally {
  await browser.close();
}
