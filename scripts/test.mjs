#!/usr/bin/env node
// Runs the test suites and prints one plain summary line for each:
//   unit: N passed, N failed          (mocha, plain Node, dist/test/core)
//   integration: N passed, N failed   (mocha inside a real VS Code extension host)
//   web: N passed, N failed           (the web build in the web worker extension host)
//   restricted: N passed, N failed    (the web build in Restricted Mode, github.dev's vscode-vfs:)
//   restricted-node: N passed, N failed (the Node build in Restricted Mode, an untrusted file: folder)
// Exits non-zero when any test fails or a suite cannot run. `--unit` runs the unit suite only,
// `--integration` the Node host suite only, `--web` the web and Restricted Mode suites only,
// `--restricted` the Node build's Restricted Mode suite only.
// Build first (`npm test` does): the suites run from dist/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';

// Dates in messages and expectations must not depend on the machine's zone.
process.env.TZ = 'UTC';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const only = process.argv.includes('--unit') ? 'unit' : process.argv.includes('--integration') ? 'integration'
  : process.argv.includes('--web') ? 'web' : process.argv.includes('--restricted') ? 'restricted' : undefined;

function testFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

async function runUnit() {
  const mocha = new Mocha({ reporter: 'spec', timeout: 20000 });
  for (const f of testFiles(path.join(root, 'dist/test/core'))) mocha.addFile(f);
  await mocha.loadFilesAsync();
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats.passes, failed: runner.stats.failures }));
  });
}

async function runIntegration() {
  const { runIntegrationTests } = await import('./host/runIntegrationTests.mjs');
  return runIntegrationTests(root);
}

async function runRestricted() {
  const { runRestrictedTests } = await import('./host/runRestrictedTests.mjs');
  return runRestrictedTests(root);
}

async function runWeb(mode) {
  const { runWebTests } = await import('./host/runWebTests.mjs');
  return runWebTests(root, { mode });
}

const results = [];
if (only === undefined || only === 'unit') results.push(['unit', await runUnit()]);
if (only === undefined || only === 'integration') results.push(['integration', await runIntegration()]);
if (only === undefined || only === 'restricted') results.push(['restricted-node', await runRestricted()]);
if (only === undefined || only === 'web') {
  results.push(['web', await runWeb('web')]);
  results.push(['restricted', await runWeb('restricted')]);
}
let ok = true;
console.log('');
for (const [name, r] of results) {
  console.log(`${name}: ${r.passed} passed, ${r.failed} failed`);
  if (r.failed > 0 || r.error) ok = false;
  if (r.error) console.log(`${name} suite could not run: ${r.error}`);
}
process.exit(ok ? 0 : 1);
