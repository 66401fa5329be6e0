/**
 * `newsArchive.renameValue`: renames or merges one category, tag or author value across the
 * archive as ONE WorkspaceEdit, reviewed as `newsArchive.bulkEdits.review` says (src/documents/
 * reviewedEdit.ts), and one undo takes it all back. The edits are the core's byte-minimal
 * ones (src/core/hygiene/rename.ts), computed from each file's current text.
 */
import { uriOfPath } from '../util/archiveUris';
import * as vscode from 'vscode';
import { counted } from '../util/counts';
import { parseArticle } from '../core/article/article';
import { RENAMABLE_FIELDS, RenamableField } from '../core/hygiene/frontMatterValues';
import { renameValueEdits } from '../core/hygiene/rename';
import { applyEdits } from '../core/edits';
import { AppliedSummary, proposedEntry } from '../documents/bulkReview';
import { applyReviewed, BulkEditWords, ReviewedFile } from '../documents/reviewedEdit';
import { Refused, refuseUntrusted } from '../documents/restrictedMode';
import { toRange } from '../util/ranges';
import { vocabularyFieldWord } from './hygieneLabels';
import { HygieneModel } from './hygieneModel';

export interface RenameRequest {
  field: RenamableField;
  from: string;
  to: string;
}

export interface RenamePlan {
  edit: vscode.WorkspaceEdit;
  files: number;
  occurrences: number;
  /** Files that could not be renamed safely, with the reason. */
  problems: { uri: vscode.Uri; message: string }[];
  /** Each changed file's text before and after, to say afterwards what was applied. */
  proposed: ReviewedFile[];
}

function isRenamableField(v: unknown): v is RenamableField {
  return typeof v === 'string' && (RENAMABLE_FIELDS as readonly string[]).includes(v);
}

/** Reads a request from command arguments (tree items and quick fixes pass one). */
export function renameRequestFrom(arg: unknown): Partial<RenameRequest> {
  if (typeof arg !== 'object' || arg === null) return {};
  const o = arg as Record<string, unknown>;
  // A category or author group of the Articles view (src/core/archiveTree.ts GroupNode).
  if (o.kind === 'group' && typeof o.key === 'string' && !o.key.startsWith('\u0000')) {
    const field = o.groupBy === 'category' ? 'categories' : o.groupBy === 'author' ? 'author' : undefined;
    return field ? { field, from: o.key } : {};
  }
  return {
    field: isRenamableField(o.field) ? o.field : undefined,
    from: typeof o.from === 'string' ? o.from : typeof o.value === 'string' ? o.value : undefined,
    to: typeof o.to === 'string' ? o.to : undefined,
  };
}

async function textOf(uri: vscode.Uri): Promise<{ text: string; document: vscode.TextDocument | undefined }> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (document) return { text: document.getText(), document };
  return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), document: undefined };
}

/** The WorkspaceEdit renaming `from` to `to` in every article using it. */
export async function planRename(model: HygieneModel, request: RenameRequest): Promise<RenamePlan> {
  await model.ready();
  const edit = new vscode.WorkspaceEdit();
  const problems: RenamePlan['problems'] = [];
  const proposed: ReviewedFile[] = [];
  let files = 0;
  let occurrences = 0;
  const label = vscode.l10n.t('Rename {0} "{1}" to "{2}"', vocabularyFieldWord(request.field), request.from, request.to);
  const users: vscode.Uri[] = [];
  for (const [path, r] of model.report().files) {
    // An entry without title or categories is one whose front matter the index could not
    // read: the YAML reader used for renaming may still find the value there.
    const unreadable = r.title === undefined && r.categories.length === 0;
    if (unreadable || (request.field === 'author' ? r.author === request.from : r[request.field].includes(request.from))) users.push(uriOfPath(path));
  }
  users.sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
  for (const uri of users) {
    let text: string;
    try {
      text = (await textOf(uri)).text;
    } catch (e) {
      problems.push({ uri, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const article = parseArticle(text);
    const result = renameValueEdits(article, request.field, request.from, request.to);
    for (const message of result.problems) problems.push({ uri, message });
    if (result.edits.length === 0) continue;
    files++;
    occurrences += result.renamed;
    const metadata = proposedEntry(label, vscode.workspace.asRelativePath(uri, false));
    for (const e of result.edits) edit.replace(uri, toRange(article.lines, e.start, e.end), e.newText, metadata);
    proposed.push({ uri, before: text, after: applyEdits(text, result.edits).text, changes: result.renamed });
  }
  return { edit, files, occurrences, problems, proposed };
}

async function askRequest(model: HygieneModel, partial: Partial<RenameRequest>): Promise<RenameRequest | undefined> {
  const field = partial.field ?? (await vscode.window.showQuickPick(
    RENAMABLE_FIELDS.map((f) => ({ label: f, field: f })),
    { title: vscode.l10n.t('Rename or merge a value across the archive'), placeHolder: vscode.l10n.t('Which field?') },
  ))?.field;
  if (!field) return undefined;
  let from = partial.from;
  if (from === undefined) {
    await model.ready();
    const values = model.report().vocabulary[field].values;
    from = (await vscode.window.showQuickPick(
      values.map((v) => ({ label: v.value, description: counted('article', v.count) })),
      { title: vscode.l10n.t('Rename a {0} value', vocabularyFieldWord(field)), placeHolder: vscode.l10n.t('Which value?'), matchOnDescription: false },
    ))?.label;
    if (from === undefined) return undefined;
  }
  const advice = model.started ? model.report().variants[field].get(from) : undefined;
  const to = partial.to ?? (await vscode.window.showInputBox({
    title: vscode.l10n.t('Rename {0} "{1}"', vocabularyFieldWord(field), from),
    prompt: vscode.l10n.t('The new value; an existing value merges the two.'),
    value: advice?.preferred ?? from,
    validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('Enter a value, or press Escape to cancel.') : v === from ? vscode.l10n.t('Enter a different value.') : undefined),
  }));
  if (to === undefined) return undefined;
  return { field, from, to };
}

function renameWords(request: RenameRequest, files: number): BulkEditWords {
  const { field, from, to } = request;
  return {
    question: vscode.l10n.t('Rename {0} "{1}" to "{2}" in {3}?', field, from, to, counted('file', files)),
    apply: vscode.l10n.t('Rename'),
    applied: (s) => vscode.l10n.t('Renamed {0} "{1}" to "{2}" in {3}.', field, from, to, counted('file', s.files)),
  };
}

/** Resolves with what was applied, or undefined when nothing was proposed or the user cancelled. */
export async function renameValueCommand(model: HygieneModel, arg: unknown): Promise<AppliedSummary | Refused | undefined> {
  const refused = refuseUntrusted(vscode.l10n.t('Rename Category, Tag or Author Across Archive'));
  if (refused) return refused;
  const request = await askRequest(model, renameRequestFrom(arg));
  if (!request) return undefined;
  const plan = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Preparing the rename of "{0}"…', request.from) },
    () => planRename(model, request),
  );
  for (const p of plan.problems) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0}: {1}', vscode.workspace.asRelativePath(p.uri, false), p.message));
  }
  if (plan.files === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No article uses {0} "{1}" where it can be renamed.', vocabularyFieldWord(request.field), request.from));
    return undefined;
  }
  return applyReviewed(plan.edit, plan.proposed, renameWords(request, plan.files));
}
