/**
 * The .vsix as a user gets it: installed into a clean extensions folder (scripts/testInstalled.mjs),
 * not loaded from the repository, in a VS Code whose display language is zh-cn. It must start on
 * the seed article, validate it and show its contributions in Chinese.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsArchiveApi } from '../../src/extension';
import { closeAllEditors, codeActionsAt, EXTENSION_ID, openFile, SEED, waitFor, waitForDiagnostics } from '../host/helpers';

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

  it('has every contributed title resolved from its package.nls file', () => {
    const titles = loadedTitles(installed());
    assert.ok(titles.size > 0);
    assert.deepStrictEqual([...titles].filter(([, t]) => t.value === '' || /^%.*%$/.test(t.value)).map(([id]) => id), []);
  });

  it('speaks Chinese when VS Code does: titles from package.nls.zh-cn.json', () => {
    assert.strictEqual(vscode.env.language, 'zh-cn', 'scripts/testInstalled.mjs runs VS Code in zh-cn');
    const ext = installed();
    const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(ext.extensionPath, file), 'utf8'));
    const shipped = read('package.json') as { contributes: { commands: { command: string; title: string }[] } };
    const zh = read('package.nls.zh-cn.json') as Record<string, string>;
    const en = read('package.nls.json') as Record<string, string>;
    const shown = loadedTitles(ext);
    // VS Code keeps the English beside the translation, so the palette finds either.
    const expected = shipped.contributes.commands.map((c) => [c.command, { value: zh[c.title.slice(1, -1)], original: en[c.title.slice(1, -1)] }]);
    assert.deepStrictEqual(expected.map(([id]) => [id, shown.get(String(id))]), expected);
    assert.deepStrictEqual(shown.get('newsArchive.validateArchive'), { value: '验证归档', original: 'Validate Archive' });
  });

  it('shows the walkthrough\'s Chinese pictures: each step\'s %key% resolved by package.nls.zh-cn.json to a shipped file', () => {
    const ext = installed();
    const walkthroughs: unknown = ext.packageJSON.contributes?.walkthroughs;
    const steps = (Array.isArray(walkthroughs) ? walkthroughs as { steps: { id: string; media: { image: unknown } }[] }[] : []).flatMap((w) => w.steps);
    assert.ok(steps.length >= 5, `${steps.length} steps`);
    const images = steps.map((s) => [s.id, s.media.image]);
    assert.deepStrictEqual(images.filter(([, image]) => typeof image !== 'string' || !image.startsWith('docs/images/walkthrough/zh-cn/')), []);
    assert.deepStrictEqual(images.filter(([, image]) => !fs.existsSync(path.join(ext.extensionPath, String(image)))), []);
  });

  it('activates on the seed article and shows its diagnostics', async function () {
    // A cold start of the minified bundle on a busy CI machine: generous, never a sleep.
    this.timeout(90_000);
    const editor = await openFile(SEED);
    const ext = installed();
    await waitFor('activation', () => (ext.isActive ? true : undefined), undefined, 60_000);
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleId(x) === 'front-matter-displaced'), 60_000);
    // Only the front-matter rules: archive hygiene (duplicates, variants) may add its own later.
    // In zh-cn the diagnostics say where they come from and what is wrong in Chinese.
    const ours = diagnostics.filter((d) => d.source === '新闻归档' && FRONT_MATTER_RULES.has(ruleId(d)));
    assert.deepStrictEqual(ours.filter((d) => !/[\u3400-\u9fff]/.test(d.message)).map((d) => d.message), []);
    const found = ours
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
    // The lightbulb speaks Chinese too: the quick fix of the blank line before `---`.
    const displaced = ours.find((d) => ruleId(d) === 'front-matter-displaced');
    assert.ok(displaced);
    assert.match(displaced.message, /^Front-matter 之前有 1 个空行。/);
    // The rule id links to its row in the Chinese README, which ships in the .vsix.
    const code = displaced.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.target.fragment, 'front-matter-displaced');
    assert.strictEqual(path.relative(ext.extensionPath, code.target.fsPath), 'README.zh-cn.md');
    assert.ok(fs.readFileSync(code.target.fsPath, 'utf8').includes('<a id="front-matter-displaced"></a>'), 'the row\'s anchor');
    const actions = await codeActionsAt(editor.document, displaced.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('删除“---”之前的内容'), titles.join(' | '));
    assert.deepStrictEqual(titles.filter((t) => !/[\u3400-\u9fff]/.test(t)), [], 'every quick fix of ours is titled in Chinese');
  });

  it('writes the preview\'s date and removal summary, and the dashboard\'s field names, in Chinese', async function () {
    this.timeout(90_000);
    const editor = await openFile(SEED);
    const api = (await installed().activate()) as NewsArchiveApi;
    await vscode.commands.executeCommand('newsArchive.openPreviewToSide');
    await waitFor('the preview', () => api.preview.rendered(editor.document.uri), api.preview.onDidRender, 60_000);
    const page = await api.preview.describe(editor.document.uri);
    // scripts/testInstalled.mjs runs with TZ=UTC, the browser too.
    assert.strictEqual(page?.date, '2021年11月15日 23:46');
    assert.strictEqual(page?.footer, '已移除：11 条注释、1 个推广块、1 个样式块、2 个股票链接、2 个行情占位、1 行责任编辑、2 行署名（1.5 KB）');
    let drawn: string[] | undefined;
    const listener = api.hygiene.onDidRenderStats((r) => (drawn = r.fieldLabels));
    try {
      await vscode.commands.executeCommand('newsArchive.showStats');
      const labels = await waitFor('the dashboard', () => drawn, api.hygiene.onDidRenderStats, 60_000);
      assert.ok(labels.includes('分类') && !labels.includes('categories'), labels.join());
    } finally {
      listener.dispose();
    }
  });
});

/** Each command's title as VS Code loaded it: a string, or `{ value, original }` when translated. */
function loadedTitles(ext: vscode.Extension<unknown>): Map<string, { value: string; original?: string }> {
  const titles = new Map<string, { value: string; original?: string }>();
  const commands: unknown = ext.packageJSON.contributes?.commands;
  for (const c of Array.isArray(commands) ? (commands as unknown[]) : []) {
    if (typeof c !== 'object' || c === null || !('command' in c) || !('title' in c)) continue;
    const t = c.title;
    if (typeof t === 'string') titles.set(String(c.command), { value: t });
    else if (typeof t === 'object' && t !== null && 'value' in t) {
      titles.set(String(c.command), { value: String(t.value), ...('original' in t ? { original: String(t.original) } : {}) });
    }
  }
  return titles;
}

const FRONT_MATTER_RULES = new Set(['front-matter-displaced', 'trailing-space', 'headimg-boilerplate']);

function ruleId(d: vscode.Diagnostic): string {
  const code = d.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return String(code);
}
