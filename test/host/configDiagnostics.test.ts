/**
 * `.newsarchive.json`'s mistakes as diagnostics on the file itself, in a real VS Code: at the
 * exact key or value, once each, updated as the open file is typed in, and on a folder that
 * stands where the file should be.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, openFile, rangeOf, removeFile, SEED, waitForDiagnostics, withoutAutoSave, workspaceUri, writeFile } from './helpers';

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'News Archive');

describe('.newsarchive.json diagnostics', () => {
  const created: vscode.Uri[] = [];
  afterEach(async () => {
    await closeAllEditors();
    await Promise.all(created.splice(0).map((uri) => vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined)));
  });

  it('puts each mistake at its key or value, once, and follows the open file as it is typed', async () => {
    const text = '{\n  "rules": { "date-futur": "off", "date-style": { "format": 7 } },\n  "clean": { "remove": ["p[[["] }\n}\n';
    const config = await writeFile('.newsarchive.json', text);
    created.push(config);
    await openFile(SEED);
    // The first test of the run may be the one that starts the extension: give it that time.
    await api();
    const found = await waitForDiagnostics(config, (d) => d.some((x) => x.source === 'News Archive'), 30_000);
    assert.deepEqual(
      ours(config).map((d) => [rangeOf(d.range), d.severity, d.code, d.message]),
      [
        [[1, 13, 1, 25], vscode.DiagnosticSeverity.Error, 'unknown-rule-near', 'Unknown rule "date-futur"; it is ignored. Did you mean "date-future"?'],
        [[1, 60, 1, 61], vscode.DiagnosticSeverity.Error, 'option-enum', '"format" must be one of "rfc1123", "iso8601"; the default ("rfc1123") applies.'],
        [[2, 24, 2, 30], vscode.DiagnosticSeverity.Error, 'clean-selector-invalid', '"p[[[" is not a CSS selector the cleaner can use (Expected name, found [[); it is ignored.'],
      ],
    );
    assert.equal(found.filter((d) => d.source === 'News Archive').length, 3);

    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(config));
    // Unsaved, the edit configures nothing; it must not be saved for the tests that follow.
    await withoutAutoSave(async () => {
      await editor.edit((b) => b.insert(new vscode.Position(1, 24), 'e'));
      await waitForDiagnostics(config, (d) => d.filter((x) => x.source === 'News Archive').length === 2);
      assert.deepEqual(ours(config).map((d) => d.code), ['option-enum', 'clean-selector-invalid']);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  });

  it('marks a folder that stands where the file should be', async () => {
    const folder = workspaceUri('nested');
    created.push(folder);
    const inPlace = workspaceUri('nested', '.newsarchive.json');
    await vscode.workspace.fs.createDirectory(inPlace);
    const seed = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SEED)));
    await writeFile('nested/post.md', seed);
    await openFile('nested', 'post.md');
    const [d] = await waitForDiagnostics(inPlace, (list) => list.some((x) => x.source === 'News Archive'));
    assert.equal(d.message, '.newsarchive.json is a folder: the configuration must be a file. The defaults apply.');
    assert.equal(d.code, 'config-is-folder');
    await removeFile(workspaceUri('nested', 'post.md'));
  });
});
