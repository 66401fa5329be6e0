/**
 * The Duplicates view beside Articles in the News Archive container: one node per duplicate
 * group, each listing its articles (file items, so they carry the file icon and problem
 * colours). A view of its own rather than a group inside Articles, so the Articles view's
 * grouping, sorting and filter never hide or split a duplicate group. Opening it starts the
 * reading of the archive; it follows changes.
 */
import * as vscode from 'vscode';
import { counted } from '../util/counts';
import type { DuplicateGroup } from '../core/hygiene/duplicates';
import { Disposable } from '../util/dispose';
import { duplicateReasonLabel } from './hygieneLabels';
import { HygieneModel } from './hygieneModel';

export type DuplicatesNode =
  | { readonly kind: 'duplicateGroup'; readonly id: string; readonly group: DuplicateGroup }
  | { readonly kind: 'duplicateMember'; readonly id: string; readonly uri: string; readonly group: DuplicateGroup };


export const DUPLICATES_VIEW = 'newsArchive.duplicates';

export class DuplicatesTreeProvider extends Disposable implements vscode.TreeDataProvider<DuplicatesNode> {
  private readonly changed = this._register(new vscode.EventEmitter<undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private readonly groupNodes = new Map<DuplicateGroup, DuplicatesNode>();

  constructor(private readonly model: HygieneModel) {
    super();
    this._register(model.onDidChange(() => {
      this.groupNodes.clear();
      this.changed.fire(undefined);
    }));
  }

  getChildren(node?: DuplicatesNode): DuplicatesNode[] {
    if (node) return this.children(node);
    if (!this.model.started) {
      void this.model.ready();
      return [];
    }
    return this.model.report().duplicates.groups.map((g) => this.groupNode(g));
  }

  getTreeItem(node: DuplicatesNode): vscode.TreeItem {
    return this.treeItem(node);
  }

  getParent(node: DuplicatesNode): DuplicatesNode | undefined {
    return node.kind === 'duplicateMember' ? this.groupNode(node.group) : undefined;
  }

  private groupNode(group: DuplicateGroup): DuplicatesNode {
    let node = this.groupNodes.get(group);
    if (!node) this.groupNodes.set(group, (node = { kind: 'duplicateGroup', id: group.members[0], group }));
    return node;
  }

  private children(node: DuplicatesNode): DuplicatesNode[] {
    switch (node.kind) {
      case 'duplicateGroup':
        return node.group.members.map((uri) => ({ kind: 'duplicateMember', id: `${node.id}/${uri}`, uri, group: node.group }));
      case 'duplicateMember':
        return [];
    }
  }

  private title(uri: string): string {
    const file = this.model.file(vscode.Uri.parse(uri));
    return file?.record.title ?? vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
  }

  private treeItem(node: DuplicatesNode): vscode.TreeItem {
    switch (node.kind) {
      case 'duplicateGroup': {
        const item = new vscode.TreeItem(this.title(node.group.members[0]), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = `${counted('article', node.group.members.length)} · ${duplicateReasonLabel(node.group.reason)}`;
        item.iconPath = new vscode.ThemeIcon('files');
        item.contextValue = 'newsArchive.duplicateGroup';
        return item;
      }
      case 'duplicateMember': {
        const uri = vscode.Uri.parse(node.uri);
        const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.label = this.title(node.uri);
        const pair = node.group.pairs.find((p) => p.a === node.uri || p.b === node.uri);
        item.description = pair
          ? pair.reason === 'similar' ? vscode.l10n.t('{0}% alike', Math.round(pair.similarity * 100)) : duplicateReasonLabel(pair.reason)
          : vscode.workspace.asRelativePath(uri, false);
        item.tooltip = vscode.workspace.asRelativePath(uri, false);
        item.iconPath = vscode.ThemeIcon.File;
        item.contextValue = 'newsArchive.duplicate';
        item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] };
        return item;
      }
    }
  }
}
