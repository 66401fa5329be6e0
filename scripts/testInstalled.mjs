#!/usr/bin/env node
// Tests the .vsix as users get it: installs it into a clean extensions folder of the VS Code
// test host (the server's own --install-extension), opens a fresh copy of seeds/ and runs
// test/installed/ there, with VS Code's display language set to Simplified Chinese. Build first
// (`node scripts/build.mjs`: the tests run from dist/) and package (`npm run package`).
//
//   node scripts/testInstalled.mjs [FILE.vsix]    (default: news-archive-editor-VERSION.vsix)
//
// Prints "installed: N passed, N failed" last; exits 0 only when every test passed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIntegrationTests } from './host/runIntegrationTests.mjs';

// The package holds two builds of the extension since it runs in the browser too (dist/extension.js
// with its worker for the desktop, dist/web/extension.js for github.dev: about 0.9 MB packed
// between them), the icon and the walkthrough's images. The command line is not in it: it ships
// as its own npm package (npm run pack:cli). The limit was 1 MB for one build, then 1.5 MB; the
// archive worker now parses bodies as a browser does for the body-repeated rule (parse5, entities,
// cheerio: 0.46 MB more unpacked in dist/archiveWorker.js, about 0.15 MB packed), so 1.75 MB.
const MAX_VSIX_BYTES = 1.75 * 1024 * 1024;

process.env.TZ = 'UTC';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.resolve(process.argv[2] ?? path.join(root, `${manifest.name}-${manifest.version}.vsix`));

if (!fs.existsSync(vsix)) {
  console.error(`${path.relative(root, vsix)} does not exist: run \`npm run package\` first.`);
  process.exit(2);
}
const size = fs.statSync(vsix).size;
console.log(`${path.relative(root, vsix)}: ${(size / 1024).toFixed(1)} KB`);
if (size > MAX_VSIX_BYTES) {
  console.error(`The .vsix is over ${MAX_VSIX_BYTES / 1024} KB: see what \`npx @vscode/vsce ls --no-dependencies\` lists and tighten .vscodeignore.`);
  process.exit(1);
}
const result = await runIntegrationTests(root, {
  extensionDevelopmentPath: path.join(root, 'test/installed/runner'),
  extensionTestsPath: path.join(root, 'dist/test/installed/index.js'),
  vsix,
  // The development-mode suite runs in English; this one checks the Chinese a user gets.
  locale: 'zh-cn',
});
console.log(`\ninstalled: ${result.passed} passed, ${result.failed} failed`);
if (result.error) console.log(`installed suite could not run: ${result.error}`);
process.exit(result.failed === 0 && !result.error && result.passed > 0 ? 0 : 1);
