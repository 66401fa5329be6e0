/**
 * The validation commands: fix everything in this file, validate the archive (open files or the
 * whole workspace, with progress and cancellation, one summary at the end), and fix all in the
 * archive as one WorkspaceEdit the user reviews in the refactor preview.
 */
import * as vscode from 'vscode';
import { counted } from '../util/counts';
import { applyEdits, diffEdits } from '../core/edits';
import { fixAll } from '../core/rules/fixAll';
import { validateArticle } from '../core/rules/index';
import { readConfig } from '../config/settings';
import { ArticleDocuments } from '../documents/articleDocuments';
import { toWorkspaceEdit } from '../codeActions/articleCodeActions';
import { ArticleDiagnostics, toDiagnostic } from '../diagnostics/articleDiagnostics';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { AppliedSummary, proposedEntry } from '../documents/bulkReview';
import { applyReviewed, BulkEditWords, ReviewedFile } from '../documents/reviewedEdit';
import { archiveFiles, readArticle, ReadArticle, unchangedSinceRead } from '../documents/workspaceArticles';

/** Diagnostics are handed to VS Code in batches, so the Problems panel updates without a storm of events. */
const BATCH = 250;

/** Fix All in Archive's words, with English plurals. */
function fixAllWords(fixes: number, files: number): BulkEditWords {
  return {
    question: vscode.l10n.t('Apply {0} in {1}?', counted('fix', fixes), counted('file', files)),
    apply: vscode.l10n.t('Apply Fixes'),
    applied: (s) => vscode.l10n.t('Applied {0} in {1}.', counted('fix', s.changes), counted('file', s.files)),
  };
}

export class ValidationCommands {
  constructor(
    private readonly articles: ArticleDocuments,
    private readonly diagnostics: ArticleDiagnostics,
    private readonly configs: ArchiveConfigs,
    private readonly extensionUri: vscode.Uri,
  ) {}

  async fixAllInFile(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document;
    const article = document ? this.articles.get(document) : undefined;
    if (!document || !article) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an archive article (a file with front matter) to fix it.'));
      return;
    }
    const version = document.version;
    const result = fixAll(article.text, await this.configs.forUri(document.uri));
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
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Validating the archive'), cancellable: true },
      (progress, token) => this.validateWorkspace(progress, token),
    );
    if (summary) void vscode.window.showInformationMessage(summary);
  }

  private async validateWorkspace(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<string | undefined> {
    const uris = await archiveFiles(token);
    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    let batch: [vscode.Uri, vscode.Diagnostic[]][] = [];
    let articles = 0;
    for (let i = 0; i < uris.length; i++) {
      if (token.isCancellationRequested) break;
      const uri = uris[i];
      let read: ReadArticle | undefined;
      try {
        read = await readArticle(uri);
      } catch {
        continue;
      }
      if (!read) continue;
      articles++;
      // An open document's diagnostics are live; the file on disk is not what the user sees.
      if (read.document) {
        await this.diagnostics.validate(read.document);
        continue;
      }
      const problems = validateArticle(read.article, await this.configs.forUri(uri));
      for (const p of problems) counts[p.severity]++;
      batch.push([uri, problems.map((p) => toDiagnostic(read!.article, p, this.extensionUri))]);
      if (batch.length >= BATCH) {
        this.diagnostics.collection.set(batch);
        batch = [];
        progress.report({ message: `${i + 1} / ${uris.length}`, increment: (BATCH * 100) / uris.length });
      }
    }
    this.diagnostics.collection.set(batch);
    if (token.isCancellationRequested) return vscode.l10n.t('Validation cancelled after {0}.', counted('article', articles));
    return vscode.l10n.t('Validated {0}: {1}, {2}, {3}.', counted('article', articles), counted('error', counts.error), counted('warning', counts.warning), counted('info', counts.info));
  }

  async fixAllInArchive(): Promise<AppliedSummary | undefined> {
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
    const fresh: typeof fixes = [];
    for (const f of fixes) if (await unchangedSinceRead(f.read, f.version)) fresh.push(f);
    const edit = new vscode.WorkspaceEdit();
    const proposed: ReviewedFile[] = [];
    let total = 0;
    for (const f of fresh) {
      total += f.fixed;
      const metadata = proposedEntry(vscode.l10n.t('Fix front matter'), vscode.workspace.asRelativePath(f.read.uri));
      toWorkspaceEdit(f.read.uri, f.read.article, f.edits, edit, metadata);
      proposed.push({ uri: f.read.uri, before: f.read.article.text, after: applyEdits(f.read.article.text, f.edits).text, changes: f.fixed });
    }
    const skipped = fixes.length - fresh.length;
    if (skipped) void vscode.window.showWarningMessage(vscode.l10n.t('Left out {0} that changed while the fixes were prepared: run Fix All Problems in Archive again.', counted('file', skipped)));
    if (fresh.length === 0) return undefined;
    return applyReviewed(edit, proposed, fixAllWords(total, fresh.length));
  }

  private async prepareArchiveFixes(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken) {
    const uris = await archiveFiles(token);
    const fixes: { read: ReadArticle; version: number | undefined; edits: ReturnType<typeof diffEdits>; fixed: number }[] = [];
    let files = 0;
    for (let i = 0; i < uris.length; i++) {
      if (token.isCancellationRequested) return undefined;
      let read: ReadArticle | undefined;
      try {
        read = await readArticle(uris[i]);
      } catch {
        continue;
      }
      if (!read) continue;
      files++;
      const version = read.document?.version;
      const result = fixAll(read.article.text, await this.configs.forUri(read.uri));
      if (result.fixed > 0 && result.text !== read.article.text) {
        fixes.push({ read, version, edits: diffEdits(read.article.text, result.text), fixed: result.fixed });
      }
      if (i % BATCH === 0) progress.report({ message: `${i + 1} / ${uris.length}`, increment: (BATCH * 100) / uris.length });
    }
    return { fixes, files };
  }
}
