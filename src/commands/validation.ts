/** Wires validation into VS Code: configuration, live diagnostics, code actions and commands. */
import * as vscode from 'vscode';
import { ArticleDocuments } from '../articleDocuments';
import { registerCodeActions } from '../codeActions';
import { ArticleDiagnostics } from '../diagnostics';
import { ValidationCommands } from './validationCommands';
import { ArchiveConfigs } from './validationConfig';

export function registerValidation(context: vscode.ExtensionContext, articles: ArticleDocuments): ArticleDiagnostics {
  const output = vscode.window.createOutputChannel('News Archive Validation', { log: true });
  const configs = new ArchiveConfigs(output);
  const diagnostics = new ArticleDiagnostics(articles, configs, context.extensionUri);
  const commands = new ValidationCommands(articles, diagnostics, configs, context.extensionUri);
  context.subscriptions.push(
    output,
    configs,
    diagnostics,
    vscode.commands.registerCommand('newsArchive.fixAllInFile', () => commands.fixAllInFile()),
    vscode.commands.registerCommand('newsArchive.validateArchive', () => commands.validateArchive()),
    vscode.commands.registerCommand('newsArchive.fixAllInArchive', () => commands.fixAllInArchive()),
  );
  registerCodeActions(context, diagnostics, configs);
  return diagnostics;
}
