/**
 * One preview panel showing one article. The first render is immediate; edits re-render at most
 * every 300 ms, and slower for a body whose render takes long (a 5 MB post): then renders wait
 * until typing pauses, so the extension host is not kept busy on every keystroke. A render posts
 * the document version it rendered; the webview ignores anything older than what it shows.
 */
import * as vscode from 'vscode';
import { parseArticle } from '../core/article/article';
import { ArticleDocuments } from '../documents/articleDocuments';
import { readConfig } from '../config/settings';
import { removalSummaryText } from '../core/clean';
import { Disposable } from '../util/dispose';
import { displayLocale } from '../util/displayLocale';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { previewLabels, problemsText } from './labels';
import { FromWebview, PreviewView, RenderedState, ToWebview } from './messages';
import { previewContent } from './previewContent';
import { previewHtml } from './previewHtml';
import { isFromWebview } from './messageGuards';

export const PREVIEW_VIEW_TYPE = 'newsArchive.preview';
const THROTTLE_MS = 300;
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

export interface PreviewServices {
  readonly extensionUri: vscode.Uri;
  readonly articles: ArticleDocuments;
  readonly configs: ArchiveConfigs;
  /** Articles the user loaded images for in this session. */
  readonly imagesAllowed: Set<string>;
}

export class ArticlePreview extends Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastRenderAt = 0;
  private lastDuration = 0;
  private rendering = false;
  private renderAgain = false;
  private images: 'block' | 'allow' | undefined;
  private lastState: RenderedState | undefined;
  private disposedPanel = false;

  private readonly renderedEmitter = this._register(new vscode.EventEmitter<RenderedState>());
  readonly onDidRender = this.renderedEmitter.event;
  private readonly disposeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private resourceUri: vscode.Uri,
    private lockedState: boolean,
    private view: PreviewView,
    private readonly services: PreviewServices,
  ) {
    super();
    panel.webview.options = { enableScripts: true, enableForms: false, localResourceRoots: [vscode.Uri.joinPath(services.extensionUri, 'media')] };
    this._register(panel.onDidDispose(() => {
      this.disposedPanel = true;
      this.disposeEmitter.fire();
      this.dispose();
    }));
    this._register(panel.webview.onDidReceiveMessage((m: unknown) => {
      if (isFromWebview(m)) void this.onMessage(m);
    }));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === this.resourceUri.toString() && e.contentChanges.length) this.scheduleRender();
    }));
    this._register(vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === this.resourceUri.toString())) this.postProblems();
    }));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsArchive.preview.remoteImages', this.resourceUri)) this.resetHtml();
    }));
    this.updateTitle();
    this.resetHtml();
  }

  get resource(): vscode.Uri {
    return this.resourceUri;
  }

  get locked(): boolean {
    return this.lockedState;
  }

  get rendered(): RenderedState | undefined {
    return this.lastState;
  }

  /** Follow another article (an unlocked preview does this as the active editor changes). */
  setResource(uri: vscode.Uri): void {
    if (uri.toString() === this.resourceUri.toString()) return;
    this.resourceUri = uri;
    this.updateTitle();
    // The image policy may differ per article; the CSP goes with the document.
    if (this.imagePolicy() !== this.images) this.resetHtml();
    else void this.render();
  }

  toggleLock(): void {
    this.lockedState = !this.lockedState;
    this.updateTitle();
    void this.render();
  }

  loadImages(): void {
    this.services.imagesAllowed.add(this.resourceUri.toString());
    this.resetHtml();
  }

  override dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (!this.disposedPanel) {
      this.disposedPanel = true;
      this.panel.dispose();
    }
    super.dispose();
  }

  private imagePolicy(): 'block' | 'allow' {
    return this.services.imagesAllowed.has(this.resourceUri.toString()) ? 'allow' : readConfig(this.resourceUri).previewRemoteImages;
  }

  /** A new document (new CSP): the script announces itself with 'ready', then gets a render. */
  private resetHtml(): void {
    this.images = this.imagePolicy();
    this.panel.webview.html = previewHtml(this.panel.webview, this.services.extensionUri, this.images);
  }

  private updateTitle(): void {
    const name = this.resourceUri.path.split('/').pop() ?? '';
    this.panel.title = this.lockedState ? vscode.l10n.t('[Preview] {0}', name) : vscode.l10n.t('Preview {0}', name);
  }

  private scheduleRender(): void {
    const slow = this.lastDuration > THROTTLE_MS / 3;
    const delay = slow ? Math.max(THROTTLE_MS, this.lastDuration * 3) : THROTTLE_MS;
    if (this.timer) {
      if (!slow) return;
      // Typing on: a slow render waits for a pause instead of running every `delay`.
      clearTimeout(this.timer);
    }
    const wait = slow ? delay : Math.max(0, this.lastRenderAt + delay - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.render();
    }, wait);
  }

  private async documentFor(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open;
    try {
      return await vscode.workspace.openTextDocument(uri);
    } catch {
      return undefined;
    }
  }

  private async render(): Promise<void> {
    if (this.rendering) {
      this.renderAgain = true;
      return;
    }
    this.rendering = true;
    try {
      do {
        this.renderAgain = false;
        await this.renderOnce();
      } while (this.renderAgain && !this.disposedPanel);
    } finally {
      this.rendering = false;
    }
  }

  private async renderOnce(): Promise<void> {
    const uri = this.resourceUri;
    const document = await this.documentFor(uri);
    if (this.disposedPanel || uri !== this.resourceUri) return;
    if (!document) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The preview cannot read {0}; it may have been moved or deleted.', uri.fsPath || uri.toString()));
      return;
    }
    const selectors = (await this.services.configs.forUri(uri)).clean;
    if (this.disposedPanel || uri !== this.resourceUri) return;
    const started = performance.now();
    const version = document.version;
    const article = this.services.articles.get(document) ?? parseArticle(document.getText());
    const content = previewContent(article, this.view, this.images ?? 'block', selectors);
    this.lastDuration = performance.now() - started;
    this.lastRenderAt = Date.now();
    this.post({
      type: 'render',
      version,
      uri: uri.toString(),
      view: this.view,
      header: content.header,
      body: content.body,
      summary: removalSummaryText(content.summary, displayLocale()),
      note: content.truncated
        ? vscode.l10n.t('The body has {0} characters; the preview shows the first {1}, so that it stays fast.', content.truncated.total.toLocaleString(), content.truncated.shown.toLocaleString())
        : undefined,
      blockedImages: content.blockedImages,
      locked: this.lockedState,
      labels: previewLabels(),
    });
    this.postProblems();
  }

  private postProblems(): void {
    const count = vscode.languages.getDiagnostics(this.resourceUri).length;
    this.post({ type: 'problems', count, text: problemsText(count) });
  }

  private post(message: ToWebview): void {
    if (!this.disposedPanel) void this.panel.webview.postMessage(message);
  }

  private async onMessage(m: FromWebview): Promise<void> {
    switch (m.type) {
      case 'ready':
        return this.render();
      case 'setView':
        this.view = m.view;
        return this.render();
      case 'loadImages':
        return this.loadImages();
      case 'openLink':
        return this.openLink(m.href);
      case 'reveal':
        return this.reveal(m.offset);
      case 'rendered':
        this.lastState = m.state;
        this.renderedEmitter.fire(m.state);
        return;
    }
  }

  private async openLink(href: string): Promise<void> {
    const target = href.trim().startsWith('//') ? `https:${href.trim()}` : href.trim();
    let uri: vscode.Uri | undefined;
    try {
      uri = vscode.Uri.parse(target, true);
    } catch {
      uri = undefined;
    }
    if (!uri || !LINK_SCHEMES.has(uri.scheme)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The preview opens only http, https and mailto links; "{0}" was not opened.', href.slice(0, 200)));
      return;
    }
    // openExternal asks the user first, unless they trust the domain.
    await vscode.env.openExternal(uri);
  }

  private async reveal(offsetInBody: number): Promise<void> {
    const document = await this.documentFor(this.resourceUri);
    if (!document) return;
    const article = this.services.articles.get(document) ?? parseArticle(document.getText());
    const position = document.positionAt(article.bodyStart + offsetInBody);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside,
      selection: new vscode.Range(position, position),
    });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
