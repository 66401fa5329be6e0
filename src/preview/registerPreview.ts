/**
 * Wires the article preview and Clean Article into VS Code: commands, the panel serializer, and
 * the shared cache of `.newsarchive.json` clean selectors.
 */
import * as vscode from 'vscode';
import { ArticleDocuments } from '../articleDocuments';
import { cleanArticle } from '../commands/cleanArticle';
import { PREVIEW_VIEW_TYPE } from './articlePreview';
import { CleanSelectorsCache } from './cleanSelectors';
import { PreviewManager } from './previewManager';

function uriArgument(arg: unknown): vscode.Uri | undefined {
  return arg instanceof vscode.Uri ? arg : undefined;
}

export function registerPreview(context: vscode.ExtensionContext, articles: ArticleDocuments): PreviewManager {
  const selectors = new CleanSelectorsCache();
  const manager = new PreviewManager(context.extensionUri, articles, selectors);
  context.subscriptions.push(
    selectors,
    manager,
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
    vscode.commands.registerCommand('newsArchive.openPreview', (arg: unknown) => manager.open(uriArgument(arg), false)),
    vscode.commands.registerCommand('newsArchive.openPreviewToSide', (arg: unknown) => manager.open(uriArgument(arg), true)),
    vscode.commands.registerCommand('newsArchive.togglePreviewLock', () => manager.toggleLock()),
    vscode.commands.registerCommand('newsArchive.preview.loadImages', () => manager.loadImages()),
    vscode.commands.registerCommand('newsArchive.cleanArticle', () => cleanArticle(articles, selectors)),
  );
  return manager;
}
