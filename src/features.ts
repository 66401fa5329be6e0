/**
 * Every feature, wired once for both builds: `src/extension.ts` (Node) and
 * `src/web/extension.ts` (the browser) call this with their platform, then register the
 * commands (src/commands is imported by the entry points only). Activation only wires
 * things up; the scan starts after it (see the Articles view).
 */
import * as vscode from 'vscode';
import { registerCodeActions } from './codeActions/articleCodeActions';
import { ArchiveConfigs } from './config/archiveConfigs';
import { ArticleDiagnostics } from './diagnostics/articleDiagnostics';
import { ConfigDiagnostics } from './diagnostics/configDiagnostics';
import { ArticleDocuments } from './documents/articleDocuments';
import { registerFrontMatterOutline } from './outline/frontMatterOutline';
import { HygieneApi } from './hygiene/hygieneApi';
import { registerHygiene } from './hygiene/registerHygiene';
import type { ArchivePlatform } from './index/archivePlatform';
import { PreviewApi } from './preview/previewApi';
import { registerPreview } from './preview/registerPreview';
import { ArchiveTreeApi, registerArchiveTree } from './tree/registerArchiveTree';

/** What both builds return from `activate` (the integration tests read it). */
export interface FeaturesApi {
  /** Which build this is: 'web' in the browser's extension host. */
  readonly platform: ArchivePlatform['kind'];
  /** Which open documents are articles (used by the integration tests). */
  readonly articles: ArticleDocuments;
  /** What the article preview's webview rendered: VS Code has no API to read a webview's DOM. */
  readonly preview: PreviewApi;
  /** The rename edit before the refactor preview, which the tests' web host cannot show. */
  readonly hygiene: HygieneApi;
  /** The archive index and the Articles view's provider: tree items are not readable through VS Code's API. */
  readonly archiveTree: ArchiveTreeApi;
  /** The pieces the entry point hands to the commands (src/commands is the entry points' alone). */
  readonly diagnostics: ArticleDiagnostics;
  readonly configs: ArchiveConfigs;
}

export function activateFeatures(context: vscode.ExtensionContext, platform: ArchivePlatform): FeaturesApi {
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
  // Archive-wide work runs where the platform says (worker threads in Node, slices of this thread in the browser).
  context.subscriptions.push(platform.jobs);
  const archiveTree = registerArchiveTree(context, platform, configs, diagnostics);
  const preview = registerPreview(context, articles, configs, platform.access);
  const hygiene = registerHygiene(context, articles, archiveTree.service, configs);
  return { platform: platform.kind, articles, preview, hygiene, archiveTree, diagnostics, configs };
}

/** Shows why activation failed, with what to do, and fails activation. */
export function startFailed(e: unknown): never {
  void vscode.window.showErrorMessage(
    vscode.l10n.t('News Archive Editor could not start: {0}. Reload the window; if it persists, report it with the "News Archive" output.', e instanceof Error ? e.message : String(e)),
  );
  throw e;
}
