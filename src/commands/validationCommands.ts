/**
 * The validation commands: fix everything in this file, validate the archive (open files or the
 * whole workspace, with progress and cancellation, one summary at the end), and fix all in the
 * archive as one WorkspaceEdit the user reviews in the refactor preview. The archive-wide work
 * runs in the archive workers; the extension host only turns their batches into diagnostics and
 * edits. Open articles are validated and fixed from what the editor holds.
 */
import * as vscode from 'vscode';
import { counted, countedSeverities } from '../util/counts';
import { diffEdits } from '../core/edits';
import type { FileAccess } from '../core/files/fileAccess';
import { ProblemCap } from '../core/problemCap';
import { countProblems, ProblemCounts, problemTotal, ProblemSum, ProblemTally, worstSeverity } from '../core/problemCounts';
import { fixAll } from '../core/rules/fixAll';
import { readConfig } from '../config/settings';
import { ArticleDocuments } from '../documents/articleDocuments';
import { toWorkspaceEdit } from '../codeActions/articleCodeActions';
import { ArticleDiagnostics, diagnosticAt } from '../diagnostics/articleDiagnostics';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { AppliedSummary, proposedEntry } from '../documents/bulkReview';
import { applyReviewed, BulkEditWords, ReviewedFile } from '../documents/reviewedEdit';
import { Refused, refuseUntrusted } from '../documents/restrictedMode';
import { chunks, jobFiles } from '../index/jobFiles';
import { isArchiveUri, uriOfPath } from '../util/archiveUris';
import type { ArchiveTreeApi } from '../tree/registerArchiveTree';
import type { FixResult, LineRange, PlacedProblem } from '../workers/protocol';

/** Files a worker job holds. */
const BATCH = 250;

type Progress = vscode.Progress<{ message?: string; increment?: number }>;

function toRange(r: LineRange): vscode.Range {
  return new vscode.Range(r[0], r[1], r[2], r[3]);
}

/** Runs `work` over batches with two jobs a worker in flight (one running, one waiting). */
async function inLanes<T>(batches: readonly T[], lanes: number, token: vscode.CancellationToken, work: (batch: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < batches.length && !token.isCancellationRequested) await work(batches[next++]);
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

/** Fix All in Archive's words. */
function fixAllWords(fixes: number, files: number): BulkEditWords {
  return {
    question: vscode.l10n.t('Apply {0} in {1}?', counted('fix', fixes), counted('file', files)),
    apply: vscode.l10n.t('Apply Fixes'),
    applied: (s) => vscode.l10n.t('Applied {0} in {1}.', counted('fix', s.changes), counted('file', s.files)),
  };
}

export interface ValidationRun {
  articles: number;
  /** Problems by severity and rule over every article, as core/problemCounts.ts counts them. */
  counts: ProblemSum;
  /** Of them, the open articles' (always in the Problems panel, live) … */
  open: number;
  /** … and of the rest, in the Problems panel and left to the Articles view. */
  shown: number;
  hidden: number;
  /**
   * Of `counts`, the archive-wide rules' problems (as the index counts them), whose diagnostics
   * hygiene publishes with its own cap: open + shown + hidden + archiveWide = counts.total.
   */
  archiveWide: number;
  millis: number;
  cancelled: boolean;
  /** The summary shown. */
  summary: string;
}

export interface ValidationApi {
  readonly lastValidation: ValidationRun | undefined;
  readonly onDidValidate: vscode.Event<ValidationRun>;
  /** What the summary's offer does: the Articles view with only the articles that have problems. */
  showProblemsInView(): Promise<void>;
}

export class ValidationCommands implements ValidationApi, vscode.Disposable {
  private last: ValidationRun | undefined;
  private readonly validated = new vscode.EventEmitter<ValidationRun>();
  readonly onDidValidate = this.validated.event;

  get lastValidation(): ValidationRun | undefined {
    return this.last;
  }

  dispose(): void {
    this.validated.dispose();
  }

  constructor(
    private readonly articles: ArticleDocuments,
    private readonly diagnostics: ArticleDiagnostics,
    private readonly configs: ArchiveConfigs,
    private readonly archiveTree: ArchiveTreeApi,
    private readonly extensionUri: vscode.Uri,
  ) {}

  private get workers() {
    return this.archiveTree.service.workers;
  }

  async fixAllInFile(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document;
    const article = document ? this.articles.get(document) : undefined;
    if (!document || !article) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an archive article (a file with front matter) to fix it.'));
      return;
    }
    const version = document.version;
    const result = fixAll(article.text, await this.configs.forUri(document.uri), { encoding: (await this.diagnostics.articleOf(document))?.encoding });
    if (result.fixed === 0) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('News Archive: nothing to fix in this file'), 4000);
      return;
    }
    if (document.version !== version) return;
    await vscode.workspace.applyEdit(toWorkspaceEdit(document.uri, article, diffEdits(article.text, result.text)));
    vscode.window.setStatusBarMessage(vscode.l10n.t('News Archive: fixed {0}', counted('problem', result.fixed)), 4000);
  }

  async validateArchive(): Promise<void> {
    const scope = readConfig().validateScope;
    if (scope === 'openFiles') {
      const docs = vscode.workspace.textDocuments.filter((d) => this.articles.isArticle(d));
      await Promise.all(docs.map((d) => this.diagnostics.validate(d)));
      vscode.window.setStatusBarMessage(vscode.l10n.t('News Archive: validated {0} open in editors', counted('article', docs.length)), 4000);
      return;
    }
    const started = performance.now();
    const run = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Validating the archive'), cancellable: true },
      (progress, token) => this.validateWorkspace(progress, token),
    );
    if (!run) return;
    const millis = performance.now() - started;
    if (run.hidden === 0) {
      this.finish({ ...run, millis, summary: run.text });
      void vscode.window.showInformationMessage(run.text);
      return;
    }
    const show = vscode.l10n.t('Show in Articles View');
    const more = vscode.l10n.t('The Problems panel lists {0} (newsArchive.validate.problemsLimit); the Articles view shows {1} more.', counted('problem', run.shown), counted('problem', run.hidden));
    this.finish({ ...run, millis, summary: `${run.text} ${more}` });
    // The command ends with the validation; the offer stays until the user answers it.
    void vscode.window.showInformationMessage(`${run.text} ${more}`, show).then((choice) => {
      if (choice === show) void this.showProblemsInView();
    });
  }

  private finish(run: ValidationRun & { text?: string }): void {
    const { text: _text, ...kept } = run;
    this.last = kept;
    this.validated.fire(kept);
  }

  /** The Articles view with only the articles that have problems. */
  async showProblemsInView(): Promise<void> {
    const { provider } = this.archiveTree;
    const f = provider.tree.options.filter;
    if (!f.problemsOnly) provider.setOptions({ filter: { ...f, problemsOnly: true } });
    await vscode.commands.executeCommand('newsArchive.articles.focus');
  }

  private openDocument(filePath: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => isArchiveUri(d.uri) && d.uri.fsPath === filePath);
  }

  private async validateWorkspace(progress: Progress, token: vscode.CancellationToken): Promise<(Omit<ValidationRun, 'millis' | 'summary'> & { text: string }) | undefined> {
    const files = await this.archiveTree.service.archiveFiles();
    if (token.isCancellationRequested) return undefined;
    const perFile = new Map<string, ProblemCounts>();
    // The workers count every file; only the files the Problems panel will show come back with
    // their placed problems (a second, small job below). Placed problems of every file, 150,000
    // objects at 50,000 posts, were made on this thread to be dropped by the cap.
    const cap = new ProblemCap<undefined>(readConfig().validateProblemsLimit);
    let articles = 0;
    let open = 0;
    const onDisk: string[] = [];
    // An open document's diagnostics are live; the file on disk is not what the user sees.
    for (const file of files) {
      const document = this.openDocument(file);
      if (!document) {
        onDisk.push(file);
        continue;
      }
      const live = await this.diagnostics.problemsOf(document);
      if (!live) continue;
      articles++;
      perFile.set(file, countProblems(live.problems));
      open += live.problems.length;
      await this.diagnostics.validate(document);
    }
    await inLanes(chunks(onDisk, BATCH), this.workers.size * 2, token, async (batch) => {
      const job = await jobFiles(this.configs, batch);
      const results = await this.workers.run({ kind: 'count', files: job.files, configs: job.configs });
      for (const r of results) {
        if (r.kind !== 'article') continue;
        articles++;
        perFile.set(r.path, r.counts);
        const worst = worstSeverity(r.counts);
        if (worst) cap.add(r.path, worst, problemTotal(r.counts), undefined);
      }
      progress.report({ message: vscode.l10n.t('{0} of {1}', articles.toLocaleString(), counted('file', files.length)), increment: (batch.length * 100) / files.length });
    });
    // The capped files' problems, placed: a few thousand at most, so not cut short by a cancel.
    const placed = new Map<string, PlacedProblem[]>();
    const capped = cap.files().map((f) => f.key);
    await Promise.all(chunks(capped, BATCH).map(async (batch) => {
      const job = await jobFiles(this.configs, batch);
      for (const r of await this.workers.run({ kind: 'validate', files: job.files, configs: job.configs })) if (r.kind === 'article') placed.set(r.path, r.problems);
    }));
    // The panel holds the open articles' live problems and the capped set, nothing older.
    const stale: vscode.Uri[] = [];
    this.diagnostics.collection.forEach((uri) => {
      if (!this.openDocument(uri.fsPath)) stale.push(uri);
    });
    for (const uri of stale) this.diagnostics.collection.delete(uri);
    this.diagnostics.collection.set(capped.map((key) => [
      uriOfPath(key),
      (placed.get(key) ?? []).map(({ problem, range }) => diagnosticAt(toRange(range), problem, this.extensionUri)),
    ]));
    // The archive-wide rules' problems as the index counts them (the status bar's): the findings
    // come from hygiene in a worker, their diagnostics in the Problems panel from hygiene too.
    if (!token.isCancellationRequested) await this.archiveTree.service.archiveCountsSettled();
    const tally = new ProblemTally();
    const index = this.archiveTree.service.index;
    let archiveWide = 0;
    for (const [file, c] of perFile) {
      const also = index.get(file) && this.archiveTree.service.archiveCounts.get(file);
      archiveWide += problemTotal(also);
      tally.add(c, 1, also);
    }
    const counts = tally.problems;
    if (token.isCancellationRequested) {
      return { text: vscode.l10n.t('Validation cancelled after {0}.', counted('article', articles)), articles, counts, open, shown: cap.shown, hidden: 0, archiveWide, cancelled: true };
    }
    return {
      text: vscode.l10n.t('Validated {0}: {1} ({2}).', counted('article', articles), counted('problem', counts.total), countedSeverities(counts)),
      articles, counts, open, shown: cap.shown, hidden: cap.hidden, archiveWide, cancelled: false,
    };
  }

  async fixAllInArchive(): Promise<AppliedSummary | Refused | undefined> {
    const refused = refuseUntrusted(vscode.l10n.t('Fix All Problems in Archive'));
    if (refused) return refused;
    const prepared = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Preparing fixes for the archive'), cancellable: true },
      (progress, token) => this.prepareArchiveFixes(progress, token),
    );
    if (!prepared) return undefined;
    const { fixes, files } = prepared;
    if (fixes.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to fix in the archive ({0} checked).', counted('article', files)));
      return undefined;
    }
    // Nothing changed since it was read may be overwritten: drop what did, and say so.
    const fresh: PreparedFix[] = [];
    for (const f of fixes) if (await unchanged(f, this.archiveTree.service.access)) fresh.push(f);
    const edit = new vscode.WorkspaceEdit();
    const proposed: ReviewedFile[] = [];
    let total = 0;
    for (const f of fresh) {
      total += f.fixed;
      const metadata = proposedEntry(vscode.l10n.t('Fix front matter'), vscode.workspace.asRelativePath(f.uri));
      for (const e of f.edits) edit.replace(f.uri, e.range, e.newText, metadata);
      proposed.push({ uri: f.uri, before: f.before, after: f.after, changes: f.fixed });
    }
    const skipped = fixes.length - fresh.length;
    if (skipped) void vscode.window.showWarningMessage(vscode.l10n.t('Left out {0} that changed while the fixes were prepared: run Fix All Problems in Archive again.', counted('file', skipped)));
    if (fresh.length === 0) return undefined;
    return applyReviewed(edit, proposed, fixAllWords(total, fresh.length));
  }

  private async prepareArchiveFixes(progress: Progress, token: vscode.CancellationToken): Promise<{ fixes: PreparedFix[]; files: number } | undefined> {
    const paths = await this.archiveTree.service.archiveFiles();
    const fixes: PreparedFix[] = [];
    let files = 0;
    const onDisk: string[] = [];
    for (const p of paths) {
      const document = this.openDocument(p);
      if (!document) {
        onDisk.push(p);
        continue;
      }
      const article = this.articles.get(document);
      if (!article) continue;
      files++;
      const version = document.version;
      const result = fixAll(article.text, await this.configs.forUri(document.uri), { encoding: (await this.diagnostics.articleOf(document))?.encoding });
      if (result.fixed === 0 || result.text === article.text) continue;
      const ranged = toWorkspaceEdit(document.uri, article, diffEdits(article.text, result.text)).get(document.uri);
      fixes.push({ uri: document.uri, edits: ranged, fixed: result.fixed, before: article.text, after: result.text, document, version, disk: undefined });
    }
    let done = 0;
    await inLanes(chunks(onDisk, BATCH), this.workers.size * 2, token, async (batch) => {
      const job = await jobFiles(this.configs, batch);
      const results = await this.workers.run({ kind: 'fix', files: job.files, configs: job.configs });
      files += results.articles;
      for (const r of results.fixes) {
        fixes.push({
          uri: uriOfPath(r.path), fixed: r.fixed, before: r.before, after: r.after, document: undefined, version: undefined, disk: r,
          edits: r.edits.map((e) => new vscode.TextEdit(toRange(e.range), e.edit.newText)),
        });
      }
      done += batch.length;
      progress.report({ message: `${done} / ${paths.length}`, increment: (batch.length * 100) / paths.length });
    });
    if (token.isCancellationRequested) return undefined;
    return { fixes, files };
  }
}

interface PreparedFix {
  uri: vscode.Uri;
  edits: vscode.TextEdit[];
  fixed: number;
  /** The text the fixes were made against, and the text they make. */
  before: string;
  after: string;
  /** The open document the fixes were made from, at `version`. */
  document: vscode.TextDocument | undefined;
  version: number | undefined;
  /** What the worker read from disk (its mtime). */
  disk: FixResult | undefined;
}

/** Whether the file still holds exactly what the fixes were made against. */
async function unchanged(f: PreparedFix, access: FileAccess): Promise<boolean> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === f.uri.toString());
  if (f.document) return open === f.document && open.version === f.version;
  const disk = f.disk;
  if (!disk) return false;
  if (open) return open.getText() === f.before;
  try {
    const stat = await access.stat(disk.path);
    if (!stat || stat.mtime !== disk.mtime) return false;
    return new TextDecoder().decode(await access.readFile(disk.path)) === f.before;
  } catch {
    return false;
  }
}
