/**
 * The "Show more" / "Show previous" item of a paged tree (core/tree/pageWindow.ts), the same in the
 * Articles and Duplicates views; `command` pages the node's group when the item is clicked.
 */
import * as vscode from 'vscode';

export interface PageNode {
  readonly id: string;
  readonly direction: 'previous' | 'next';
  /** Children hidden on that side of the window. */
  readonly remaining: number;
}

export function moreItem(node: PageNode, command: string): vscode.TreeItem {
  const label = node.direction === 'previous'
    ? vscode.l10n.t('Show previous ({0} before)', node.remaining.toLocaleString())
    : vscode.l10n.t('Show more ({0} left)', node.remaining.toLocaleString());
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.iconPath = new vscode.ThemeIcon(node.direction === 'previous' ? 'fold-up' : 'ellipsis');
  item.contextValue = 'newsArchive.more';
  item.command = { command, title: vscode.l10n.t('Show More'), arguments: [node] };
  return item;
}
