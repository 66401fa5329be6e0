/**
 * Live diagnostics for open articles: debounced while typing, front-matter results reused while
 * only the body changes (they are cached by the text before the body), and published only when
 * the run is still about the document's latest version. Only articles get diagnostics.
 */
import * as vscode from 'vscode';
import { Article, parseArticle } from '../core/article/article';
import { EncodingFault, encodingFault } from '../core/article/encoding';
import type { ArchiveConfig } from '../core/config/archiveConfig';
import { RULE_DOCS_FILE } from '../core/report/ruleCatalog';
import { IncrementalValidation } from '../core/rules/incremental';
import { formatMessage } from '../core/rules/messages';
import type { Problem, Severity } from '../core/problem';
import { ArticleDocuments } from '../documents/articleDocuments';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { readConfig } from '../config/settings';
import { counted } from '../util/counts';
import { diagnosticSource, displayLocale } from '../util/displayLocale';
import { Disposable } from '../util/dispose';
import { uriOfPath } from '../util/archiveUris';
import { toRange } from '../util/ranges';

const DEBOUNCE_MS = 200;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Where each rule is documented: its row in the rule table of the display language's README. */
export function ruleDocs(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, RULE_DOCS_FILE[displayLocale()]).with({ fragment: ruleId });
}

/**
 * A problem as VS Code shows it. `related` paths are archive paths (as the index names files:
 * `uriOfPath` gives their URIs); the count of further ones becomes one last entry at the problem itself (in
 * `uri`), naming the Quick Fix that lists them all (VS Code opens related entries as locations only).
 */
export function toDiagnostic(article: Article, p: Problem, extensionUri: vscode.Uri, uri?: vscode.Uri): vscode.Diagnostic {
  return diagnosticAt(toRange(article.lines, p.start, p.end), p, extensionUri, uri);
}

/** A problem's diagnostic at a range already placed (by an archive worker, which had the text). */
export function diagnosticAt(range: vscode.Range, p: Problem, extensionUri: vscode.Uri, uri?: vscode.Uri): vscode.Diagnostic {
  const locale = displayLocale();
  const d = new vscode.Diagnostic(range, formatMessage(p.ruleId, p, locale), SEVERITY[p.severity]);
  d.source = diagnosticSource();
  d.code = { value: p.ruleId, target: ruleDocs(extensionUri, p.ruleId) };
  if (p.related?.length || p.relatedMore) {
    d.relatedInformation = (p.related ?? []).map((r) => new vscode.DiagnosticRelatedInformation(
      new vscode.Location(uriOfPath(r.path), new vscode.Position(0, 0)), formatMessage(p.ruleId, r, locale)));
    if (p.relatedMore && uri) {
      const more = vscode.l10n.t('… and {0}: the Quick Fix "Show all copies in the Duplicates view" lists them', counted('moreCopy', p.relatedMore));
      d.relatedInformation.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, range), more));
    }
  }
  return d;
}

/** The rule id a diagnostic carries: its code's value, as diagnosticAt writes it; undefined for a diagnostic without one. */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

/** Validates open articles, reusing front-matter problems while the text before the body is unchanged. */
export class ProblemCache {
  private readonly runs = new WeakMap<vscode.TextDocument, IncrementalValidation>();
  private readonly latest = new WeakMap<vscode.TextDocument, { version: number; config: ArchiveConfig; encoding: EncodingFault | undefined; problems: Problem[] }>();

  problems(document: vscode.TextDocument, article: Article, config: ArchiveConfig): Problem[] {
    const done = this.latest.get(document);
    if (done && done.version === document.version && done.config === config && done.encoding === article.encoding) return done.problems;
    let run = this.runs.get(document);
    if (!run) this.runs.set(document, (run = new IncrementalValidation()));
    const problems = run.validate(article, config);
    this.latest.set(document, { version: document.version, config, encoding: article.encoding, problems });
    return problems;
  }
}

export class ArticleDiagnostics extends Disposable {
  readonly collection = this._register(vscode.languages.createDiagnosticCollection('newsArchive'));
  readonly cache = new ProblemCache();
  private readonly timers = new Map<vscode.TextDocument, ReturnType<typeof setTimeout>>();
  /** Each open file's bytes, checked once when it opens and again when it is saved. */
  private readonly encodings = new Map<string, Promise<EncodingFault | undefined>>();
  /** The same checks once their bytes were read (the key is absent while the read is on its way). */
  private readonly settled = new Map<string, EncodingFault | undefined>();

  constructor(
    private readonly articles: ArticleDocuments,
    private readonly configs: ArchiveConfigs,
    private readonly extensionUri: vscode.Uri,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) this.schedule(e.document, DEBOUNCE_MS);
    }));
    this._register(vscode.workspace.onDidSaveTextDocument((d) => {
      this.forgetEncoding(d.uri);
      this.schedule(d, 0);
    }));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => {
      this.cancel(d);
      this.forgetEncoding(d.uri);
      // With "openFiles", the Problems panel shows only what is open.
      if (readConfig(d.uri).validateScope === 'openFiles') this.collection.delete(d.uri);
    }));
    this._register(configs.onDidChange(() => this.validateOpen()));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsArchive')) this.validateOpen();
    }));
    // A deleted file (or folder) keeps no problems in the panel.
    const deletions = this._register(vscode.workspace.createFileSystemWatcher('**/*', true, true, false));
    this._register(deletions.onDidDelete((gone) => this.forget(gone)));
    this._register({ dispose: () => this.timers.forEach((t) => clearTimeout(t)) });
    this.validateOpen();
  }

  private forget(gone: vscode.Uri): void {
    const prefix = gone.toString() + '/';
    const stale: vscode.Uri[] = [];
    this.collection.forEach((uri) => {
      if (uri.toString() === gone.toString() || uri.toString().startsWith(prefix)) stale.push(uri);
    });
    for (const uri of stale) this.collection.delete(uri);
  }

  validateOpen(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private cancel(document: vscode.TextDocument): void {
    const t = this.timers.get(document);
    if (t) clearTimeout(t);
    this.timers.delete(document);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    this.cancel(document);
    this.timers.set(document, setTimeout(() => {
      this.timers.delete(document);
      void this.validate(document);
    }, delay));
  }

  /**
   * Whether the file's bytes are UTF-8. VS Code hands over decoded text (U+FFFD for bytes
   * that are not UTF-8, or another encoding's reading), so the bytes are read from the file
   * itself, once per opening and saving. A file the file system cannot give counts as UTF-8.
   */
  private encodingOf(document: vscode.TextDocument): Promise<EncodingFault | undefined> {
    const key = document.uri.toString();
    let fault = this.encodings.get(key);
    if (!fault) {
      const read = document.isUntitled
        ? Promise.resolve(undefined)
        : Promise.resolve(vscode.workspace.fs.readFile(document.uri)).then(encodingFault, () => undefined);
      fault = read.then((f) => {
        if (this.encodings.get(key) === fault) this.settled.set(key, f);
        return f;
      });
      this.encodings.set(key, fault);
    }
    return fault;
  }

  private forgetEncoding(uri: vscode.Uri): void {
    this.encodings.delete(uri.toString());
    this.settled.delete(uri.toString());
  }

  /**
   * The article to publish diagnostics for now. While its bytes are still being read, text
   * without U+FFFD (VS Code decoded every byte as UTF-8) is taken as UTF-8 at once, so an
   * article opened while the file system is busy (a scan of the archive) gets its squiggles
   * without waiting for the read; should the bytes say otherwise, it is validated again. Code
   * actions always wait for the bytes (`articleOf`), so no fix is offered for such a file.
   */
  private async articleForDiagnostics(document: vscode.TextDocument): Promise<Article | undefined> {
    const article = this.articles.get(document);
    if (!article) return undefined;
    const key = document.uri.toString();
    const pending = this.encodingOf(document);
    if (this.settled.has(key) || article.text.includes('\uFFFD')) return this.articleOf(document);
    void pending.then((fault) => {
      if (fault && !document.isClosed) this.schedule(document, 0);
    });
    return article;
  }

  /** The open article, carrying its file's encoding fault when its bytes are not UTF-8 (no fix is then offered). */
  async articleOf(document: vscode.TextDocument): Promise<Article | undefined> {
    const article = this.articles.get(document);
    if (!article) return undefined;
    const fault = await this.encodingOf(document);
    return fault ? parseArticle(article.text, { encoding: fault }) : article;
  }

  /** Validates now and publishes, unless the document moved on meanwhile. */
  async validate(document: vscode.TextDocument): Promise<void> {
    const version = document.version;
    const article = await this.articleForDiagnostics(document);
    if (!article) {
      // A document that stopped being an article (or never was) shows nothing of ours.
      if (this.collection.has(document.uri)) this.collection.delete(document.uri);
      return;
    }
    const config = await this.configs.forUri(document.uri);
    if (document.isClosed || document.version !== version) return;
    const problems = this.cache.problems(document, article, config);
    this.collection.set(document.uri, problems.map((p) => toDiagnostic(article, p, this.extensionUri)));
  }

  /** The problems of an open article's current version (for code actions). */
  async problemsOf(document: vscode.TextDocument): Promise<{ article: Article; problems: Problem[] } | undefined> {
    const article = await this.articleOf(document);
    if (!article) return undefined;
    const config = await this.configs.forUri(document.uri);
    return { article, problems: this.cache.problems(document, article, config) };
  }
}
