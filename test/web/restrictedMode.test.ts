/**
 * The web build in Restricted Mode: workspace trust on and the folder untrusted, served under
 * github.dev's scheme `vscode-vfs:` (the one virtual scheme VS Code does not trust by itself),
 * with a `.vscode/settings.json` in the folder that sets the restricted settings
 * (scripts/host/runWebTests.mjs writes it). The extension does what the Node build does in an
 * untrusted folder (the tests both builds share: ../host/restrictedModeTests.ts): it validates,
 * fixes in the editor and previews, indexes and validates the archive, refuses the bulk edits
 * over files that are not open, and does not apply the workspace's values of the settings listed
 * in `restrictedConfigurations`. And, seen here from the provider's calls, nothing is written to
 * the workspace.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { restrictedModeTests } from '../host/restrictedModeTests';
import { providerCalls, webApi } from './webHost';

describe('the web build in Restricted Mode (an untrusted vscode-vfs: folder)', () => {
  it('is active in the untrusted workspace', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.equal(vscode.workspace.workspaceFolders?.[0].uri.scheme, 'vscode-vfs');
    assert.equal((await webApi()).platform, 'web');
  });

  restrictedModeTests(webApi);

  it('has written nothing to the workspace', async () => {
    const calls = await providerCalls();
    assert.ok(calls.readFile > 10, JSON.stringify(calls));
    assert.deepEqual([calls.writeFile, calls.rename, calls.delete, calls.createDirectory], [0, 0, 0, 0], calls.changedPaths.join(', '));
  });
});
