/**
 * The .vsix as a user gets it: installed into a clean extensions folder (scripts/testInstalled.mjs),
 * not loaded from the repository. It must start on the seed article, validate it and show its
 * contributions in the user's language files.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, openFile, SEED, waitFor, waitForDiagnostics } from '../host/helpers';

function installed(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed from the .vsix`);
  return ext;
}

describe('the installed .vsix', () => {
  afterEach(closeAllEditors);

  it('is loaded from the extensions folder, holding only the packaged files', () => {
    const ext = installed();
    const extensionsDir = process.env.NEWS_ARCHIVE_EXTENSIONS_DIR;
    assert.ok(extensionsDir, 'scripts/testInstalled.mjs names the extensions folder');
    assert.strictEqual(path.dirname(ext.extensionPath), fs.realpathSync(extensionsDir));
    const version: unknown = ext.packageJSON.version;
    assert.strictEqual(path.basename(ext.extensionPath), `${EXTENSION_ID}-${String(version)}`);
    for (const shipped of ['dist/extension.js', 'package.nls.json', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json', 'media/icon.png']) {
      assert.ok(fs.existsSync(path.join(ext.extensionPath, shipped)), `${shipped} is in the .vsix`);
    }
    for (const left of ['src', 'test', 'seeds', 'bench', 'scripts', 'node_modules', 'dist/extension.js.map']) {
      assert.ok(!fs.existsSync(path.join(ext.extensionPath, left)), `${left} is not in the .vsix`);
    }
  });

  it('has every contributed title resolved from package.nls.json', () => {
    const commands: unknown = installed().packageJSON.contributes?.commands;
    assert.ok(Array.isArray(commands) && commands.length > 0);
    const unresolved = commands
      .map((c: unknown) => (typeof c === 'object' && c !== null ? (c as Record<string, unknown>) : {}))
      .filter((c) => typeof c.title !== 'string' || /^%.*%$/.test(c.title))
      .map((c) => String(c.command));
    assert.deepStrictEqual(unresolved, []);
  });

  it('activates on the seed article and shows its diagnostics', async function () {
    // A cold start of the minified bundle on a busy CI machine: generous, never a sleep.
    this.timeout(90_000);
    const editor = await openFile(SEED);
    const ext = installed();
    await waitFor('activation', () => (ext.isActive ? true : undefined), undefined, 60_000);
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleId(x) === 'front-matter-displaced'), 60_000);
    // Only the front-matter rules: archive hygiene (duplicates, variants) may add its own later.
    const found = diagnostics
      .filter((d) => d.source === 'News Archive' && FRONT_MATTER_RULES.has(ruleId(d)))
      .sort((a, b) => a.range.start.compareTo(b.range.start))
      .map((d) => [ruleId(d), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);
    // The seed starts with a blank line before `---` and repeats the site's promo image as
    // headimg and thumbnail (`news-archive check seeds/000_e84b391c27bbb68a.txt` says the same).
    assert.deepStrictEqual(found, [
      ['front-matter-displaced', 0, 0, 1, 0],
      ['trailing-space', 3, 11, 3, 12],
      ['headimg-boilerplate', 7, 9, 7, 71],
      ['headimg-boilerplate', 11, 11, 11, 73],
    ]);
  });
});

const FRONT_MATTER_RULES = new Set(['front-matter-displaced', 'trailing-space', 'headimg-boilerplate']);

function ruleId(d: vscode.Diagnostic): string {
  const code = d.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return String(code);
}
