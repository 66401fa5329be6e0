/**
 * Wires the archive tree: the index service, the Articles view (with its filter message,
 * reveal of the active article and welcome content), the status bar item, the problem
 * decorations and every tree command.
 */
import * as vscode from 'vscode';
import { NO_FILTER } from '../core/tree/archiveFilter';
import { GroupBy, SortBy } from '../core/tree/archiveGroups';
import { DEFAULT_TREE_OPTIONS, TreeNode } from '../core/tree/archiveTree';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { readConfig, SECTION } from '../config/settings';
import type { ArticleDiagnostics } from '../diagnostics/articleDiagnostics';
import { ArchiveIndexService } from '../index/archiveIndexService';
import type { ArchivePlatform } from '../index/archivePlatform';
import { isArchiveUri } from '../util/archiveUris';
import { ArchiveStatusBar } from './archiveStatusBar';
import { ArticleTreeProvider } from './articleTreeProvider';
import { articleUri } from './articleTreeItems';
import { ArticleFilterer, askFilter, bodyOption } from './articleFilter';
import { ProblemDecorations } from './problemDecorations';
import { ArticlesViewState } from './articlesViewState';

export interface ArchiveTreeApi {
  readonly service: ArchiveIndexService;
  readonly provider: ArticleTreeProvider;
  readonly view: vscode.TreeView<TreeNode>;
  readonly statusBar: ArchiveStatusBar;
  readonly decorations: ProblemDecorations;
  readonly viewState: ArticlesViewState;
}

/** Reveals of one article before the last one stands, however the model keeps changing. */
const MAX_REVEALS = 5;

/** Minutes east of UTC here: date groups and descriptions follow the user's clock. */
function localOffset(): number {
  return -new Date().getTimezoneOffset();
}

function uriOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'object' && arg !== null && (arg as TreeNode).kind === 'article') return articleUri((arg as { entry: Parameters<typeof articleUri>[0] }).entry);
  return vscode.window.activeTextEditor?.document.uri;
}

/** The per-file rules' diagnostics of a file are shown when `diagnostics.collection` has it (src/diagnostics/articleDiagnostics.ts). */
export function registerArchiveTree(context: vscode.ExtensionContext, platform: ArchivePlatform, configs: ArchiveConfigs, diagnostics: ArticleDiagnostics): ArchiveTreeApi {
  const published = (uri: vscode.Uri): boolean => diagnostics.collection.has(uri);
  const service = new ArchiveIndexService(platform, configs, diagnostics);
  const settings = readConfig();
  const provider = new ArticleTreeProvider(service, {
    ...DEFAULT_TREE_OPTIONS, groupBy: settings.treeGroupBy, sortBy: settings.treeSortBy, utcOffsetMinutes: localOffset(),
  });
  const view = vscode.window.createTreeView('newsArchive.articles', { treeDataProvider: provider, showCollapseAll: true });
  const statusBar = new ArchiveStatusBar(service);
  const decorations = new ProblemDecorations(service, published);
  const viewState = new ArticlesViewState(view, provider, service);
  context.subscriptions.push(service, provider, view, statusBar, decorations, viewState, vscode.window.registerFileDecorationProvider(decorations));

  const setSetting = (key: string, value: string) => {
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    return vscode.workspace.getConfiguration(SECTION).update(key, value, target);
  };
  const groupBy = (g: GroupBy) => () => setSetting('tree.groupBy', g);
  const sortBy = (s: SortBy) => () => setSetting('tree.sortBy', s);
  const reveal = async (uri: vscode.Uri | undefined, focus: boolean) => {
    if (!uri || !isArchiveUri(uri)) return;
    service.start();
    // The model can change while VS Code walks to the node (entries from the scan or from the
    // open article's diagnostics, a rebuild): the node then belongs to the model before, and the
    // reveal selects nothing (VS Code logs the error and resolves). The workbench can also reload
    // the view's items meanwhile (as it does when the view becomes visible), which selects nothing
    // either. Reveal again, from the model now, until a reveal selected the article on a model
    // that did not change (or a few tries: a scan of 50,000 files changes it all the time).
    for (let attempt = 1; ; attempt++) {
      const revision = provider.revision;
      const node = provider.nodeToReveal(uri.fsPath);
      if (!node) {
        if (focus) void vscode.window.showInformationMessage(vscode.l10n.t('This file is not in the Articles view: it is not an archive article, or the filter hides it.'));
        return;
      }
      await view.reveal(node, { select: true, focus, expand: false });
      const selected = view.selection.some((n) => n.id === node.id);
      if ((selected && provider.revision === revision) || attempt >= MAX_REVEALS) return;
    }
  };

  const register = (id: string, fn: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  register('newsArchive.refreshIndex', () => service.rescan());
  register('newsArchive.groupByCategory', groupBy('category'));
  register('newsArchive.groupByDate', groupBy('date'));
  register('newsArchive.groupBySource', groupBy('source'));
  register('newsArchive.groupByAuthor', groupBy('author'));
  register('newsArchive.sortByDate', sortBy('date'));
  register('newsArchive.sortByTitle', sortBy('title'));
  // The `…` menu shows these, titled "✓ …", in place of the current choice: VS Code's `toggled`
  // menu state is not open to extensions' commands (1.100), so the check mark is in the title.
  for (const g of ['Category', 'Date', 'Source', 'Author'] as const) register(`newsArchive.tree.groupBy${g}.current`, groupBy(g.toLowerCase() as GroupBy));
  for (const o of ['Date', 'Title'] as const) register(`newsArchive.tree.sortBy${o}.current`, sortBy(o.toLowerCase() as SortBy));
  const filterer = new ArticleFilterer(provider, service);
  context.subscriptions.push(filterer);
  // (text, { body }) from tests and keybindings; the input otherwise.
  register('newsArchive.filter', async (text?: unknown, options?: unknown) => {
    const current = provider.tree.options.filter;
    const request = typeof text === 'string' ? { text, body: bodyOption(options) ?? !!current.body } : await askFilter(current);
    if (request) await filterer.apply(request);
  });
  register('newsArchive.clearFilter', () => {
    filterer.cancel();
    provider.setOptions({ filter: NO_FILTER });
  });
  register('newsArchive.toggleProblemsOnly', () => {
    const f = provider.tree.options.filter;
    provider.setOptions({ filter: { ...f, problemsOnly: !f.problemsOnly } });
  });
  register('newsArchive.revealActiveArticle', () => reveal(vscode.window.activeTextEditor?.document.uri, true));
  register('newsArchive.focusArticles', () => vscode.commands.executeCommand('newsArchive.articles.focus'));
  register('newsArchive.tree.open', (arg) => {
    const uri = uriOf(arg);
    return uri && vscode.commands.executeCommand('vscode.open', uri);
  });
  register('newsArchive.tree.openPreview', (arg) => vscode.commands.executeCommand('newsArchive.openPreview', uriOf(arg)));
  register('newsArchive.tree.revealInExplorer', (arg) => vscode.commands.executeCommand('revealInExplorer', uriOf(arg)));
  register('newsArchive.tree.copyPath', (arg) => {
    const uri = uriOf(arg);
    return uri && vscode.env.clipboard.writeText(uri.fsPath);
  });
  // Validation acts on the active editor: show the article first, then run it there.
  register('newsArchive.tree.validate', async (arg) => {
    const uri = uriOf(arg);
    if (!uri) return;
    await vscode.window.showTextDocument(uri, { preview: true });
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  register('newsArchive.tree.fixAll', async (arg) => {
    const uri = uriOf(arg);
    if (!uri) return;
    await vscode.window.showTextDocument(uri, { preview: true });
    await vscode.commands.executeCommand('newsArchive.fixAllInFile', uri);
  });
  register('newsArchive.tree.showMore', (arg) => {
    if (typeof arg === 'object' && arg !== null && (arg as TreeNode).kind === 'more') provider.showMore(arg as TreeNode);
  });

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.tree.groupBy`) || e.affectsConfiguration(`${SECTION}.tree.sortBy`)) {
        const c = readConfig();
        provider.setOptions({ groupBy: c.treeGroupBy, sortBy: c.treeSortBy });
      }
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      // Following the editor is a courtesy: an article deleted meanwhile is simply not revealed.
      if (editor && view.visible && readConfig(editor.document.uri).treeRevealActiveArticle) reveal(editor.document.uri, false).catch(() => undefined);
    }),
    view.onDidChangeVisibility((e) => {
      if (!e.visible) return;
      service.start();
      revealWhenReady();
    }),
  );
  // When the view opens, it shows the article being edited, once the index can place it.
  let waiting: vscode.Disposable | undefined;
  const revealWhenReady = () => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (!uri || !readConfig(uri).treeRevealActiveArticle) return;
    waiting?.dispose();
    waiting = undefined;
    if (service.state.kind === 'ready') {
      reveal(uri, false).catch(() => undefined);
      return;
    }
    waiting = service.onDidChangeState((state) => {
      if (state.kind !== 'ready') return;
      waiting?.dispose();
      waiting = undefined;
      if (view.visible && vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) reveal(uri, false).catch(() => undefined);
    });
  };
  context.subscriptions.push({ dispose: () => waiting?.dispose() });
  if (view.visible) revealWhenReady();
  // The index is built in the background once activation is over; it never blocks activation,
  // and the archive workers do the reading, so it need not wait for the workbench to settle.
  const startLater = setTimeout(() => {
    if (vscode.workspace.workspaceFolders?.length) service.start();
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(startLater) });
  return { service, provider, view, statusBar, decorations, viewState };
}
