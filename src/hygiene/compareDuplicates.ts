/**
 * `newsArchive.compareDuplicates` opens two duplicates side by side (`vscode.diff`);
 * `newsArchive.showDuplicates` lists the duplicate groups to pick one to compare.
 */
import * as vscode from 'vscode';
import { counted } from '../util/counts';
import type { DuplicateGroup, DuplicateLookup, DuplicateReason } from '../core/hygiene/duplicates';
import { duplicateReasonLabel } from './hygieneLabels';
import { HygieneModel } from './hygieneModel';
import { isArchiveUri, uriOfPath } from '../util/archiveUris';

const DETAIL_NAMES = 10;

function name(path: string): string {
  return vscode.workspace.asRelativePath(uriOfPath(path), false);
}

function asUri(v: unknown): vscode.Uri | undefined {
  if (v instanceof vscode.Uri) return v;
  if (typeof v === 'string') return vscode.Uri.parse(v);
  // A member of the Articles view's Duplicates group (duplicatesTree.ts).
  if (typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'duplicateMember' && typeof (v as { path?: unknown }).path === 'string') {
    return uriOfPath((v as { path: string }).path);
  }
  if (typeof v === 'object' && v !== null && 'resourceUri' in v && (v as { resourceUri: unknown }).resourceUri instanceof vscode.Uri) {
    return (v as { resourceUri: vscode.Uri }).resourceUri;
  }
  return undefined;
}

export async function openDiff(left: vscode.Uri, right: vscode.Uri): Promise<void> {
  const title = vscode.l10n.t('{0} ↔ {1} (duplicates)', vscode.workspace.asRelativePath(left, false), vscode.workspace.asRelativePath(right, false));
  await vscode.commands.executeCommand('vscode.diff', left, right, title);
}

function reasonOf(reason: DuplicateReason | undefined): string | undefined {
  return reason && duplicateReasonLabel(reason);
}

async function pickOther(group: DuplicateGroup, of: string, lookup: DuplicateLookup): Promise<string | undefined> {
  const others = group.members.filter((m) => m !== of);
  if (others.length === 1) return others[0];
  const pairs = new Map(lookup.pairsOf(of).map((p) => [p.a === of ? p.b : p.a, p]));
  const picked = await vscode.window.showQuickPick(
    others.map((m) => ({ label: name(m), description: reasonOf(pairs.get(m)?.reason), path: m })),
    { title: vscode.l10n.t('Compare {0} with…', name(of)) },
  );
  return picked?.path;
}

/** Arguments: (left, right) URIs, or one URI (its group is offered), or none (the active editor). */
export async function compareDuplicatesCommand(model: HygieneModel, first?: unknown, second?: unknown): Promise<void> {
  const a = asUri(first);
  const b = asUri(second);
  if (a && b) return openDiff(a, b);
  await model.ready();
  const report = model.report();
  const uri = a ?? vscode.window.activeTextEditor?.document.uri;
  const of = uri && isArchiveUri(uri) ? uri.fsPath : undefined;
  const group = of ? report.lookup.groupOf(of) : undefined;
  if (!of || !group) return showDuplicatesCommand(model);
  const other = await pickOther(group, of, report.lookup);
  if (other) await openDiff(uriOfPath(of), uriOfPath(other));
}

export async function showDuplicatesCommand(model: HygieneModel): Promise<void> {
  await model.ready();
  const { groups } = model.report().duplicates;
  if (groups.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No duplicate articles found in the archive.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    groups.map((g) => ({
      label: name(g.members[0]),
      description: `${counted('article', g.members.length)} · ${duplicateReasonLabel(g.reason)}`,
      // The first few names: a group of thousands is one row, not a line of thousands of names.
      detail: [...g.members.slice(1, DETAIL_NAMES + 1).map(name), ...(g.members.length > DETAIL_NAMES + 1 ? ['…'] : [])].join(' · '),
      group: g,
    })),
    { title: vscode.l10n.t('Duplicate articles ({0})', counted('group', groups.length)), matchOnDetail: true },
  );
  if (!picked) return;
  const first = picked.group.members[0];
  const other = await pickOther(picked.group, first, model.report().lookup);
  if (other) await openDiff(uriOfPath(first), uriOfPath(other));
}
