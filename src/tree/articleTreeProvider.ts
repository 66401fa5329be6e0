/**
 * The Articles view's data provider: the ArchiveTree model over the index service. Changes to
 * single entries refresh only the top-level groups they touched (coalesced per animation-ish
 * tick); a new index or new options refresh the whole tree.
 */
import * as vscode from 'vscode';
import { isFiltering, sameFilter } from '../core/tree/archiveFilter';
import { hasProblems } from '../core/problemCounts';
import type { ArchiveCountsReader } from '../core/index/archiveWideCounts';
import { ArchiveTree, ArticleNode, GroupNode, TreeNode, TreeOptions } from '../core/tree/archiveTree';
import { ArchiveIndexService } from '../index/archiveIndexService';
import { Disposable } from '../util/dispose';
import { treeItem } from './articleTreeItems';

/** Changes arriving within this window are refreshed together. */
const COALESCE_MS = 50;
/** A filter with at most this many results shows them in open groups. */
export const EXPAND_FILTERED_LIMIT = 200;

/** Changes in one event above which the model is rebuilt rather than changed entry by entry. */
const BULK_CHANGES = 500;

export class ArticleTreeProvider extends Disposable implements vscode.TreeDataProvider<TreeNode> {
  private model: ArchiveTree;
  private readonly changed = this._register(new vscode.EventEmitter<TreeNode | TreeNode[] | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  /** Fires after the model changed (counts for the view's message). */
  private readonly modelChanged = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeModel = this.modelChanged.event;
  private pending = new Map<string, GroupNode>();
  private pendingRoot = false;
  private timer: NodeJS.Timeout | undefined;
  /** Each new filter's groups get new ids, so they open (articleTreeItems.ts groupItem). */
  private filterGeneration = 0;
  private expanded: string | undefined;
  private changes = 0;

  /** The archive-wide rules' counts, which the items show beside each entry's own. */
  private readonly archive: ArchiveCountsReader;

  constructor(service: ArchiveIndexService, options: TreeOptions) {
    super();
    this.archive = service.archiveCounts;
    this.model = new ArchiveTree(service.index, options, service.archiveCounts);
    this._register(service.onDidReset(() => {
      this.changes++;
      this.model = new ArchiveTree(service.index, this.model.options, service.archiveCounts);
      this.refreshAll();
    }));
    this._register(service.onDidChangeEntries((changes) => {
      this.changes++;
      // Many at once (the archive-wide counts arriving for thousands of copies): one rebuild costs
      // less than thousands of moves, each searching a large group's unsorted entries.
      if (changes.length > BULK_CHANGES) {
        this.model.rebuild();
        this.pendingRoot = true;
        this.schedule();
        return;
      }
      for (const c of changes) {
        const change = this.model.apply(c.old, c.next, c.archiveOnly && c.next ? hasProblems(c.next.problems) || hasProblems(c.archiveOnly.before) : undefined);
        if (change.kind === 'root') this.pendingRoot = true;
        else if (change.kind === 'nodes') for (const n of change.nodes) this.pending.set(n.id, n);
      }
      this.schedule();
    }));
  }

  get tree(): ArchiveTree {
    return this.model;
  }

  /** Counts the model's changes (a new index, entries, options, paging): a node taken before a change may be gone after it. */
  get revision(): number {
    return this.changes;
  }

  setOptions(options: Partial<TreeOptions>): void {
    this.changes++;
    const before = this.model.options.filter;
    this.model.setOptions(options);
    const filter = this.model.options.filter;
    if (options.filter && !sameFilter(filter, before)) {
      this.filterGeneration++;
      this.expanded = isFiltering(filter) && this.model.count <= EXPAND_FILTERED_LIMIT ? `~filter${this.filterGeneration}` : undefined;
    }
    this.refreshAll();
  }

  /** Whether the groups come up open: a filter with few enough results. */
  get groupsExpanded(): boolean {
    return this.expanded !== undefined;
  }

  refreshAll(): void {
    this.pendingRoot = true;
    this.flush();
  }

  /**
   * The node to reveal for a file, with every pending refresh sent first and the group
   * refreshed when it had to be paged further: the view can only reveal what it was told of.
   */
  nodeToReveal(filePath: string): ArticleNode | undefined {
    const node = this.model.articleNode(filePath, (g) => {
      if (g.depth >= 0) this.pending.set(g.id, g);
      else this.pendingRoot = true;
    });
    this.flush();
    return node;
  }

  /** "Show more" on a group: refresh just that group. */
  showMore(node: TreeNode): void {
    if (node.kind !== 'more') return;
    this.changes++;
    const g = this.model.showMore(node);
    this.changed.fire(g.depth >= 0 ? g : undefined);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return treeItem(node, this.model.options.utcOffsetMinutes, this.archive, this.expanded);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return this.model.children(node);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.model.parent(node);
  }

  private schedule(): void {
    if (!this.timer) this.timer = setTimeout(() => this.flush(), COALESCE_MS);
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pendingRoot) this.changed.fire(undefined);
    else if (this.pending.size) this.changed.fire([...this.pending.values()]);
    this.pending.clear();
    this.pendingRoot = false;
    this.modelChanged.fire();
  }

  override dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    super.dispose();
  }
}
