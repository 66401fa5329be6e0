/**
 * One preview panel showing one article. The first render is immediate; edits re-render at most
 * every 300 ms, and slower for a body whose render takes long (a 5 MB post): then renders wait
 * until typing pauses, so the extension host is not kept busy on every keystroke. A render posts
 * the document version it rendered; the page ignores anything older than what it shows. The
 * editor and the page scroll together (both ways, each one a setting), as in VS Code's Markdown
 * preview.
 */
import * as vscode from 'vscode';
import { Article, parseArticle } from '../core/article/article';
import { removalSummaryText } from '../core/clean';
import { ArticleDocuments } from '../documents/articleDocuments';
import { readConfig } from '../config/settings';
import { Disposable } from '../util/dispose';
import { displayLocale } from '../util/displayLocale';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { webviewOptions } from '../webview/webviewHtml';
import { previewLabels, problemsText } from './labels';
import { FromWebview, PreviewView, RenderedState, ToWebview } from './messages';
import { PageDescriptions } from './pageDescriptions';
import type { RenderedAck } from './previewApi';
import { previewContent } from './previewContent';
import { previewHtml } from './previewHtml';
import { openPreviewLink } from './previewLinks';
import { PreviewScrollSync, ScrolledPreview } from './previewScrollSync';
import { isFromWebview } from './messageGuards';

export const PREVIEW_VIEW_TYPE = 'newsArchive.preview';
const THROTTLE_MS = 300;

export interface PreviewServices {
  readonly extensionUri: vscode.Uri;
  readonly articles: ArticleDocuments;
  readonly configs: ArchiveConfigs;
  /** Articles whose images the user loaded or blocked in this session, against the setting. */
  readonly imageChoices: Map<string, 'block' | 'allow'>;
}

/** The file as read from disk when the preview follows a tab before VS Code has opened its document. */
export interface DiskSnapshot {
  readonly text: string;
  readonly article: Article;
}

/** What a render starts from: the open document, else a snapshot from disk (version 0). */
interface RenderSource {
  readonly article: Article;
  readonly version: number;
}

export class ArticlePreview extends Disposable implements ScrolledPreview {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastRenderAt = 0;
  private lastDuration = 0;
  private rendering = false;
  private renderAgain = false;
  private images: 'block' | 'allow' | undefined;
  private lastRendered: RenderedAck | undefined;
  private disposedPanel = false;
  private snapshot: (DiskSnapshot & { uri: string }) | undefined;
  /** A new document starts where its editor is. */
  private startAtEditor = true;
  private readonly scrollSync: PreviewScrollSync;
  private readonly descriptions = this._register(new PageDescriptions());

  private readonly renderedEmitter = this._register(new vscode.EventEmitter<RenderedAck>());
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
    this.scrollSync = this._register(new PreviewScrollSync(this, services.articles));
    panel.webview.options = webviewOptions(services.extensionUri);
    this._register(panel.onDidDispose(() => {
      this.disposedPanel = true;
      this.disposeEmitter.fire();
      this.dispose();
    }));
    this._register(panel.webview.onDidReceiveMessage((m: unknown) => {
      if (isFromWebview(m)) void this.onMessage(m);
    }));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (this.isPreviewOf(e.document.uri) && e.contentChanges.length) this.scheduleRender();
    }));
    this._register(vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => this.isPreviewOf(u))) this.postProblems();
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

  /** What the page last said it shows. */
  get rendered(): RenderedAck | undefined {
    return this.lastRendered;
  }

  isPreviewOf(uri: vscode.Uri): boolean {
    return uri.toString() === this.resourceUri.toString();
  }

  /**
   * Follow another article (an unlocked preview does this as the active editor or tab changes).
   * With a snapshot, the file is shown from disk until VS Code opens its document; then the
   * document is shown again only if its text differs.
   */
  setResource(uri: vscode.Uri, snapshot?: DiskSnapshot): void {
    if (this.isPreviewOf(uri)) {
      const open = this.openDocument(uri);
      if (this.snapshot && open) {
        const stale = open.getText() !== this.snapshot.text;
        this.snapshot = undefined;
        if (stale) void this.render();
      }
      return;
    }
    this.resourceUri = uri;
    this.snapshot = snapshot && { ...snapshot, uri: uri.toString() };
    this.startAtEditor = true;
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
    this.chooseImages('allow');
  }

  blockImages(): void {
    this.chooseImages('block');
  }

  /** Shows body offset `offset` at the top of the page (the editor scrolled there). */
  scrollPage(offset: number): void {
    this.post({ type: 'scrollTo', uri: this.resourceUri.toString(), offset });
  }

  /** Fires when the page reports where it is scrolled to. */
  get onDidScroll(): PreviewScrollSync['onDidScroll'] {
    return this.scrollSync.onDidScroll;
  }

  /** Asks the page what it shows (for the host tests); undefined when it does not answer. */
  describe(): Promise<RenderedState | undefined> {
    return this.descriptions.ask((id) => this.post({ type: 'describe', id }));
  }

  /** Scrolls the page as a reader would, paragraph `paragraph` to the top (for the host tests). */
  scrollAsReader(paragraph: number): void {
    this.post({ type: 'scrollAsReader', paragraph });
  }

  override dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (!this.disposedPanel) {
      this.disposedPanel = true;
      this.panel.dispose();
    }
    super.dispose();
  }

  private chooseImages(choice: 'block' | 'allow'): void {
    const key = this.resourceUri.toString();
    if (readConfig(this.resourceUri).previewRemoteImages === choice) this.services.imageChoices.delete(key);
    else this.services.imageChoices.set(key, choice);
    if (this.imagePolicy() !== this.images) this.resetHtml();
  }

  private imagePolicy(): 'block' | 'allow' {
    return this.services.imageChoices.get(this.resourceUri.toString()) ?? readConfig(this.resourceUri).previewRemoteImages;
  }

  /** A new document (new CSP): the script announces itself with 'ready', then gets a render. */
  private resetHtml(): void {
    this.images = this.imagePolicy();
    this.lastRendered = undefined;
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

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  }

  private async sourceFor(uri: vscode.Uri): Promise<RenderSource | undefined> {
    let document = this.openDocument(uri);
    if (!document && this.snapshot?.uri === uri.toString()) return { article: this.snapshot.article, version: 0 };
    try {
      document ??= await vscode.workspace.openTextDocument(uri);
    } catch {
      return undefined;
    }
    return { article: this.services.articles.get(document) ?? parseArticle(document.getText()), version: document.version };
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
    const source = await this.sourceFor(uri);
    if (this.disposedPanel || uri !== this.resourceUri) return;
    if (!source) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The preview cannot read {0}; it may have been moved or deleted.', uri.fsPath || uri.toString()));
      return;
    }
    const selectors = (await this.services.configs.forUri(uri)).clean;
    if (this.disposedPanel || uri !== this.resourceUri) return;
    const started = performance.now();
    const labels = previewLabels();
    const content = previewContent(source.article, { view: this.view, images: this.images ?? 'block', selectors, imageLabel: labels.image });
    this.lastDuration = performance.now() - started;
    this.lastRenderAt = Date.now();
    const summary = removalSummaryText(content.summary, displayLocale());
    const note = content.truncated
      ? vscode.l10n.t('The body has {0} characters; the preview shows the first {1}, so that it stays fast.', content.truncated.total.toLocaleString(), content.truncated.shown.toLocaleString())
      : undefined;
    this.post({
      type: 'render',
      version: source.version,
      uri: uri.toString(),
      view: this.view,
      header: content.header,
      body: content.body,
      bodyLength: content.bodyLength,
      footer: note ? vscode.l10n.t('{0}. {1}', summary, note) : summary,
      images: content.images,
      locked: this.lockedState,
      labels,
      language: vscode.env.language,
      scrollTo: this.startAtEditor ? this.scrollSync.editorOffset(source.article) : undefined,
    });
    this.startAtEditor = false;
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
      case 'blockImages':
        return this.blockImages();
      case 'openLink':
        return openPreviewLink(m.href);
      case 'reveal':
        return this.reveal(m.offset);
      case 'rendered':
        this.lastRendered = { uri: m.uri, version: m.version, view: m.view };
        this.renderedEmitter.fire(this.lastRendered);
        return;
      case 'scrolled':
        return this.scrollSync.pageScrolled(m);
      case 'described':
        return this.descriptions.answer(m.id, m.state);
    }
  }

  private async reveal(offsetInBody: number): Promise<void> {
    let document = this.openDocument(this.resourceUri);
    try {
      document ??= await vscode.workspace.openTextDocument(this.resourceUri);
    } catch {
      return;
    }
    const article = this.services.articles.get(document) ?? parseArticle(document.getText());
    const position = document.positionAt(article.bodyStart + offsetInBody);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    // The reader clicked where they are reading: the editor comes to it, the page stays.
    this.scrollSync.holdEditorEcho();
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside,
      selection: new vscode.Range(position, position),
    });
    this.scrollSync.holdEditorEcho();
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
