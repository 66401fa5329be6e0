/**
 * The Articles view in a real VS Code over the seeds workspace: category paths nest three deep,
 * items carry the title, date and author, the file URI and its problem badge; creating,
 * changing and deleting an article updates the tree; clicking an item opens the file; the
 * filter shows in the view's message; the active article is revealed.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { entryCounts } from '../../src/core/index/archiveWideCounts';
import type { TreeNode } from '../../src/core/tree/archiveTree';
import { EXPAND_FILTERED_LIMIT } from '../../src/tree/articleTreeProvider';
import { diagnosticSource } from '../../src/util/displayLocale';
import { api, closeAllEditors, openFile, removeFile, ruleOf, SEED, waitFor, waitForDiagnostics, withoutAutoSave, workspaceUri, writeFile } from './helpers';

/** A diagnostic of the per-file rules (not of the archive-wide duplicate and vocabulary rules). */
function fromFileRules(d: vscode.Diagnostic): boolean {
  return d.source === diagnosticSource() && ruleOf(d) !== 'duplicate-article' && ruleOf(d) !== 'vocabulary-variant';
}

type TreeApi = Awaited<ReturnType<typeof api>>['archiveTree'];

function label(item: vscode.TreeItem): string {
  const l = item.label;
  return typeof l === 'string' ? l : l?.label ?? '';
}

async function readyTree(): Promise<TreeApi> {
  const t = (await api()).archiveTree;
  t.service.start();
  await waitFor('the index', () => (t.service.state.kind === 'ready' ? true : undefined), t.service.onDidChangeState, 30_000);
  return t;
}

function childByLabel(t: TreeApi, parent: TreeNode | undefined, text: string): TreeNode {
  const kids = t.provider.getChildren(parent);
  const found = kids.find((k) => label(t.provider.getTreeItem(k)) === text);
  assert.ok(found, `no "${text}" among ${kids.map((k) => label(t.provider.getTreeItem(k))).join(', ')}`);
  return found;
}

const pad = (n: number) => String(n).padStart(2, '0');
function localTime(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const NEW_ARTICLE = (title: string) =>
  `\n---\ntitle: '${title}'\ncategories: \n - 科技\n - 测试站\n - 快讯\nauthor: 测试站\ncomments: false\ndate: Tue, 16 Nov 2021 07:30:12 GMT\n---\n\n<div>   \n<p>正文</p>  \n</div>\n            `;

describe('archive tree', () => {
  const created: vscode.Uri[] = [];
  afterEach(async () => {
    await closeAllEditors();
    await Promise.all(created.splice(0).map(removeFile));
    await vscode.commands.executeCommand('newsArchive.clearFilter');
  });

  it('nests the seed three deep by category, with its title, date, author and file URI', async () => {
    const t = await readyTree();
    const roots = t.provider.getChildren().map((n) => label(t.provider.getTreeItem(n)));
    assert.deepStrictEqual(roots.slice(0, 2), ['金融', '新浪财经']);
    assert.strictEqual(roots[roots.length - 1], '(no category)');
    const feed = childByLabel(t, childByLabel(t, childByLabel(t, undefined, '金融'), '新浪财经'), '新浪财经－国內');
    const [seed] = t.provider.getChildren(feed);
    const item = t.provider.getTreeItem(seed);
    assert.strictEqual(label(item), '北京力争率先建成高水平人才高地！蔡奇在市委人才工作会议上部署重点任务');
    assert.strictEqual(item.description, `${localTime('2021-11-15T23:46:59Z')} · 新浪财经`);
    assert.strictEqual(item.resourceUri?.toString(), workspaceUri(SEED).toString());
    assert.strictEqual(item.iconPath, vscode.ThemeIcon.File);
    assert.strictEqual(item.contextValue, 'newsArchive.article');
    assert.strictEqual(t.provider.getParent(seed), feed);
    // Markdown-escaped text: spaces as &nbsp;, punctuation behind backslashes.
    const tooltip = (item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    for (const line of ['Category: 金融 › 新浪财经 › 新浪财经－国內', 'Source: 北京日报·识政', `Path: ${workspaceUri(SEED).fsPath}`, 'Problems: ']) {
      assert.ok(tooltip.includes(line), `${line} in ${tooltip}`);
    }
    assert.match(t.statusBar.text, /^\$\(book\) \d+ articles · \d+ problems?$/);
  });

  it('gives never-opened articles with problems a badge from the index', async () => {
    const t = await readyTree();
    const uri = workspaceUri('future-date.md');
    await waitFor('problem counts', () => (t.service.index.get(uri.fsPath)?.problems ? true : undefined), t.service.onDidChangeEntries, 30_000);
    // The badge counts every problem check counts, the archive-wide rules' included.
    await t.service.archiveCountsSettled();
    const entry = t.service.index.get(uri.fsPath);
    const counts = entry && entryCounts(entry, t.service.archiveCounts);
    assert.ok(counts && counts.errors + counts.warnings > 0, 'future-date.md has problems');
    const decoration = t.decorations.provideFileDecoration(uri);
    if (!vscode.languages.getDiagnostics(uri).some(fromFileRules)) {
      assert.ok(decoration, 'a badge for a file VS Code has no diagnostics for');
      assert.strictEqual(decoration.badge, String(counts.errors + counts.warnings));
      assert.ok(decoration.color instanceof vscode.ThemeColor);
    } else {
      assert.strictEqual(decoration, undefined, "VS Code's own problem decoration speaks for files with diagnostics");
    }
    // The group shows how many of its articles have problems.
    const group = childByLabel(t, undefined, '金融');
    assert.match(String(t.provider.getTreeItem(group).description), /^\d+ · \d+ with problems$/);
  });

  it('badges a never-opened article with problems even when the archive-wide rules have published on it', async function () {
    this.timeout(60_000);
    // An invalid date (an error of the per-file rules) and a category spelt unlike the seeds'
    // 新浪财经－滚动 (an info of the archive-wide vocabulary rule, published without opening it).
    const t = await readyTree();
    await openFile(SEED); // an open article starts the archive-wide rules
    const uri = await writeFile('tree-badge.md', NEW_ARTICLE('徽标').replace(' - 科技', ' - 徽标测试').replace(' - 快讯', ' - 新浪财经－滾动').replace(/^date: .*$/m, 'date: 不是日期'));
    created.push(uri);
    await waitFor('problem counts', () => (t.service.index.get(uri.fsPath)?.problems ? true : undefined), t.service.onDidChangeEntries, 30_000);
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'vocabulary-variant'), 30_000);
    assert.ok(!vscode.languages.getDiagnostics(uri).some(fromFileRules), 'the per-file rules have not published on a file never opened');
    await t.service.archiveCountsSettled();
    const counts = entryCounts(t.service.index.get(uri.fsPath)!, t.service.archiveCounts)!;
    assert.ok(counts.byRule.some(([rule]) => rule === 'vocabulary-variant'), 'the index counts the archive-wide problem');
    assert.ok(counts.errors >= 1, `${counts.errors} errors counted`);
    const decoration = t.decorations.provideFileDecoration(uri);
    assert.ok(decoration, 'a badge from the index');
    assert.strictEqual(decoration.badge, String(counts.errors + counts.warnings));
    assert.deepStrictEqual(decoration.color, new vscode.ThemeColor('list.errorForeground'));
    // Opened, the per-file diagnostics speak for it and VS Code's own decoration takes over.
    await vscode.window.showTextDocument(uri);
    await waitForDiagnostics(uri, (d) => d.some(fromFileRules));
    assert.strictEqual(t.decorations.provideFileDecoration(uri), undefined);
  });

  it('follows an article being created, changed and deleted', async () => {
    const t = await readyTree();
    const labels = () => t.provider.getChildren().map((n) => label(t.provider.getTreeItem(n)));
    const uri = await writeFile('tree-new-article.md', NEW_ARTICLE('新建的文章'));
    created.push(uri);
    await waitFor('the new category', () => (labels().includes('科技') ? true : undefined), t.provider.onDidChangeTreeData);
    const feed = () => childByLabel(t, childByLabel(t, childByLabel(t, undefined, '科技'), '测试站'), '快讯');
    assert.deepStrictEqual(t.provider.getChildren(feed()).map((n) => label(t.provider.getTreeItem(n))), ['新建的文章']);

    await writeFile('tree-new-article.md', NEW_ARTICLE('改过的标题'));
    await waitFor('the new title', () => (label(t.provider.getTreeItem(t.provider.getChildren(feed())[0])) === '改过的标题' ? true : undefined), t.provider.onDidChangeTreeData);

    await removeFile(uri);
    await waitFor('the category to go', () => (labels().includes('科技') ? undefined : true), t.provider.onDidChangeTreeData);
  });

  it('follows edits to an open article before it is saved', async () => {
    const t = await readyTree();
    // The edit must stay unsaved until the revert, however busy the host is.
    await withoutAutoSave(() => editUnsaved(t));
  });

  async function editUnsaved(t: TreeApi): Promise<void> {
    const uri = await writeFile('tree-edited.md', NEW_ARTICLE('编辑前'));
    created.push(uri);
    await waitFor('the article', () => (t.service.index.get(uri.fsPath) ? true : undefined), t.service.onDidChangeEntries);
    const editor = await vscode.window.showTextDocument(uri);
    const line = editor.document.lineAt(2);
    await editor.edit((b) => b.replace(line.range, "title: '编辑后'"));
    await waitFor('the edited title', () => (t.service.index.get(uri.fsPath)?.title === '编辑后' ? true : undefined), t.service.onDidChangeEntries);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the title on disk', () => (t.service.index.get(uri.fsPath)?.title === '编辑前' ? true : undefined), t.service.onDidChangeEntries);
  }

  it('opens the file when an item is clicked', async () => {
    const t = await readyTree();
    const feed = childByLabel(t, childByLabel(t, childByLabel(t, undefined, '金融'), '新浪财经'), '新浪财经－国內');
    const command = t.provider.getTreeItem(t.provider.getChildren(feed)[0]).command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    await waitFor('the editor', () => (vscode.window.activeTextEditor?.document.uri.toString() === workspaceUri(SEED).toString() ? true : undefined), vscode.window.onDidChangeActiveTextEditor);
  });

  it('shows the filter in the view message and clears it', async () => {
    const t = await readyTree();
    await vscode.commands.executeCommand('newsArchive.filter', 'XSS');
    await waitFor('the filter message', () => (t.view.message?.includes('"XSS"') ? true : undefined), undefined);
    assert.match(t.view.message ?? '', /: 1 of \d+ articles/);
    assert.deepStrictEqual(t.provider.getChildren().map((n) => label(t.provider.getTreeItem(n))), ['金融']);
    await vscode.commands.executeCommand('newsArchive.clearFilter');
    await waitFor('no message', () => (t.view.message === undefined ? true : undefined), undefined);
  });

  it("opens the groups of a filter's results, down to the articles", async () => {
    const t = await readyTree();
    await vscode.commands.executeCommand('newsArchive.filter', 'XSS');
    await waitFor('the filter', () => (t.provider.tree.options.filter.text === 'XSS' ? true : undefined), undefined);
    let node: TreeNode | undefined;
    const states: vscode.TreeItemCollapsibleState[] = [];
    for (let kids = t.provider.getChildren(); kids.length && kids[0].kind === 'group'; kids = t.provider.getChildren(node)) {
      node = kids[0];
      states.push(t.provider.getTreeItem(node).collapsibleState!);
    }
    assert.deepStrictEqual(states, [1, 1, 1].map(() => vscode.TreeItemCollapsibleState.Expanded));
    assert.strictEqual(t.provider.getChildren(node)[0].kind, 'article');
    // Unfiltered, groups are closed again (under their own ids, so VS Code's memory of the open
    // ones does not keep them open).
    await vscode.commands.executeCommand('newsArchive.clearFilter');
    const root = t.provider.getTreeItem(t.provider.getChildren()[0]);
    assert.strictEqual(root.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.strictEqual(root.id, t.provider.getChildren()[0].id);
    // A filter matching more than a screenful leaves them closed.
    await vscode.commands.executeCommand('newsArchive.toggleProblemsOnly');
    const many = t.provider.tree.count > EXPAND_FILTERED_LIMIT;
    assert.strictEqual(t.provider.groupsExpanded, !many);
    await vscode.commands.executeCommand('newsArchive.clearFilter');
  });

  it("searches the articles' text when the filter asks for it", async () => {
    const t = await readyTree();
    const uri = await writeFile('tree-body-search.md', NEW_ARTICLE('正文搜索').replace(' - 科技', ' - 正文搜索测试').replace('<p>正文</p>', '<p>只在<b>正文</b>里的独特词语</p>'));
    created.push(uri);
    await waitFor('the article', () => (t.service.index.get(uri.fsPath) ? true : undefined), t.service.onDidChangeEntries);
    const shown = () => t.provider.tree.count;
    await vscode.commands.executeCommand('newsArchive.filter', '正文里的独特', { body: false });
    assert.strictEqual(shown(), 0);
    assert.match(t.view.message ?? '', /^Articles whose title or author contains "正文里的独特": 0 of/);
    // The command resolves once the body search has been added to the filter.
    await vscode.commands.executeCommand('newsArchive.filter', '正文里的独特', { body: true });
    assert.strictEqual(shown(), 1);
    assert.deepStrictEqual([...t.provider.tree.options.filter.inBody ?? []], [uri.fsPath]);
    await waitFor('the message', () => (/^Articles whose title, author or text contains "正文里的独特": 1 of \d+ articles\. To show all, use Clear Article Filter/.test(t.view.message ?? '') ? true : undefined), undefined);
    // Titles still match at once; the option stays on for the next filter.
    await vscode.commands.executeCommand('newsArchive.filter', '正文搜索');
    assert.strictEqual(t.provider.tree.options.filter.body, true);
    assert.strictEqual(shown(), 1);
  });

  it('groups by date when asked, newest year first', async () => {
    const t = await readyTree();
    await vscode.commands.executeCommand('newsArchive.groupByDate');
    try {
      await waitFor('date groups', () => (t.provider.tree.options.groupBy === 'date' ? true : undefined), undefined);
      const years = t.provider.getChildren().map((n) => label(t.provider.getTreeItem(n)));
      assert.deepStrictEqual(years, ['2091', '2021', '(no date)']);
    } finally {
      await vscode.workspace.getConfiguration('newsArchive').update('tree.groupBy', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('reveals the active article when the view opens', async () => {
    const t = await readyTree();
    await vscode.commands.executeCommand('workbench.view.explorer');
    await waitFor('the view hidden', () => (t.view.visible ? undefined : true), t.view.onDidChangeVisibility);
    await openFile('bom.md'); // not followed while the view is hidden
    await vscode.commands.executeCommand('newsArchive.focusArticles');
    await waitFor('the selection', () => (t.view.selection[0]?.id === `a:${workspaceUri('bom.md').fsPath}` ? true : undefined), t.view.onDidChangeSelection);
  });

  it('sets the context keys that tick the current grouping and order in the view menu', async () => {
    const t = await readyTree();
    const keys = () => t.viewState.context;
    try {
      await vscode.commands.executeCommand('newsArchive.groupByAuthor');
      await waitFor('groupBy author', () => (keys()?.['newsArchive.tree.groupBy'] === 'author' ? true : undefined), t.provider.onDidChangeModel);
      await vscode.commands.executeCommand('newsArchive.sortByTitle');
      await waitFor('sortBy title', () => (keys()?.['newsArchive.tree.sortBy'] === 'title' ? true : undefined), t.provider.onDidChangeModel);
      // The ticked entry runs too, and keeps the choice.
      await vscode.commands.executeCommand('newsArchive.tree.groupByAuthor.current');
      assert.strictEqual(vscode.workspace.getConfiguration('newsArchive').get('tree.groupBy'), 'author');
      assert.strictEqual(keys()?.['newsArchive.tree.groupBy'], 'author');
    } finally {
      await vscode.commands.executeCommand('newsArchive.groupByCategory');
      await vscode.commands.executeCommand('newsArchive.sortByDate');
    }
    await waitFor('the defaults', () => (keys()?.['newsArchive.tree.groupBy'] === 'category' && keys()?.['newsArchive.tree.sortBy'] === 'date' ? true : undefined), t.provider.onDidChangeModel);
  });

  it('reveals the active article', async () => {
    const t = await readyTree();
    await openFile('crlf.md');
    await vscode.commands.executeCommand('newsArchive.revealActiveArticle');
    await waitFor('the selection', () => (t.view.selection[0]?.id === `a:${workspaceUri('crlf.md').fsPath}` ? true : undefined), t.view.onDidChangeSelection);
  });

  it('reveals the active article in the new grouping when the tree is rebuilt during the reveal', async () => {
    const t = await readyTree();
    const config = vscode.workspace.getConfiguration('newsArchive');
    // Only the command reveals: opening the file does not.
    await config.update('tree.revealActiveArticle', false, vscode.ConfigurationTarget.Workspace);
    try {
      await openFile('zoneless-date.md');
      const id = `a:${workspaceUri('zoneless-date.md').fsPath}`;
      assert.notStrictEqual(t.view.selection[0]?.id, id);
      const revealed = vscode.commands.executeCommand('newsArchive.revealActiveArticle');
      // While VS Code walks to the node of the category grouping, the tree becomes the date grouping.
      t.provider.setOptions({ groupBy: 'date' });
      await revealed;
      const node = await waitFor('the selection', () => (t.view.selection[0]?.id === id ? t.view.selection[0] : undefined), t.view.onDidChangeSelection);
      const parent = t.provider.getParent(node);
      assert.strictEqual(parent?.kind === 'group' ? parent.groupBy : undefined, 'date');
    } finally {
      t.provider.setOptions({ groupBy: 'category' });
      await config.update('tree.revealActiveArticle', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
