/**
 * Counts that agree (issue 14): in a real VS Code over the seeds workspace, the status bar, the
 * Articles view's group labels, Validate Archive's summary and the statistics dashboard show the
 * number of problems that `news-archive check --format json` finds in the same folder; an open
 * article counts as its live text in all four.
 */
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, closeAllEditors, extension, openFile, revertAndReindex, SEED, waitFor, withoutAutoSave, workspaceUri } from './helpers';

interface Figures {
  articles: number;
  withProblems: number;
  total: number;
}

/** What `news-archive check --format json` finds in the workspace folder, counted from its diagnostics. */
function checkFigures(): Promise<Figures & { archiveWide: number }> {
  const cli = path.join(extension().extensionPath, 'dist', 'cli.js');
  const folder = workspaceUri().fsPath;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, 'check', '--format', 'json', '.'], { cwd: folder, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', LANG: 'en_US.UTF-8' }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error && error.code !== 1) return reject(new Error(`check failed: ${stderr || error.message}`));
      const files = JSON.parse(stdout) as { diagnostics: { rule: string }[] }[];
      resolve({
        archiveWide: files.reduce((n, f) => n + f.diagnostics.filter((d) => d.rule === 'duplicate-article' || d.rule === 'vocabulary-variant').length, 0),
        articles: files.length,
        withProblems: files.filter((f) => f.diagnostics.length > 0).length,
        total: files.reduce((n, f) => n + f.diagnostics.length, 0),
      });
    });
  });
}

function label(item: vscode.TreeItem): string {
  const l = item.label;
  return typeof l === 'string' ? l : l?.label ?? '';
}

const STATUS = /^\$\(book\) (\d+) articles? · (\d+) problems?$/;

describe('counts that agree', () => {
  afterEach(async () => {
    await closeAllEditors();
  });

  it('shows check\'s number of problems in the status bar, the groups, the summary and the dashboard, open articles as edited', async function () {
    this.timeout(120_000);
    const a = await api();
    if (a.platform === 'web') this.skip();
    const t = a.archiveTree;
    t.service.start();
    await waitFor('the index', () => (t.service.state.kind === 'ready' ? true : undefined), t.service.onDidChangeState, 30_000);

    const figures = async (): Promise<Figures> => {
      // The archive-wide rules' counts come from the findings, made in a worker after the index.
      await t.service.archiveCountsSettled();
      // The status bar: "N articles · M problems".
      const shown = await waitFor('the status bar to show the index', () => {
        const m = STATUS.exec(t.statusBar.text);
        return m && Number(m[2]) === t.service.problems ? m : undefined;
      }, undefined, 10_000);
      // The Articles view's top groups: an article sits in one of them, "count · K with problems".
      let withProblems = 0;
      for (const node of t.provider.getChildren()) {
        const m = /· ([\d,]+) with problems$/.exec(String(t.provider.getTreeItem(node).description ?? ''));
        if (m) withProblems += Number(m[1].replace(/,/g, ''));
        assert.ok(label(t.provider.getTreeItem(node)) !== '', 'a group has a label');
      }
      return { articles: Number(shown[1]), withProblems, total: Number(shown[2]) };
    };
    const validated = async (): Promise<Figures & { summary: string }> => {
      await vscode.commands.executeCommand('newsArchive.validateArchive');
      const run = a.validation.lastValidation;
      assert.ok(run && !run.cancelled);
      return { articles: run.articles, withProblems: run.counts.withProblems, total: run.counts.total, summary: run.summary };
    };
    const dashboard = async (): Promise<number> => {
      let drawn: number | undefined;
      const listener = a.hygiene.onDidRenderStats((r) => (drawn = r.problems));
      try {
        drawn = undefined;
        await vscode.commands.executeCommand('newsArchive.showStats');
        // An open dashboard redraws as the counts change; the last drawing is the one to read.
        return await waitFor('the dashboard to draw the index\'s count', () => (drawn === t.service.problems ? drawn : undefined), a.hygiene.onDidRenderStats, 20_000);
      } finally {
        listener.dispose();
      }
    };

    const { archiveWide, ...check } = await checkFigures();
    assert.ok(check.total > 0 && check.articles >= 18, JSON.stringify(check));
    // The seeds hold a duplicate group and a vocabulary variant: check counts them, and so must the editor.
    assert.ok(archiveWide > 0, 'check finds archive-wide problems in the seeds');
    assert.deepStrictEqual(await figures(), check, 'the status bar and the groups');
    const run = await validated();
    assert.deepStrictEqual({ articles: run.articles, withProblems: run.withProblems, total: run.total }, check, 'Validate Archive');
    assert.ok(run.summary.includes(`${check.total} problems (`), run.summary);
    assert.strictEqual(a.validation.lastValidation?.archiveWide, archiveWide, 'Validate Archive and check, the archive-wide rules');
    assert.strictEqual(await dashboard(), check.total, 'the dashboard');

    // An open article counts as its live text: one trailing space more is one problem more, everywhere.
    const editor = await openFile(SEED);
    await withoutAutoSave(async () => {
      const end = editor.document.lineAt(2).range.end;
      await editor.edit((e) => e.insert(end, ' '));
      try {
        await waitFor('the live count', () => (t.service.problems === check.total + 1 ? true : undefined), t.service.onDidChangeEntries, 20_000);
        const live = await figures();
        assert.deepStrictEqual({ articles: live.articles, total: live.total }, { articles: check.articles, total: check.total + 1 }, 'the status bar, edited');
        const again = await validated();
        assert.strictEqual(again.total, check.total + 1, 'Validate Archive, edited');
        assert.strictEqual(again.withProblems, live.withProblems, 'Validate Archive and the groups, edited');
        assert.strictEqual(await dashboard(), check.total + 1, 'the dashboard, edited');
      } finally {
        // The dashboard is the active editor now: the seed's is reverted.
        await revertAndReindex(editor);
      }
    });
  });
});
