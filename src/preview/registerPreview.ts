/** Wires the article preview into VS Code: its commands and the panel serializer. */
import * as vscode from 'vscode';
import type { FileAccess } from '../core/files/fileAccess';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { ArticleDocuments } from '../documents/articleDocuments';
import { PREVIEW_VIEW_TYPE } from './articlePreview';
import { PreviewManager } from './previewManager';

function uriArgument(arg: unknown): vscode.Uri | undefined {
  return arg instanceof vscode.Uri ? arg : undefined;
}

export function registerPreview(context: vscode.ExtensionContext, articles: ArticleDocuments, configs: ArchiveConfigs, access: FileAccess): PreviewManager {
  const manager = new PreviewManager(context.extensionUri, articles, configs, access);
  context.subscriptions.push(
    manager,
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
    vscode.commands.registerCommand('newsArchive.openPreview', (arg: unknown) => manager.open(uriArgument(arg), false)),
    vscode.commands.registerCommand('newsArchive.openPreviewToSide', (arg: unknown) => manager.open(uriArgument(arg), true)),
    vscode.commands.registerCommand('newsArchive.togglePreviewLock', () => manager.toggleLock()),
    vscode.commands.registerCommand('newsArchive.preview.loadImages', () => manager.loadImages()),
    vscode.commands.registerCommand('newsArchive.preview.blockImages', () => manager.blockImages()),
  );
  return manager;
}
