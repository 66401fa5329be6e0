/**
 * Decides which open documents are archive articles, once per document version, and keeps the
 * `newsArchive.isArticle` context key in step with the active editor. A document is an article
 * when it is in a workspace folder, matches `newsArchive.files` and not `newsArchive.exclude`,
 * and its head looks like an article; outside a workspace folder the sniff alone decides.
 * Everything else is ignored by every feature.
 */
import * as vscode from 'vscode';
import { isArchiveUri } from '../util/archiveUris';
import { Article, parseArticle } from '../core/article/article';
import { fileSelection, FileSelection } from '../core/index/fileSelection';
import { isArticleKind, kindOf } from '../core/article/sniff';
import { readConfig, SECTION } from '../config/settings';
import { Disposable } from '../util/dispose';

const ARTICLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

/** The languages an article can be open in; whether it is one is decided from its text. */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = [
  { language: 'markdown' },
  { language: 'plaintext' },
  { language: 'html' },
];

export class ArticleDocuments extends Disposable {
  private readonly parsed = new WeakMap<vscode.TextDocument, { version: number; article: Article | undefined }>();
  private readonly selections = new Map<string, FileSelection>();

  constructor() {
    super();
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) this.selections.clear();
      }),
    );
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) this.updateContext();
    }));
    this.updateContext();
  }

  /** The article for a document, or undefined when the document is not an article. */
  get(document: vscode.TextDocument): Article | undefined {
    const cached = this.parsed.get(document);
    if (cached && cached.version === document.version) return cached.article;
    const selected = this.selection(document.uri);
    const article = selected === undefined ? undefined : this.parseIfArticle(document.getText(), selected);
    this.parsed.set(document, { version: document.version, article });
    return article;
  }

  isArticle(document: vscode.TextDocument): boolean {
    return this.get(document) !== undefined;
  }

  /**
   * The article in a file's text before VS Code has opened it as a document (the preview reads a
   * file from disk to follow a tab early), decided as for a document.
   */
  articleFromText(uri: vscode.Uri, text: string): Article | undefined {
    const selected = this.selection(uri);
    return selected === undefined ? undefined : this.parseIfArticle(text, selected);
  }

  private parseIfArticle(text: string, inSelection: boolean): Article | undefined {
    const article = parseArticle(text);
    return isArticleKind(kindOf(text, article.frontMatter), inSelection) ? article : undefined;
  }

  /** Whether the document is in the archive's file selection; undefined when it can never be an article. */
  private selection(uri: vscode.Uri): boolean | undefined {
    if (!ARTICLE_SCHEMES.has(uri.scheme) && !isArchiveUri(uri)) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const rel = vscode.workspace.asRelativePath(uri, false);
    return this.selectionFor(folder).includes(rel);
  }

  private selectionFor(folder: vscode.WorkspaceFolder): FileSelection {
    const key = folder.uri.toString();
    let selection = this.selections.get(key);
    if (!selection) {
      const config = readConfig(folder);
      selection = fileSelection(config.files, config.exclude);
      this.selections.set(key, selection);
    }
    return selection;
  }

  private updateContext(): void {
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'newsArchive.isArticle', doc ? this.isArticle(doc) : false);
  }
}
