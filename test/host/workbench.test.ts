/**
 * A large archive in the real workbench (issue 18): a scan of 2,000 generated posts runs in the
 * archive workers while the open article's diagnostics keep coming as the user types, the
 * article count appears, and Validate Archive gives the Problems panel a capped set, errors
 * first, and offers the rest in the Articles view.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { generateArchive } from '../../bench/generateArchive';
import { CacheFile, IndexCacheStore } from '../../src/index/indexCacheStore';
import { diagnosticSource } from '../../src/util/displayLocale';
import { api, closeAllEditors, openFile, ruleOf, SEED, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

const POSTS = 2000;

function perFile(d: vscode.Diagnostic): boolean {
  return d.source === diagnosticSource() && ruleOf(d) !== 'duplicate-article' && ruleOf(d) !== 'vocabulary-variant';
}

describe('a large archive in the workbench', function () {
  this.timeout(120_000);
  const folder = () => workspaceUri('generated');

  before(() => {
    generateArchive(folder().fsPath, POSTS);
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('newsArchive').update('validate.problemsLimit', undefined, vscode.ConfigurationTarget.Workspace);
    fs.rmSync(folder().fsPath, { recursive: true, force: true });
    const { archiveTree } = await api();
    await archiveTree.service.rescan();
  });

  it('gives the open article its diagnostics while the workers scan, then the article count', async () => {
    const { archiveTree } = await api();
    const service = archiveTree.service;
    const editor = await openFile(SEED);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.some(perFile));
    const scan = service.rescan();
    await waitFor('the scan under way', () => (service.state.kind === 'scanning' && service.state.total > POSTS ? true : undefined), service.onDidChangeState, 30_000);
    // The article count comes from the listing before the files are read: every listed file
    // not yet read counts, those read count only when they are articles.
    const listed = service.state;
    assert.ok(listed.kind === 'scanning' && listed.articles !== undefined && listed.articles >= POSTS && listed.articles <= listed.total, JSON.stringify(listed));
    // Typing during the scan: a trailing space at the end of the title line.
    const line = editor.document.lineAt(2);
    const typed = performance.now();
    await editor.edit((b) => b.insert(line.range.end, '  '));
    const scanningWhenTyped = service.state.kind === 'scanning';
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'trailing-space' && x.range.start.line === 2 && x.range.end.character === line.range.end.character + 2));
    const stateWhenShown = service.state.kind;
    console.log(`    diagnostics ${(performance.now() - typed).toFixed(0)} ms after typing (scan: ${stateWhenShown})`);
    assert.ok(scanningWhenTyped, 'the edit was made during the scan');
    assert.ok(diagnostics.some(perFile));
    await scan;
    assert.strictEqual(service.state.kind, 'ready');
    assert.ok(service.index.size >= POSTS, `${service.index.size} articles`);
    assert.match(archiveTree.statusBar.text, new RegExp(`^\\$\\(book\\) ${service.index.size.toLocaleString()} articles · [\\d,]+ problems?$`));
    // Every generated post got its counts from the same pass.
    const generated = [...service.index.entries()].filter((e) => e.folder.startsWith(folder().fsPath));
    assert.strictEqual(generated.length, POSTS);
    assert.ok(generated.every((e) => e.problems !== undefined));
    assert.ok(generated.some((e) => e.problems && e.problems.errors > 0), 'the generator plants errors');
    await vscode.commands.executeCommand('undo');
  });

  it('keeps the index\'s counts beside its cache, for the status bar of a reopened workspace', async () => {
    const { archiveTree } = await api();
    const service = archiveTree.service;
    const memory = (location: string): CacheFile & { text?: string } => {
      const file: CacheFile & { text?: string } = { location, read: async () => file.text, write: async (t) => void (file.text = t) };
      return file;
    };
    const cache = memory('cache');
    const summary = memory('summary');
    const store = new IndexCacheStore(cache, summary);
    assert.strictEqual(await store.summary('rules'), undefined, 'nothing saved yet');
    await store.save(service.index, 'rules', service.problems);
    assert.ok(service.index.size >= POSTS && (summary.text?.length ?? 0) < 200, summary.text);
    assert.deepStrictEqual(await store.summary('rules'), { articles: service.index.size, problems: service.problems });
    // Counts made under other rules are not shown.
    assert.strictEqual(await store.summary('other rules'), undefined);
  });

  it('caps the Problems panel, errors first, and offers the rest in the Articles view', async () => {
    const { validation, archiveTree } = await api();
    await closeAllEditors();
    const limit = 40;
    await vscode.workspace.getConfiguration('newsArchive').update('validate.problemsLimit', limit, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('newsArchive.validateArchive');
    const run = validation.lastValidation;
    assert.ok(run && !run.cancelled);
    assert.ok(run.articles >= POSTS, `${run.articles} articles`);
    // The archive-wide rules' problems are counted too; hygiene publishes their diagnostics.
    assert.strictEqual(run.open + run.shown + run.hidden + run.archiveWide, run.counts.total);
    assert.ok(run.shown <= limit && run.hidden > 0, `${run.shown} shown, ${run.hidden} hidden`);
    assert.match(run.summary, new RegExp(`The Problems panel lists ${run.shown.toLocaleString()} problems? .*; the Articles view shows ${run.hidden.toLocaleString()} problems? more\\.`));
    // The generated posts are never opened: all their problems in the panel are the capped set's.
    const panel = vscode.languages.getDiagnostics().map(([u, d]) => [u, d.filter(perFile)] as const)
      .filter(([u, d]) => d.length > 0 && u.fsPath.startsWith(folder().fsPath));
    const shown = panel.reduce((n, [, d]) => n + d.length, 0);
    assert.ok(shown > 0 && shown <= run.shown, `${shown} generated posts' problems in the panel, ${run.shown} kept`);
    // Errors first: the generator makes far more than 40 problems in files with errors.
    assert.ok(run.counts.errors > 0);
    for (const [u, d] of panel) assert.ok(d.some((x) => x.severity === vscode.DiagnosticSeverity.Error), `${u.path} has an error`);
    // The offer: the Articles view with only the articles that have problems.
    await validation.showProblemsInView();
    assert.strictEqual(archiveTree.provider.tree.options.filter.problemsOnly, true);
    await vscode.commands.executeCommand('newsArchive.toggleProblemsOnly');
  });
});
