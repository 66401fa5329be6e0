/**
 * Archive hygiene in a real VS Code, over the seeds workspace: a planted copy of the seed gets
 * `duplicate-article` pointing at the seed; the seed's mixed-script category gets
 * `vocabulary-variant` with its quick fix; renaming a category across the archive is one
 * WorkspaceEdit (for the refactor preview) that changes exactly the expected characters.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticSource } from '../../src/util/displayLocale';
import { api, closeAllEditors, codeActionsAt, openFile, rangeOf, removeFile, revertAndReindex, ruleOf, SEED, waitFor, waitForDiagnostics, withoutAutoSave, workspaceUri, writeFile } from './helpers';

function withRule(uri: vscode.Uri, rule: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === diagnosticSource() && ruleOf(d) === rule);
}

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('hygiene', () => {
  const created: vscode.Uri[] = [];
  afterEach(async () => {
    await closeAllEditors();
    await Promise.all(created.splice(0).map(removeFile));
  });

  it('flags a planted copy of the seed as a duplicate, naming five copies and counting the rest, with a Quick Fix that shows them all', async () => {
    const seed = await read(workspaceUri(SEED));
    // The same body under another title: an exact copy once markup and whitespace are ignored.
    const copy = seed.replace(/^title: .*$/m, "title: '北京人才工作会议（转载）'").replace('<div>   \n', '<div>\n\n');
    const uri = await writeFile('hygiene-planted-copy.md', copy);
    created.push(uri);
    // Six more copies: a group of eight at least, more than a diagnostic names.
    for (let i = 1; i <= 6; i++) created.push(await writeFile(`hygiene-planted-copy-${i}.md`, copy.replace('（转载）', `（转载${i}）`)));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const [d] = await waitForDiagnostics(uri, () => withRule(uri, 'duplicate-article').some((x) => /one of ([89]|\d\d+) copies/.test(x.message)), 20_000)
      .then(() => withRule(uri, 'duplicate-article'));
    assert.deepStrictEqual(rangeOf(d.range), [2, 7, 2, 21]);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    // The copy it is joined to is the seed or another planted copy, whichever the index read first.
    assert.match(d.message, /^Duplicate article: the same text as (000_e84b391c27bbb68a\.txt|[\w-]+\.md), one of \d+ copies; /);
    assert.strictEqual((d.code as { target: vscode.Uri }).target.fragment, 'duplicate-article');
    // The seeds are copies of one article: the five nearest copies are named, the rest counted (issue 19).
    const copies = Number(/one of (\d+) copies/.exec(d.message)?.[1]);
    const info = d.relatedInformation!;
    assert.strictEqual(info.length, 6, info.map((r) => r.message).join(' | '));
    assert.ok(info.slice(0, 5).every((r) => r.message.startsWith('Duplicate: ') && r.location.uri.toString() !== uri.toString()));
    assert.strictEqual(info[5].message, `… and ${copies - 6} more copies: the Quick Fix "Show all copies in the Duplicates view" lists them`);
    assert.strictEqual(info[5].location.uri.toString(), uri.toString());
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const show = actions.find((a) => a.title === `Show all ${copies} copies in the Duplicates view`);
    assert.strictEqual(show?.command?.command, 'newsArchive.revealDuplicates', actions.map((a) => a.title).join(', '));
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
  });

  it('gives the Problems panel the open copy\'s findings and only a capped set of the other copies\' (newsArchive.validate.problemsLimit)', async function () {
    this.timeout(90_000);
    const seed = await read(workspaceUri(SEED));
    const copies: vscode.Uri[] = [];
    for (let i = 1; i <= 5; i++) {
      const uri = await writeFile(`hygiene-cap-${i}.md`, seed.replace(/^title: .*$/m, `title: '北京人才工作会议（第${i}份）'`));
      created.push(uri);
      copies.push(uri);
    }
    const config = vscode.workspace.getConfiguration('newsArchive');
    await config.update('validate.problemsLimit', 2, vscode.ConfigurationTarget.Workspace);
    try {
      const open = copies[4];
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(open));
      await waitForDiagnostics(open, () => withRule(open, 'duplicate-article').length > 0, 20_000);
      const hygiene = (uri: vscode.Uri) => withRule(uri, 'duplicate-article').length + withRule(uri, 'vocabulary-variant').length;
      // Open documents get their findings beside the cap, and a document stays open after its
      // editor closes while VS Code keeps it for the extension that opened it (up to three
      // minutes): in a full run the seeds earlier tests opened are still open here.
      const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
      // Besides the seed and the four other copies, most seeds are flagged for their vocabulary.
      const others = () => vscode.languages.getDiagnostics().filter(([u]) => !isOpen(u) && hygiene(u) > 0);
      // The panel changes a whole run at a time: once the run under the limit of 2 is published,
      // the other files are at most two (kept whole, so the last one may take the count past 2).
      // Without the cap the seed and the four other copies at least would be there.
      const capped = () => {
        const shown = others();
        const before = shown.slice(0, -1).reduce((n, [u]) => n + hygiene(u), 0);
        return shown.length >= 1 && shown.length <= 2 && before < 2 ? shown : undefined;
      };
      await waitFor('the capped set', capped, vscode.languages.onDidChangeDiagnostics, 20_000).catch((e: unknown) => {
        throw new Error(`${e instanceof Error ? e.message : String(e)}: ${others().length} other flagged files in the panel: ${others().map(([u]) => `${u.path} (${hygiene(u)})`).join(', ')}`);
      });
      assert.ok(hygiene(open) > 0, 'the open copy keeps its findings');
      // Opening another copy brings its findings.
      const hidden = copies.slice(0, 4).find((u) => hygiene(u) === 0);
      assert.ok(hidden, 'a copy left out of the panel');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(hidden));
      await waitForDiagnostics(hidden, () => withRule(hidden, 'duplicate-article').length > 0, 20_000);
    } finally {
      await config.update('validate.problemsLimit', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it("marks the seed's mixed-script category and fixes it to the simplified spelling", async () => {
    const editor = await openFile(SEED);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, () => withRule(uri, 'vocabulary-variant').length > 0, 20_000);
    const [d] = withRule(uri, 'vocabulary-variant');
    assert.deepStrictEqual(rangeOf(d.range), [6, 3, 6, 10]);
    assert.strictEqual(d.message, 'Category "新浪财经－国內" mixes traditional and simplified characters: "新浪财经－国内" is consistent.');
    const actions = await codeActionsAt(editor.document, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Change to "新浪财经－国内"');
    assert.ok(fix?.edit, `no fix among ${actions.map((a) => a.title).join(', ')}`);
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(actions.some((a) => a.title === 'Rename "新浪财经－国內" to "新浪财经－国内" in every article…' && a.command?.command === 'newsArchive.renameValue'));
    const before = editor.document.getText();
    const edit = fix.edit;
    await withoutAutoSave(async () => {
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.strictEqual(editor.document.getText(), before.replace(' - 新浪财经－国內', ' - 新浪财经－国内'));
      // The dashboard test next draws the seed's mixed-script category from the index.
      await revertAndReindex(editor);
    });
  });

  it('opens the stats dashboard, whose own script draws the report under the strict CSP', async () => {
    const hygiene = (await api()).hygiene;
    let drawn: { articles: number; sections: number; bars: number; months: number; fieldLabels: string[] } | undefined;
    const listener = hygiene.onDidRenderStats((r) => (drawn = r));
    try {
      await vscode.commands.executeCommand('newsArchive.showStats');
      const r = await waitFor('the dashboard to draw', () => drawn, hygiene.onDidRenderStats, 20_000);
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
      assert.ok(tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('newsArchive.stats')));
      // 18 articles in seeds/; seven sections; months from 2021-11 to the future-date seed's 2091-11.
      assert.deepStrictEqual([r.articles, r.sections, r.months], [18, 7, 841]);
      assert.ok(r.bars > 0);
      // The seed's category 新浪财经－國內 mixes scripts: its row names the field in the display language.
      assert.ok(r.fieldLabels.length > 0 && r.fieldLabels.every((l) => l === 'Category' || l === 'Author' || l === 'Tag' || l === 'Source'), r.fieldLabels.join());
      assert.ok(r.fieldLabels.includes('Category'), r.fieldLabels.join());
    } finally {
      listener.dispose();
    }
  });

  it('renames a category across the archive as one edit for the refactor preview, two characters a file', async function () {
    this.timeout(90_000); // fifteen documents are opened, checked and reverted one by one
    const names = [
      'bom.md', 'comments-no.md', 'crlf.md', 'duplicate-key.md', 'empty-date.md', 'future-date.md', 'invalid-date.md',
      'missing-title.md', 'no-blank-line.md', 'nunjucks-raw.md', 'unclosed-fence.md', 'xss-body.md', 'yaml-at-title.md',
      'yaml-tab-indent.md', 'zoneless-date.md',
    ];
    const untouched = [SEED, 'scalar-categories.md', 'yaml-unquoted-colon.md', 'not-an-article.txt'];
    const before = new Map<string, string>();
    for (const n of [...names, ...untouched]) before.set(n, await read(workspaceUri(n)));
    const plan = await (await api()).hygiene.planRename({ field: 'categories', from: '新浪财经－滚动', to: '新浪财经－要闻' });
    assert.deepStrictEqual([plan.files, plan.occurrences, plan.problems], [15, 1 * 15, []]);
    const byFile = new Map(plan.edit.entries().map(([uri, edits]) => [vscode.workspace.asRelativePath(uri, false), edits]));
    assert.deepStrictEqual([...byFile.keys()].sort(), [...names].sort());
    // One edit a file, replacing just 滚动 on the category's line.
    assert.deepStrictEqual(byFile.get('bom.md')!.map((e) => [rangeOf(e.range), e.newText]), [[[5, 8, 5, 10], '要闻']]);
    assert.deepStrictEqual(byFile.get('crlf.md')!.map((e) => [rangeOf(e.range), e.newText]), [[[6, 8, 6, 10], '要闻']]);
    assert.deepStrictEqual(byFile.get('missing-title.md')!.map((e) => [rangeOf(e.range), e.newText]), [[[5, 8, 5, 10], '要闻']]);
    // Applied (here without the preview), every file changes by exactly those two characters.
    const direct = new vscode.WorkspaceEdit();
    for (const [uri, edits] of plan.edit.entries()) for (const e of edits) direct.replace(uri, e.range, e.newText);
    // Checking and reverting fifteen documents takes seconds: none may be saved meanwhile.
    await withoutAutoSave(async () => {
      assert.ok(await vscode.workspace.applyEdit(direct));
      for (const n of names) {
        const document = await vscode.workspace.openTextDocument(workspaceUri(n));
        const old = before.get(n)!.replace(/^\uFEFF/, '');
        const at = old.indexOf('新浪财经－滚动') + '新浪财经－'.length;
        assert.strictEqual(document.getText(), old.slice(0, at) + '要闻' + old.slice(at + 2), n);
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    });
    // The seeds on disk are as they were: the edits were reverted, never saved.
    for (const n of [...names, ...untouched]) assert.strictEqual(await read(workspaceUri(n)), before.get(n), n);
  });
});
