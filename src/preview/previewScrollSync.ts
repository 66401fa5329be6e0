/**
 * Scroll sync for one preview, both ways, as in VS Code's Markdown preview: the editor's
 * scrolling reaches the page at most every 50 ms as the body offset at its top
 * (`newsArchive.preview.scrollPreviewWithEditor`), and a reader's scrolling of the page moves
 * the visible editors of the article to the same place (`scrollEditorWithPreview`). While the
 * preview moves the editor, the editor's scrolling is not echoed back; the page keeps the same
 * guard on its side (webview/pageScroll.ts).
 */
import * as vscode from 'vscode';
import type { Article } from '../core/article/article';
import { readConfig } from '../config/settings';
import { ArticleDocuments } from '../documents/articleDocuments';
import { Disposable } from '../util/dispose';
import { editorTopOffset, scrollEditorToOffset } from './editorScroll';

/** As the Markdown preview: while the preview scrolls the editor, the editor's scrolling is not echoed back. */
const EDITOR_ECHO_MS = 200;
const THROTTLE_MS = 50;

/** The page's report of where it is scrolled to. */
export interface PreviewScroll {
  readonly uri: string;
  /** The body offset at the top of the page (negative: the card, for the front matter). */
  readonly offset: number;
  /** False when the page scrolled itself (to follow the editor, or after a render). */
  readonly byReader: boolean;
}

/** What scroll sync needs of its preview. */
export interface ScrolledPreview {
  readonly resource: vscode.Uri;
  isPreviewOf(uri: vscode.Uri): boolean;
  /** Posts the editor's top offset to the page. */
  scrollPage(offset: number): void;
}

export class PreviewScrollSync extends Disposable {
  private editorMovedByPreviewUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly scrolled = this._register(new vscode.EventEmitter<PreviewScroll>());
  /** Fires after each report of the page, once the editor has been told. */
  readonly onDidScroll = this.scrolled.event;

  constructor(private readonly preview: ScrolledPreview, private readonly articles: ArticleDocuments) {
    super();
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      if (preview.isPreviewOf(e.textEditor.document.uri)) this.editorScrolled(e.textEditor);
    }));
    this._register({ dispose: () => clearTimeout(this.timer) });
  }

  /** Where the article's visible editor is scrolled to: a page for a new article starts there. */
  editorOffset(article: Article): number | undefined {
    if (!readConfig(this.preview.resource).previewScrollPreviewWithEditor) return undefined;
    const editor = vscode.window.visibleTextEditors.find((e) => this.preview.isPreviewOf(e.document.uri));
    return editor && editorTopOffset(editor, article.bodyStart);
  }

  /** The preview is about to move the editor itself (a click revealing its line): the page stays where it is. */
  holdEditorEcho(): void {
    this.editorMovedByPreviewUntil = Date.now() + EDITOR_ECHO_MS;
  }

  pageScrolled(scroll: PreviewScroll): void {
    if (scroll.uri !== this.preview.resource.toString()) return;
    if (scroll.byReader && readConfig(this.preview.resource).previewScrollEditorWithPreview) {
      for (const editor of vscode.window.visibleTextEditors) {
        const article = this.preview.isPreviewOf(editor.document.uri) ? this.articles.get(editor.document) : undefined;
        if (!article) continue;
        this.holdEditorEcho();
        scrollEditorToOffset(editor, article.bodyStart, scroll.offset);
      }
    }
    this.scrolled.fire(scroll);
  }

  private editorScrolled(editor: vscode.TextEditor): void {
    if (Date.now() < this.editorMovedByPreviewUntil || this.timer) return;
    if (!readConfig(this.preview.resource).previewScrollPreviewWithEditor) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (Date.now() < this.editorMovedByPreviewUntil) return;
      const article = this.articles.get(editor.document);
      const offset = article && editorTopOffset(editor, article.bodyStart);
      if (offset !== undefined) this.preview.scrollPage(offset);
    }, THROTTLE_MS);
  }
}
