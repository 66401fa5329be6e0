// The Node build's Restricted Mode suite: runIntegrationTests() with workspace trust on, so the
// run's `file:` copy of seeds/ opens untrusted (the VS Code server's Node extension host runs the
// extension as the desktop and remote builds do), and the tests of test/restricted/
// (dist/test/restricted/index.js). The folder carries what an untrusted repository could: a
// .vscode/settings.json that would load remote images and apply bulk edits unasked.
import path from 'node:path';
import { runIntegrationTests } from './runIntegrationTests.mjs';
import { writeUntrustedSettings } from './untrustedFolder.mjs';

/** @returns {Promise<{passed: number, failed: number, error?: string}>} */
export function runRestrictedTests(root) {
  return runIntegrationTests(root, {
    extensionTestsPath: path.join(root, 'dist/test/restricted/index.js'),
    prepare(scratch) {
      writeUntrustedSettings(scratch);
      return { launchArgs: [], env: { VSCODE_HOST_WORKSPACE_TRUST: 'restricted' } };
    },
  });
}
