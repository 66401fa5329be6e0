/**
 * The article previews: opening them (in place or to the side), following the active article
 * when unlocked, locking, loading images, and reviving them after a window reload.
 */
import * as vscode from 'vscode';
import { ArticleDocuments } from '../documents/articleDocuments';
import { Disposable } from '../util/dispose';
import { ArticlePreview, PREVIEW_VIEW_TYPE, PreviewServices } from './articlePreview';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { isPreviewState } from './messageGuards';
import { RenderedState } from './messages';
import { PreviewApi } from './previewApi';

export class PreviewManager extends Disposable implements vscode.WebviewPanelSerializer, PreviewApi {
  private readonly previews = new Set<ArticlePreview>();
  private lastActive: ArticlePreview | undefined;
  private readonly services: PreviewServices;
  private readonly renderedEmitter = this._register(new vscode.EventEmitter<RenderedState>());
  /** Fires when a webview reports what it rendered (the host tests read the page through this). */
  readonly onDidRender = this.renderedEmitter.event;

  constructor(extensionUri: vscode.Uri, private readonly articles: ArticleDocuments, configs: ArchiveConfigs) {
    super();
    this.services = { extensionUri, articles, configs, imagesAllowed: new Set() };
    this._register(vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && articles.isArticle(editor.document)) {
        for (const p of this.previews) if (!p.locked) p.setResource(editor.document.uri);
      }
    }));
  }

  /** The last rendered state of the preview showing `uri` (for tests), or of the last active one. */
  rendered(uri?: vscode.Uri): RenderedState | undefined {
    const preview = uri ? [...this.previews].find((p) => p.resource.toString() === uri.toString()) : this.lastActive;
    const state = preview?.rendered;
    // A preview just switched to `uri` still holds the previous article's page until it renders.
    return state && (!uri || state.uri === uri.toString()) ? state : undefined;
  }

  open(uri: vscode.Uri | undefined, toSide: boolean): void {
    const resource = uri ?? this.activeArticleUri();
    if (!resource) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an article (a file with front matter) first, then open its preview.'));
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const existing = [...this.previews].find((p) => p.resource.toString() === resource.toString()) ?? [...this.previews].find((p) => !p.locked);
    if (existing) {
      existing.setResource(resource);
      existing.panel.reveal(toSide ? existing.panel.viewColumn : column, toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, '', { viewColumn: column, preserveFocus: toSide }, {
      enableScripts: true,
      enableForms: false,
      localResourceRoots: [vscode.Uri.joinPath(this.services.extensionUri, 'media')],
    });
    this.track(new ArticlePreview(panel, resource, false, 'cleaned', this.services));
  }

  toggleLock(): void {
    const preview = this.activePreview();
    if (!preview) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No article preview is open.'));
      return;
    }
    preview.toggleLock();
    // An unlocked preview follows the active article again.
    const editor = vscode.window.activeTextEditor;
    if (!preview.locked && editor && this.articles.isArticle(editor.document)) preview.setResource(editor.document.uri);
  }

  loadImages(): void {
    const preview = this.activePreview();
    if (preview) preview.loadImages();
    else void vscode.window.showInformationMessage(vscode.l10n.t('No article preview is open.'));
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (!isPreviewState(state)) {
      // Nothing to restore from (an old or empty state): close rather than show a blank page.
      panel.dispose();
      return;
    }
    this.track(new ArticlePreview(panel, vscode.Uri.parse(state.uri), state.locked, state.view, this.services));
  }

  override dispose(): void {
    for (const p of this.previews) p.dispose();
    this.previews.clear();
    super.dispose();
  }

  private track(preview: ArticlePreview): void {
    this.previews.add(preview);
    this.lastActive = preview;
    preview.onDidRender((s) => this.renderedEmitter.fire(s));
    preview.panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) this.lastActive = preview;
    });
    preview.onDidDispose(() => {
      this.previews.delete(preview);
      if (this.lastActive === preview) this.lastActive = undefined;
    });
  }

  private activePreview(): ArticlePreview | undefined {
    return [...this.previews].find((p) => p.panel.active) ?? this.lastActive;
  }

  private activeArticleUri(): vscode.Uri | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor && this.articles.isArticle(editor.document)) return editor.document.uri;
    return this.activePreview()?.resource;
  }
}
