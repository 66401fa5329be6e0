// The Node build's Restricted Mode suite: runIntegrationTests() with workspace trust on, so the
// run's `file:` copy of seeds/ opens untrusted (the VS Code server's Node extension host runs the
// extension as the desktop and remote builds do), and the tests of test/restricted/
// (dist/test/restricted/index.js). The folder carries what an untrusted repository could: a
// .vscode/settings.json that would load remote images and apply bulk edits unasked.
import fs from 'node:fs';
import path from 'node:path';
import { runIntegrationTests } from './runIntegrationTests.mjs';

/** @returns {Promise<{passed: number, failed: number, error?: string}>} */
export function runRestrictedTests(root) {
  return runIntegrationTests(root, {
    extensionTestsPath: path.join(root, 'dist/test/restricted/index.js'),
    prepare(scratch) {
      // Restricted Mode must not apply the two restricted settings; the sort order, not
      // restricted, shows that the file is read.
      fs.mkdirSync(path.join(scratch, 'archive/.vscode'), { recursive: true });
      fs.writeFileSync(path.join(scratch, 'archive/.vscode/settings.json'), JSON.stringify({
        'newsArchive.preview.remoteImages': 'allow',
        'newsArchive.bulkEdits.review': 'apply',
        'newsArchive.tree.sortBy': 'title',
      }, null, 2));
      return { launchArgs: [], env: { VSCODE_HOST_WORKSPACE_TRUST: 'restricted' } };
    },
  });
}
