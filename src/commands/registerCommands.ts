/** The commands that act on articles: fix all in a file or the archive, validate the archive, clean an article. */
import * as vscode from 'vscode';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { ArticleDiagnostics } from '../diagnostics/articleDiagnostics';
import { ArticleDocuments } from '../documents/articleDocuments';
import type { ArchiveTreeApi } from '../tree/registerArchiveTree';
import { cleanArticle } from './cleanArticle';
import { ValidationApi, ValidationCommands } from './validationCommands';

export function registerCommands(
  context: vscode.ExtensionContext, articles: ArticleDocuments, diagnostics: ArticleDiagnostics, configs: ArchiveConfigs, archiveTree: ArchiveTreeApi,
): ValidationApi {
  const commands = new ValidationCommands(articles, diagnostics, configs, archiveTree, context.extensionUri);
  context.subscriptions.push(
    commands,
    vscode.commands.registerCommand('newsArchive.fixAllInFile', () => commands.fixAllInFile()),
    vscode.commands.registerCommand('newsArchive.validateArchive', () => commands.validateArchive()),
    vscode.commands.registerCommand('newsArchive.fixAllInArchive', () => commands.fixAllInArchive()),
    vscode.commands.registerCommand('newsArchive.cleanArticle', () => cleanArticle(articles, configs)),
  );
  return commands;
}
