/**
 * Entry point. Activation only wires things up: no file is read and no workspace is scanned
 * here; every feature does its work when an article is opened or the user asks.
 */
import * as vscode from 'vscode';
import { registerCodeActions } from './codeActions/articleCodeActions';
import { registerCommands } from './commands/registerCommands';
import type { ValidationApi } from './commands/validationCommands';
import { WorkbenchProbe } from './util/workbenchProbe';
import { ArchiveConfigs } from './config/archiveConfigs';
import { ArticleDiagnostics } from './diagnostics/articleDiagnostics';
import { ConfigDiagnostics } from './diagnostics/configDiagnostics';
import { ArticleDocuments } from './documents/articleDocuments';
import { registerFrontMatterOutline } from './outline/frontMatterOutline';
import { HygieneApi } from './hygiene/hygieneApi';
import { ArchiveWorkers } from './index/archiveWorkers';
import { registerHygiene } from './hygiene/registerHygiene';
import { PreviewApi } from './preview/previewApi';
import { registerPreview } from './preview/registerPreview';
import { ArchiveTreeApi, registerArchiveTree } from './tree/registerArchiveTree';

export interface NewsArchiveApi {
  /** Which open documents are articles (used by the integration tests). */
  readonly articles: ArticleDocuments;
  /** What the article preview's webview rendered: VS Code has no API to read a webview's DOM. */
  readonly preview: PreviewApi;
  /** The rename edit before the refactor preview, which the tests' web host cannot show. */
  readonly hygiene: HygieneApi;
  /** The archive index and the Articles view's provider: tree items are not readable through VS Code's API. */
  readonly archiveTree: ArchiveTreeApi;
  /** Validate Archive's last run (read by the workbench benchmark and the tests). */
  readonly validation: ValidationApi;
  /** The extension host's event-loop delay and memory, for the workbench benchmark. */
  readonly probe: WorkbenchProbe;
}

export function activate(context: vscode.ExtensionContext): NewsArchiveApi {
  try {
    const output = vscode.window.createOutputChannel('News Archive', { log: true });
    // One reader of `.newsarchive.json` for every feature: one watcher, one cache, its problems
    // shown once, as diagnostics on the file.
    const configs = new ArchiveConfigs();
    const configDiagnostics = new ConfigDiagnostics(configs);
    const articles = new ArticleDocuments();
    const diagnostics = new ArticleDiagnostics(articles, configs, context.extensionUri);
    context.subscriptions.push(output, configs, configDiagnostics, articles, diagnostics);
    registerFrontMatterOutline(context, articles);
    registerCodeActions(context, diagnostics, configs);
    // Archive-wide work runs on these threads, never on the extension host's (they start on the first job).
    const workers = new ArchiveWorkers(vscode.Uri.joinPath(context.extensionUri, 'dist', 'archiveWorker.js').fsPath);
    context.subscriptions.push(workers);
    const archiveTree = registerArchiveTree(context, configs, workers, diagnostics);
    const validation = registerCommands(context, articles, diagnostics, configs, archiveTree);
    const probe = new WorkbenchProbe();
    context.subscriptions.push(probe);
    const preview = registerPreview(context, articles, configs);
    const hygiene = registerHygiene(context, articles, archiveTree.service, configs);
    return { articles, preview, hygiene, archiveTree, validation, probe };
  } catch (e) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('News Archive Editor could not start: {0}. Reload the window; if it persists, report it with the "News Archive" output.', e instanceof Error ? e.message : String(e)),
    );
    throw e;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
