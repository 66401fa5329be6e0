/**
 * Applies a bulk edit the way `newsArchive.bulkEdits.review` says (a modal question naming what
 * it will change, the refactor preview with every change ticked, or at once), then says what was
 * applied, read from the files themselves. See bulkReview.ts for why no proposed entry needs
 * confirmation.
 */
import * as vscode from 'vscode';
import { readConfig } from '../config/settings';
import { counted } from '../util/counts';
import { AppliedSummary, appliedSummary, ProposedFile, reviewMarkerEntry } from './bulkReview';

export interface ReviewedFile extends ProposedFile {
  uri: vscode.Uri;
}

export interface BulkEditWords {
  /** The modal question, e.g. "Apply 12 fixes in 5 files?". */
  question: string;
  /** Its button that applies at once. */
  apply: string;
  /** What was applied, e.g. "Applied 12 fixes in 5 files." (only called when something was). */
  applied(summary: AppliedSummary): string;
}

async function textNow(uri: vscode.Uri): Promise<string | undefined> {
  const key = uri.toString();
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  if (document) return document.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/**
 * Applies `edit` (every entry made with `proposedEntry`) to `files`; resolves with what was
 * applied, or undefined when the user cancelled the question.
 */
export async function applyReviewed(edit: vscode.WorkspaceEdit, files: readonly ReviewedFile[], words: BulkEditWords): Promise<AppliedSummary | undefined> {
  let review = readConfig().bulkEditReview;
  if (review === 'confirm') {
    const preview = vscode.l10n.t('Review in Refactor Preview');
    const detail = vscode.l10n.t('The refactor preview shows every change ticked; untick what you want to leave out. Undo takes the whole edit back.');
    const choice = await vscode.window.showInformationMessage(words.question, { modal: true, detail }, words.apply, preview);
    if (choice === undefined) return undefined;
    review = choice === preview ? 'preview' : 'apply';
  }
  if (review === 'preview' && files.length > 0) {
    edit.insert(files[0].uri, new vscode.Position(0, 0), '', reviewMarkerEntry(vscode.l10n.t('Review: every change below is ticked and will be applied (this entry changes nothing)')));
  }
  const ok = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  const summary = appliedSummary(files, await Promise.all(files.map((f) => textNow(f.uri))));
  if (summary.files === 0 && summary.partly === 0) {
    void vscode.window.showWarningMessage(ok
      ? vscode.l10n.t('Nothing was applied: every change was left unticked.')
      : vscode.l10n.t('Nothing was applied: the edit was discarded, or VS Code could not change the files.'));
  } else {
    const partly = summary.partly === 0 ? '' : ' ' + vscode.l10n.t('Changed in part: {0}.', counted('file', summary.partly));
    void vscode.window.showInformationMessage(words.applied(summary) + partly);
  }
  return summary;
}
