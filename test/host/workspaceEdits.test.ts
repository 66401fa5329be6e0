/**
 * Bulk edits that apply (issue 14): Rename Across Archive and Fix All in Archive change the files
 * and say what they applied. The tests' web host cannot show the refactor preview or answer a
 * modal question, so they run with `newsArchive.bulkEdits.review: apply`; what the preview gets
 * (no proposed entry needing confirmation) is checked on the plan and in test/core/bulkReview.
 * This file runs last: Fix All in Archive rewrites every seed, and restores them after.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { fixAll } from '../../src/core/rules/fixAll';
import type { AppliedSummary } from '../../src/documents/bulkReview';
import { api, closeAllEditors, removeFile, writeFile } from './helpers';

const ARTICLE = (title: string, category: string) =>
  `---\ntitle: '${title}'\ncategories: \n - 科技\n - ${category}\nauthor: 测试站\ncomments: false\ndate: Tue, 16 Nov 2021 07:30:12 GMT\n---\n\n<p>正文</p>\n`;

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function setReview(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('newsArchive').update('bulkEdits.review', value, vscode.ConfigurationTarget.Workspace);
}

describe('bulk edits', () => {
  const created: vscode.Uri[] = [];
  before(() => setReview('apply'));
  after(() => setReview(undefined));
  afterEach(async () => {
    await closeAllEditors();
    await Promise.all(created.splice(0).map(removeFile));
  });

  it('renames a category in every article using it, and says in how many files', async function () {
    this.timeout(60_000);
    const a = await writeFile('bulk-rename-a.md', ARTICLE('甲', '批量旧名'));
    const b = await writeFile('bulk-rename-b.md', ARTICLE('乙', '批量旧名'));
    const other = await writeFile('bulk-rename-c.md', ARTICLE('丙', '别的分类'));
    created.push(a, b, other);
    const request = { field: 'categories' as const, from: '批量旧名', to: '批量新名' };
    const hygiene = (await api()).hygiene;
    // The hygiene model learns of new files from the index, a moment after they are written.
    const deadline = Date.now() + 30_000;
    let plan = await hygiene.planRename(request);
    while (plan.files < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      plan = await hygiene.planRename(request);
    }
    assert.strictEqual(plan.files, 2);
    for (const [, edits] of plan.edit.entries()) assert.strictEqual(edits.length, 1);
    assert.deepStrictEqual(plan.proposed.map((p) => [vscode.workspace.asRelativePath(p.uri, false), p.changes]), [['bulk-rename-a.md', 1], ['bulk-rename-b.md', 1]]);

    const summary = await vscode.commands.executeCommand<AppliedSummary | undefined>('newsArchive.renameValue', request);
    assert.deepStrictEqual(summary, { files: 2, changes: 2, partly: 0, untouched: 0 });
    for (const [uri, title] of [[a, '甲'], [b, '乙']] as const) {
      const document = await vscode.workspace.openTextDocument(uri);
      assert.strictEqual(document.getText(), ARTICLE(title, '批量新名'));
    }
    assert.strictEqual(await read(other), ARTICLE('丙', '别的分类'));
  });

  it('fixes every article of the archive, and says how many fixes in how many files', async function () {
    this.timeout(120_000);
    const scratch = await writeFile('bulk-fix.md', '---\ntitle: 修复 \ncomments: no\ndate: Tue, 16 Nov 2021 07:30:12 GMT\n---\n\n<p>正文</p>\n');
    created.push(scratch);
    const files = await vscode.workspace.findFiles('**/*', '**/.vscode/**');
    const before = new Map<string, Uint8Array>();
    for (const uri of files) before.set(uri.toString(), await vscode.workspace.fs.readFile(uri));
    const expected = new Map<string, { text: string; fixed: number }>();
    for (const uri of files) {
      const text = new TextDecoder().decode(before.get(uri.toString()));
      const result = fixAll(text);
      if (result.fixed > 0 && result.text !== text) expected.set(uri.toString(), result);
    }
    assert.ok(expected.has(scratch.toString()), 'the scratch article has fixes');
    try {
      const summary = await vscode.commands.executeCommand<AppliedSummary | undefined>('newsArchive.fixAllInArchive');
      assert.ok(summary);
      assert.deepStrictEqual(summary, { files: summary.files, changes: summary.changes, partly: 0, untouched: 0 });
      assert.ok(summary.files >= 2, `${summary.files} files fixed`);
      const document = await vscode.workspace.openTextDocument(scratch);
      assert.strictEqual(document.getText(), expected.get(scratch.toString())!.text);
      assert.strictEqual(document.getText(), '---\ntitle: 修复\ncomments: false\ndate: Tue, 16 Nov 2021 07:30:12 GMT\n---\n\n<p>正文</p>\n');
      // Nothing left to fix: a second run proposes nothing.
      const again = await vscode.commands.executeCommand<AppliedSummary | undefined>('newsArchive.fixAllInArchive');
      assert.strictEqual(again, undefined);
    } finally {
      // Put the seeds back as they were, for whatever runs after.
      for (const document of vscode.workspace.textDocuments) {
        if (document.isDirty) {
          await vscode.window.showTextDocument(document);
          await vscode.commands.executeCommand('workbench.action.files.revert');
        }
      }
      for (const uri of files) await vscode.workspace.fs.writeFile(uri, before.get(uri.toString())!);
    }
  });
});
