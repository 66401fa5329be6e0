/**
 * The Duplicates view beside Articles in the News Archive container: one node per duplicate
 * group, each listing its articles (file items, so they carry the file icon and problem
 * colours). A view of its own rather than a group inside Articles, so the Articles view's
 * grouping, sorting and filter never hide or split a duplicate group. A group of thousands of
 * copies is one node with its count, its members paged as the Articles view pages (never more
 * than 2,000 children). Opening it starts the reading of the archive; it follows changes.
 */
import * as vscode from 'vscode';
import { counted } from '../util/counts';
import type { DuplicateGroup } from '../core/hygiene/duplicates';
import { nextPage, PageWindow, previousPage, windowRange, windowShowing } from '../core/tree/pageWindow';
import { Disposable } from '../util/dispose';
import { moreItem } from '../util/moreItem';
import { uriOfPath } from '../util/archiveUris';
import { duplicateReasonLabel } from './hygieneLabels';
import { HygieneModel } from './hygieneModel';

export type DuplicatesNode =
  | { readonly kind: 'duplicateGroup'; readonly id: string; readonly group: DuplicateGroup }
  | { readonly kind: 'duplicateMember'; readonly id: string; readonly path: string; readonly group: DuplicateGroup }
  | { readonly kind: 'duplicateMore'; readonly id: string; readonly group: DuplicateGroup; readonly direction: 'previous' | 'next'; readonly remaining: number };

/** Members shown at first and added by each "Show more". */
export const DUPLICATES_PAGE = 1000;


export const DUPLICATES_VIEW = 'newsArchive.duplicates';
/** The "Show more" nodes' command (not in the palette). */
export const SHOW_MORE_DUPLICATES = 'newsArchive.tree.showMoreDuplicates';

export class DuplicatesTreeProvider extends Disposable implements vscode.TreeDataProvider<DuplicatesNode> {
  private readonly changed = this._register(new vscode.EventEmitter<DuplicatesNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private readonly groupNodes = new Map<DuplicateGroup, DuplicatesNode>();
  /** The window onto each group's members, by group id (kept while the group keeps its first member). */
  private readonly windows = new Map<string, PageWindow>();

  constructor(private readonly model: HygieneModel) {
    super();
    this._register(model.onDidChange(() => {
      this.groupNodes.clear();
      const ids = new Set(model.report().duplicates.groups.map((g) => g.members[0]));
      for (const id of this.windows.keys()) if (!ids.has(id)) this.windows.delete(id);
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
    return node.kind === 'duplicateGroup' ? undefined : this.groupNode(node.group);
  }

  /** The group's node as the view knows it, for `reveal`; undefined when it is no longer a group. */
  nodeOf(group: DuplicateGroup): DuplicatesNode | undefined {
    return this.model.report().duplicates.groups.includes(group) ? this.groupNode(group) : undefined;
  }

  /** The member's node (a member is the file's path), paging its group so that it is shown. */
  memberNode(group: DuplicateGroup, path: string): DuplicatesNode | undefined {
    const at = group.members.indexOf(path);
    if (at < 0) return undefined;
    const node = this.groupNode(group);
    const before = this.window(node.id);
    const w = windowShowing(before, at, DUPLICATES_PAGE);
    if (w !== before) {
      this.windows.set(node.id, w);
      this.changed.fire(node);
    }
    return this.member(node.id, group, path);
  }

  /** "Show more" / "Show previous" on a group's members. */
  showMore(node: DuplicatesNode): void {
    if (node.kind !== 'duplicateMore') return;
    const id = node.group.members[0];
    const w = this.window(id);
    const total = node.group.members.length;
    this.windows.set(id, node.direction === 'previous' ? previousPage(w, total, DUPLICATES_PAGE) : nextPage(w, total, DUPLICATES_PAGE));
    this.changed.fire(this.groupNode(node.group));
  }

  private window(id: string): PageWindow {
    return this.windows.get(id) ?? { start: 0, shown: DUPLICATES_PAGE };
  }

  private member(groupId: string, group: DuplicateGroup, path: string): DuplicatesNode {
    return { kind: 'duplicateMember', id: `${groupId}/${path}`, path, group };
  }

  private groupNode(group: DuplicateGroup): DuplicatesNode {
    let node = this.groupNodes.get(group);
    if (!node) this.groupNodes.set(group, (node = { kind: 'duplicateGroup', id: group.members[0], group }));
    return node;
  }

  private children(node: DuplicatesNode): DuplicatesNode[] {
    switch (node.kind) {
      case 'duplicateGroup': {
        const { members } = node.group;
        const { start, end, before, after } = windowRange(this.window(node.id), members.length);
        const out: DuplicatesNode[] = [];
        if (before > 0) out.push({ kind: 'duplicateMore', id: `previous:${node.id}`, group: node.group, direction: 'previous', remaining: before });
        for (let i = start; i < end; i++) out.push(this.member(node.id, node.group, members[i]));
        if (after > 0) out.push({ kind: 'duplicateMore', id: `more:${node.id}`, group: node.group, direction: 'next', remaining: after });
        return out;
      }
      case 'duplicateMember':
      case 'duplicateMore':
        return [];
    }
  }

  private title(path: string): string {
    return this.model.report().files.get(path)?.title ?? vscode.workspace.asRelativePath(uriOfPath(path), false);
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
        const uri = uriOfPath(node.path);
        const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.label = this.title(node.path);
        const pair = this.model.report().lookup.pairsOf(node.path)[0];
        item.description = pair
          ? pair.reason === 'similar' ? vscode.l10n.t('{0}% alike', Math.round(pair.similarity * 100)) : duplicateReasonLabel(pair.reason)
          : vscode.workspace.asRelativePath(uri, false);
        item.tooltip = vscode.workspace.asRelativePath(uri, false);
        item.iconPath = vscode.ThemeIcon.File;
        item.contextValue = 'newsArchive.duplicate';
        item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] };
        return item;
      }
      case 'duplicateMore':
        return moreItem(node, SHOW_MORE_DUPLICATES);
    }
  }
}
