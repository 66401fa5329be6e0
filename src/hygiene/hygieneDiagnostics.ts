/**
 * The two archive-wide rules in the editor, published in their own collection
 * (`newsArchive.hygiene`) because they need the whole archive, not one file. The core makes the
 * problems (rules/archiveProblems.ts: `duplicate-article` on each member of a duplicate group,
 * naming its nearest copies; `vocabulary-variant` on each value spelt unlike the rest of the
 * archive), as `news-archive check` does; this publishes them through the same `toDiagnostic`.
 * Only files with findings are read again.
 */
import * as vscode from 'vscode';
import { parseArticle } from '../core/article/article';
import { DUPLICATE_ARTICLE, VOCABULARY_VARIANT } from '../core/hygiene/hygieneConfig';
import { ArchiveFile, archiveProblems, flaggedPaths } from '../core/rules/archiveProblems';
import { readConfig } from '../config/settings';
import { toDiagnostic } from '../diagnostics/articleDiagnostics';
import { Disposable } from '../util/dispose';
import { isArchiveUri, uriOfPath } from '../util/archiveUris';
import { HygieneModel, HygieneReport } from './hygieneModel';

export { DUPLICATE_ARTICLE, VOCABULARY_VARIANT };

function displayName(path: string): string {
  return vscode.workspace.asRelativePath(uriOfPath(path), false);
}

/** The records of the files the report was made from (their entries), as flaggedPaths reads them. */
function* recordsOf(report: HygieneReport, keys: Iterable<string> = report.files.keys()): Iterable<Pick<ArchiveFile, 'path' | 'record'>> {
  for (const path of keys) {
    const record = report.files.get(path);
    if (record) yield { path, record };
  }
}

/** The path the index and the findings name a document by; undefined for a document outside the archive. */
function pathOf(document: vscode.TextDocument): string | undefined {
  return isArchiveUri(document.uri) ? document.uri.fsPath : undefined;
}

/** The open documents of the archive, by the path the findings name them by. */
function openArticles(): Map<string, vscode.TextDocument> {
  const open = new Map<string, vscode.TextDocument>();
  for (const d of vscode.workspace.textDocuments) {
    const path = pathOf(d);
    if (path) open.set(path, d);
  }
  return open;
}

/** Files of the capped set read at once (workspace.fs round trips in flight). */
const READ_AHEAD = 16;

/**
 * The Problems panel gets the open files' findings and, of the others, as many files as
 * `newsArchive.validate.problemsLimit` allows problems: a scraper's cluster of 1,800 copies
 * flags every copy, and 50,000 files' diagnostics, each file read and parsed for them on this
 * thread, swamped the panel and crashed the workbench (issues 18, 19). A file opened later
 * gets its findings when it opens; the rest are in the Duplicates view and the dashboard.
 */
export class HygieneDiagnostics extends Disposable {
  readonly collection = this._register(vscode.languages.createDiagnosticCollection('newsArchive.hygiene'));
  private generation = 0;

  constructor(private readonly model: HygieneModel, private readonly extensionUri: vscode.Uri) {
    super();
    this._register(model.onDidChange(() => void this.publish()));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      // Ranges follow the edit; the archive-wide picture is refreshed on save.
      const path = pathOf(e.document);
      if (path && e.contentChanges.length && this.collection.has(e.document.uri)) this.publishOne(path, this.model.report(), e.document.getText());
    }));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (this.model.started && e.affectsConfiguration('newsArchive.validate.problemsLimit')) void this.publish();
    }));
    this._register(vscode.workspace.onDidOpenTextDocument((d) => {
      const key = pathOf(d);
      if (!key || !this.model.started || this.collection.has(d.uri) || !this.model.has(key)) return;
      const report = this.model.report();
      if (flaggedPaths(report, recordsOf(report, [key])).has(key)) this.publishOne(key, report, d.getText());
    }));
  }

  /**
   * Re-publishes the open files with findings and a capped set of the others; a newer run makes
   * an older one stop. The open files are set at once; the others are read first and set in one
   * go at the end: set one by one, the new set joined the previous run's until its stale files
   * were deleted, and the panel held more than the cap for as long as the reads took.
   */
  async publish(): Promise<void> {
    const generation = ++this.generation;
    const report = this.model.report();
    const all = flaggedPaths(report, recordsOf(report));
    const open = openArticles();
    const flagged: string[] = [];
    for (const key of open.keys()) if (all.has(key)) flagged.push(key);
    const openFlagged = flagged.length;
    for (const key of all) if (!open.has(key)) flagged.push(key);
    let room = readConfig().validateProblemsLimit;
    const next = new Map<string, vscode.Diagnostic[]>();
    // The open files first and at once: their text is in memory, and the article the user is
    // looking at must not wait for the reads of the capped set (thousands of files on a big
    // cluster of copies, each a round trip through workspace.fs).
    for (const key of flagged.slice(0, openFlagged)) {
      const diagnostics = this.diagnosticsOf(key, report, (open.get(key) as vscode.TextDocument).getText());
      next.set(key, diagnostics);
      this.collection.set(uriOfPath(key), diagnostics);
    }
    // The others read a few at a time, and taken in order until the cap is reached.
    const others = flagged.slice(openFlagged);
    for (let start = 0; start < others.length && room > 0; start += READ_AHEAD) {
      const keys = others.slice(start, start + READ_AHEAD);
      const texts = await Promise.all(keys.map((key) => vscode.workspace.fs.readFile(uriOfPath(key)).then((bytes) => new TextDecoder().decode(bytes), () => undefined)));
      if (generation !== this.generation) return;
      for (const [i, key] of keys.entries()) {
        const text = texts[i];
        if (text === undefined) continue;
        if (room <= 0) break;
        const diagnostics = this.diagnosticsOf(key, report, text);
        next.set(key, diagnostics);
        room -= diagnostics.length;
      }
    }
    // A flagged document opened during the reads was published when it opened: it stays.
    const openNow = openArticles();
    const stale: vscode.Uri[] = [];
    this.collection.forEach((uri) => {
      const key = uri.fsPath;
      if (!next.has(key) && !(openNow.has(key) && !open.has(key) && all.has(key))) stale.push(uri);
    });
    for (const uri of stale) this.collection.delete(uri);
    for (const [key, diagnostics] of next) if (!open.has(key)) this.collection.set(uriOfPath(key), diagnostics);
  }

  private diagnosticsOf(key: string, report: HygieneReport, text: string): vscode.Diagnostic[] {
    const article = parseArticle(text);
    const uri = uriOfPath(key);
    return archiveProblems(article, key, report, displayName).map((p) => toDiagnostic(article, p, this.extensionUri, uri));
  }

  /** Publishes one file's findings. */
  private publishOne(key: string, report: HygieneReport, text: string): void {
    this.collection.set(uriOfPath(key), this.diagnosticsOf(key, report, text));
  }
}
