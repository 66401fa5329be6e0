/**
 * The way from a `duplicate-article` diagnostic to all of its group: its related information
 * names only the nearest copies (issue 19), so a code action and the command
 * `newsArchive.revealDuplicates` open the Duplicates view on the group, at this article.
 * VS Code opens a related-information entry as a location, never as a command, hence the action.
 */
import * as vscode from 'vscode';
import { isArchiveUri } from '../util/archiveUris';
import { DUPLICATE_ARTICLE } from '../core/hygiene/hygieneConfig';
import { DuplicatesNode, DuplicatesTreeProvider } from './duplicatesTree';
import { HygieneModel } from './hygieneModel';

export const REVEAL_DUPLICATES = 'newsArchive.revealDuplicates';

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c);
}

export class DuplicateActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly model: HygieneModel) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!this.model.started) return [];
    const group = isArchiveUri(document.uri) ? this.model.report().lookup.groupOf(document.uri.fsPath) : undefined;
    const diagnostics = context.diagnostics.filter((d) => codeOf(d) === DUPLICATE_ARTICLE);
    if (!group || diagnostics.length === 0) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Show all {0} copies in the Duplicates view', group.members.length), vscode.CodeActionKind.QuickFix);
    action.command = { command: REVEAL_DUPLICATES, title: action.title, arguments: [document.uri] };
    action.diagnostics = diagnostics;
    return [action];
  }
}

/** Opens the Duplicates view on the group of `arg` (a URI; by default the active editor's file), selecting the file. */
export async function revealDuplicatesCommand(model: HygieneModel, provider: DuplicatesTreeProvider, view: vscode.TreeView<DuplicatesNode>, arg?: unknown): Promise<void> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return;
  await model.ready();
  const group = isArchiveUri(uri) ? model.report().lookup.groupOf(uri.fsPath) : undefined;
  const node = group && provider.memberNode(group, uri.fsPath);
  if (!node) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no duplicates in the archive.', vscode.workspace.asRelativePath(uri, false)));
    return;
  }
  await view.reveal(node, { select: true, focus: true, expand: true });
}
