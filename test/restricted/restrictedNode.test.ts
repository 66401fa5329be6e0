/**
 * The Node (desktop, remote) build in Restricted Mode: workspace trust on, the `file:` copy of
 * seeds/ untrusted, with a `.vscode/settings.json` that sets the restricted settings
 * (scripts/host/runRestrictedTests.mjs writes it). What a user of an untrusted folder gets, as
 * package.json's `capabilities.untrustedWorkspaces` declares it (the tests both builds share:
 * ../host/restrictedModeTests.ts): validation, quick fixes and Fix All in the open editor, the
 * preview with images blocked, the Articles view and Validate Archive; not the folder's values of
 * the restricted settings; Fix All Problems in Archive and Rename Across Archive refused with a
 * message saying why and what to do. And, seen here from the folder's bytes, not one byte written
 * to the folder.
 */
import { strict as assert } from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, workspaceUri } from '../host/helpers';
import { restrictedModeTests } from '../host/restrictedModeTests';

/** Every file under `dir` with the hash of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isFile()) files.set(name, createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }
  return files;
}

describe('the Node build in Restricted Mode (an untrusted file: folder)', () => {
  let folder: string;
  let written: Map<string, string>;

  before(() => {
    folder = workspaceUri().fsPath;
    written = snapshot(folder);
  });

  it('is active in the untrusted folder, as the Node build', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.equal(vscode.workspace.workspaceFolders?.[0].uri.scheme, 'file');
    assert.equal((await api()).platform, 'node');
  });

  restrictedModeTests(api);

  it('has written nothing to the folder', () => {
    assert.deepEqual([...snapshot(folder)], [...written]);
  });
});
