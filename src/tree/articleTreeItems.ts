/**
 * Tree items for the model's nodes. An article item is made from its URI with `ThemeIcon.File`,
 * so it gets the file's icon and VS Code colours it and badges it from that URI's problems
 * (microsoft/vscode #117499, #62497); its label is the title, its description date and author.
 */
import * as vscode from 'vscode';
import { moreItem } from '../util/moreItem';
import { countedSeverities } from '../util/counts';
import { hasProblems } from '../core/tree/archiveFilter';
import { ArchiveCountsReader, entryCounts } from '../core/index/archiveWideCounts';
import { MISSING } from '../core/tree/archiveGroups';
import { ArticleNode, GroupNode, TreeNode } from '../core/tree/archiveTree';
import { entryPath, IndexEntry } from '../core/index/records/indexEntry';
import { uriOfPath } from '../util/archiveUris';

const pad = (n: number) => (n < 10 ? '0' : '') + n;

/** `2021-11-15 23:46` in the zone `utcOffsetMinutes` east of UTC. */
export function formatTime(time: number, utcOffsetMinutes: number): string {
  const d = new Date(time + utcOffsetMinutes * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function missingLabel(g: GroupNode): string {
  switch (g.groupBy) {
    case 'category':
      return vscode.l10n.t('(no category)');
    case 'date':
      return vscode.l10n.t('(no date)');
    case 'source':
      return vscode.l10n.t('(no source)');
    case 'author':
      return vscode.l10n.t('(no author)');
  }
}

const GROUP_ICONS = { category: 'folder', date: 'calendar', source: 'globe', author: 'person' } as const;

/**
 * `expanded`: the groups come up open, under ids of their own (VS Code keeps the state it
 * remembers for an id, whatever the item says), so a filter's results show at once.
 */
function groupItem(g: GroupNode, expanded: string | undefined): vscode.TreeItem {
  const state = expanded === undefined ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
  const item = new vscode.TreeItem(g.key === MISSING ? missingLabel(g) : g.key, state);
  item.id = expanded === undefined ? g.id : `${g.id}${expanded}`;
  item.description = g.withProblems > 0
    ? vscode.l10n.t('{0} · {1} with problems', g.count.toLocaleString(), g.withProblems.toLocaleString())
    : g.count.toLocaleString();
  item.iconPath = new vscode.ThemeIcon(g.key === MISSING ? 'question' : g.groupBy === 'date' && g.depth > 0 ? 'calendar' : GROUP_ICONS[g.groupBy]);
  item.contextValue = 'newsArchive.group';
  return item;
}

function problemsText(e: IndexEntry, archive: ArchiveCountsReader): string {
  const counts = entryCounts(e, archive);
  if (!counts) return vscode.l10n.t('not checked yet');
  if (!hasProblems(e, archive)) return vscode.l10n.t('none');
  return countedSeverities(counts);
}

export function articleUri(e: IndexEntry): vscode.Uri {
  return uriOfPath(entryPath(e));
}

function articleItem(n: ArticleNode, utcOffsetMinutes: number, archive: ArchiveCountsReader): vscode.TreeItem {
  const e = n.entry;
  const uri = articleUri(e);
  const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.None);
  item.id = n.id;
  item.label = e.title ?? vscode.l10n.t('(untitled) {0}', e.name);
  const date = Number.isNaN(e.time) ? vscode.l10n.t('no date') : formatTime(e.time, utcOffsetMinutes);
  item.description = e.author ? `${date} · ${e.author}` : date;
  item.iconPath = vscode.ThemeIcon.File;
  item.contextValue = 'newsArchive.article';
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] };
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown('**').appendText(e.title ?? vscode.l10n.t('(untitled)')).appendMarkdown('**\n\n');
  const rows: [string, string][] = [
    [vscode.l10n.t('Date'), Number.isNaN(e.time) ? e.dateRaw ?? vscode.l10n.t('none') : `${formatTime(e.time, utcOffsetMinutes)} (${e.dateRaw ?? ''})`],
    [vscode.l10n.t('Category'), e.categories.length ? e.categories.join(' › ') : vscode.l10n.t('none')],
    [vscode.l10n.t('Author'), e.author ?? vscode.l10n.t('none')],
    [vscode.l10n.t('Source'), e.source ?? vscode.l10n.t('none')],
    [vscode.l10n.t('Problems'), problemsText(e, archive)],
    [vscode.l10n.t('Path'), uri.fsPath],
  ];
  for (const [k, v] of rows) md.appendMarkdown(`${k}: `).appendText(v).appendMarkdown('  \n');
  item.tooltip = md;
  return item;
}


/**
 * `archive`: the archive-wide rules' counts of the files; `expanded`: a suffix for the ids of
 * groups that come up open (see groupItem), or undefined.
 */
export function treeItem(node: TreeNode, utcOffsetMinutes: number, archive: ArchiveCountsReader, expanded?: string): vscode.TreeItem {
  switch (node.kind) {
    case 'group':
      return groupItem(node, expanded);
    case 'article':
      return articleItem(node, utcOffsetMinutes, archive);
    case 'more':
      return moreItem(node, 'newsArchive.tree.showMore');
  }
}
