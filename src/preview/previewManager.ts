/**
 * Owns the article previews: opening one beside the article (or reusing an unlocked one),
 * following the active article, and reviving them after a window reload. It follows as early
 * as VS Code says where the reader went: the active tab changes well before the editor of a
 * file not opened yet is there (VS Code still reads and loads it), so an unlocked preview reads
 * that file itself and shows it at once; the editor's document then replaces it only if its text
 * differs (bench/previewSwitch.bench.ts measures the switch in the real workbench).
 */
import * as vscode from 'vscode';
import type { FileAccess } from '../core/files/fileAccess';
import { isArchiveUri } from '../util/archiveUris';
import { ArticleDocuments } from '../documents/articleDocuments';
import { Disposable } from '../util/dispose';
import { webviewOptions } from '../webview/webviewHtml';
import { ArticlePreview, DiskSnapshot, PREVIEW_VIEW_TYPE, PreviewServices } from './articlePreview';
import type { PreviewScroll } from './previewScrollSync';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { isPreviewState } from './messageGuards';
import { RenderedState } from './messages';
import { PreviewApi, RenderedAck } from './previewApi';

/** Files larger than this are left for VS Code to open: reading them twice would not be faster. */
const EARLY_READ_MAX_BYTES = 2 * 1024 * 1024;

export class PreviewManager extends Disposable implements vscode.WebviewPanelSerializer, PreviewApi {
  private readonly previews = new Set<ArticlePreview>();
  private lastActive: ArticlePreview | undefined;
  private readonly services: PreviewServices;
  private readonly renderedEmitter = this._register(new vscode.EventEmitter<RenderedAck>());
  readonly onDidRender = this.renderedEmitter.event;
  private readonly scrollEmitter = this._register(new vscode.EventEmitter<PreviewScroll>());
  readonly onDidScroll = this.scrollEmitter.event;

  constructor(extensionUri: vscode.Uri, private readonly articles: ArticleDocuments, configs: ArchiveConfigs, private readonly access: FileAccess) {
    super();
    this.services = { extensionUri, articles, configs, imageChoices: new Map() };
    this._register(vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && articles.isArticle(editor.document)) this.follow(editor.document.uri);
    }));
    this._register(vscode.window.tabGroups.onDidChangeTabs(() => void this.followActiveTab()));
  }

  rendered(uri?: vscode.Uri): RenderedAck | undefined {
    const state = (uri ? this.previewOf(uri) : this.lastActive)?.rendered;
    // A preview just switched to `uri` still holds the previous article's page until it renders.
    return state && (!uri || state.uri === uri.toString()) ? state : undefined;
  }

  async describe(uri: vscode.Uri): Promise<RenderedState | undefined> {
    return this.previewOf(uri)?.describe();
  }

  scrollAsReader(uri: vscode.Uri, paragraph: number): void {
    this.previewOf(uri)?.scrollAsReader(paragraph);
  }

  panelOptions(uri: vscode.Uri): vscode.WebviewPanelOptions | undefined {
    return this.previewOf(uri)?.panel.options;
  }

  open(uri: vscode.Uri | undefined, toSide: boolean): void {
    const resource = uri ?? this.activeArticleUri();
    if (!resource) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an article (a file with front matter) first, then open its preview.'));
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const existing = this.previewOf(resource) ?? [...this.previews].find((p) => !p.locked);
    if (existing) {
      existing.setResource(resource);
      existing.panel.reveal(toSide ? existing.panel.viewColumn : column, toSide);
      return;
    }
    // Ctrl+F finds text in the preview, as in the Markdown preview.
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, '', { viewColumn: column, preserveFocus: toSide }, {
      ...webviewOptions(this.services.extensionUri),
      enableFindWidget: true,
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
    this.withActivePreview((p) => p.loadImages());
  }

  blockImages(): void {
    this.withActivePreview((p) => p.blockImages());
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

  private follow(uri: vscode.Uri, snapshot?: DiskSnapshot): void {
    for (const p of this.previews) if (!p.locked) p.setResource(uri, snapshot);
  }

  /** The active tab is a text file that no unlocked preview shows yet: follow it before its editor exists. */
  private async followActiveTab(): Promise<void> {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (!(input instanceof vscode.TabInputText)) return;
    const uri = input.uri;
    if (![...this.previews].some((p) => !p.locked && !p.isPreviewOf(uri))) return;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      if (this.articles.isArticle(open)) this.follow(uri);
      return;
    }
    const snapshot = await this.readArticle(uri);
    const still = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (snapshot && still instanceof vscode.TabInputText && still.uri.toString() === uri.toString()) this.follow(uri, snapshot);
  }

  /**
   * The article in a file not yet open, as VS Code will decode it (UTF-8, BOM dropped); undefined
   * when it is none. Read through the FileAccess: Node's fs for a local file (`workspace.fs` goes
   * through the workbench, which is busy opening that very file: measured, it answered after the
   * editor had come), `workspace.fs` in the browser and for other schemes.
   */
  private async readArticle(uri: vscode.Uri): Promise<DiskSnapshot | undefined> {
    if (!isArchiveUri(uri)) return undefined;
    try {
      const stat = await this.access.stat(uri.fsPath);
      if (!stat || stat.size > EARLY_READ_MAX_BYTES) return undefined;
      const text = new TextDecoder('utf-8', { fatal: true }).decode(await this.access.readFile(uri.fsPath));
      const article = this.articles.articleFromText(uri, text);
      return article && { text, article };
    } catch {
      // Unreadable, or not UTF-8: VS Code's document will tell, when it comes.
      return undefined;
    }
  }

  private withActivePreview(action: (preview: ArticlePreview) => void): void {
    const preview = this.activePreview();
    if (preview) action(preview);
    else void vscode.window.showInformationMessage(vscode.l10n.t('No article preview is open.'));
  }

  private previewOf(uri: vscode.Uri): ArticlePreview | undefined {
    return [...this.previews].find((p) => p.isPreviewOf(uri));
  }

  private track(preview: ArticlePreview): void {
    this.previews.add(preview);
    this.lastActive = preview;
    preview.onDidRender((s) => this.renderedEmitter.fire(s));
    preview.onDidScroll((s) => this.scrollEmitter.fire(s));
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
