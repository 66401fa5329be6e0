/**
 * Archive hygiene in the editor: the model of every article's vocabulary and duplicate sketch,
 * the `duplicate-article` and `vocabulary-variant` diagnostics with their quick fixes, and the
 * commands (show/compare duplicates, rename a value across the archive, the stats dashboard).
 * The archive is first read when an article is opened, a hygiene command runs or the index starts.
 */
import * as vscode from 'vscode';
import { ARTICLE_SELECTOR, ArticleDocuments } from '../documents/articleDocuments';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { ARCHIVE_CONFIG_FILE } from '../core/config/archiveConfig';
import { hygieneSettings } from '../core/hygiene/hygieneConfig';
import { ArchiveIndexService } from '../index/archiveIndexService';
import { compareDuplicatesCommand, showDuplicatesCommand } from './compareDuplicates';
import { HygieneApi, hygieneApi } from './hygieneApi';
import { DuplicateActions, REVEAL_DUPLICATES, revealDuplicatesCommand } from './duplicateActions';
import { DUPLICATES_VIEW, DuplicatesNode, DuplicatesTreeProvider, SHOW_MORE_DUPLICATES } from './duplicatesTree';
import { HygieneDiagnostics } from './hygieneDiagnostics';
import { HygieneModel } from './hygieneModel';
import { renameValueCommand } from './renameValue';
import { STATS_VIEW_TYPE, StatsPanel } from './statsPanel';
import { VocabularyFixes } from './vocabularyFixes';

export function registerHygiene(context: vscode.ExtensionContext, articles: ArticleDocuments, index: ArchiveIndexService, configs: ArchiveConfigs): HygieneApi {
  const model = new HygieneModel(index);
  index.countArchiveWideWith(() => model.settled());
  // The rules are archive-wide, so the archive root's `.newsarchive.json` (the first folder's)
  // holds their settings; its mistakes are diagnostics on that file (configDiagnostics.ts).
  const loadSettings = async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return;
    const settings = hygieneSettings(await configs.forUri(vscode.Uri.joinPath(folder.uri, ARCHIVE_CONFIG_FILE)));
    model.setSettings(settings);
  };
  void loadSettings();
  context.subscriptions.push(configs.onDidChange(() => void loadSettings()));
  const diagnostics = new HygieneDiagnostics(model, context.extensionUri);
  const duplicates = new DuplicatesTreeProvider(model);
  const duplicatesView = vscode.window.createTreeView(DUPLICATES_VIEW, { treeDataProvider: duplicates, showCollapseAll: true });
  context.subscriptions.push(
    model,
    diagnostics,
    duplicates,
    duplicatesView,
    vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTOR, new DuplicateActions(model), { providedCodeActionKinds: DuplicateActions.kinds }),
    vscode.commands.registerCommand(SHOW_MORE_DUPLICATES, (node: unknown) => {
      if (typeof node === 'object' && node !== null && (node as { kind?: unknown }).kind === 'duplicateMore') duplicates.showMore(node as DuplicatesNode);
    }),
    vscode.commands.registerCommand(REVEAL_DUPLICATES, (arg?: unknown) => revealDuplicatesCommand(model, duplicates, duplicatesView, arg)),
    vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTOR, new VocabularyFixes(articles, model), { providedCodeActionKinds: VocabularyFixes.kinds }),
    vscode.commands.registerCommand('newsArchive.showDuplicates', () => showDuplicatesCommand(model)),
    vscode.commands.registerCommand('newsArchive.compareDuplicates', (a?: unknown, b?: unknown) => compareDuplicatesCommand(model, a, b)),
    vscode.commands.registerCommand('newsArchive.renameValue', (arg?: unknown) => renameValueCommand(model, arg)),
    vscode.commands.registerCommand('newsArchive.showStats', () => StatsPanel.show(model, index, context.extensionUri)),
    vscode.window.registerWebviewPanelSerializer(STATS_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => StatsPanel.revive(panel, model, index, context.extensionUri),
    }),
  );
  const startWhenAnArticleOpens = (d: vscode.TextDocument) => {
    if (!model.started && articles.isArticle(d)) void model.ready();
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(startWhenAnArticleOpens));
  vscode.workspace.textDocuments.forEach(startWhenAnArticleOpens);
  // The index counts the archive-wide rules' problems with each file's own, as check does
  // (issue 14): once the index is read, so are the findings (the sketches come from the same pass).
  const startWithTheIndex = () => {
    if (!model.started && index.state.kind !== 'idle') void model.ready();
  };
  context.subscriptions.push(index.onDidChangeState(startWithTheIndex));
  startWithTheIndex();
  return hygieneApi(model);
}
