/**
 * The archive tree's model, apart from any view (as references-view keeps its model apart from
 * the provider): groups built from the index for one grouping, sort and filter; children made
 * on demand and paged through a window, so no node has more than 2,000 children; nodes with stable ids
 * and parents so the view can reveal an article; and incremental updates that name the
 * subtrees a changed entry touched.
 */
import { ArchiveIndex } from '../index/archiveIndex';
import { ArchiveFilter, filterPredicate, hasProblems, NO_FILTER } from './archiveFilter';
import { compareEntries, compareGroupKeys, GroupBy, groupPath, MISSING, SortBy } from './archiveGroups';
import { entryPath, IndexEntry } from '../index/records/indexEntry';
import type { ArchiveCountsReader } from '../index/archiveWideCounts';
import { nextPage, previousPage, windowRange, windowShowing } from './pageWindow';

export interface TreeOptions {
  groupBy: GroupBy;
  sortBy: SortBy;
  filter: ArchiveFilter;
  /** Children shown at first and added by each "Show more" (the window never passes MAX_WINDOW). */
  pageSize: number;
  /** Zone for date groups, minutes east of UTC. */
  utcOffsetMinutes: number;
}

export const DEFAULT_TREE_OPTIONS: TreeOptions = {
  groupBy: 'category', sortBy: 'date', filter: NO_FILTER, pageSize: 1000, utcOffsetMinutes: 0,
};

export interface GroupNode {
  readonly kind: 'group';
  readonly id: string;
  readonly groupBy: GroupBy;
  /** The group's value (a category, a year, `2021-11`, an author…), or MISSING. */
  readonly key: string;
  /** 0 for the top level. */
  readonly depth: number;
  readonly parent: GroupNode | undefined;
  /** Articles in this group and below it. */
  readonly count: number;
  /** Of those, the articles with problems. */
  readonly withProblems: number;
}

export interface ArticleNode {
  readonly kind: 'article';
  readonly id: string;
  readonly entry: IndexEntry;
  readonly parent: GroupNode;
}

export interface MoreNode {
  readonly kind: 'more';
  readonly id: string;
  readonly parent: GroupNode;
  /** 'next': the children after the window ("Show more"); 'previous': those before it. */
  readonly direction: 'next' | 'previous';
  /** Children hidden on that side of the window. */
  readonly remaining: number;
}

export { MAX_CHILDREN, MAX_WINDOW } from './pageWindow';

export type TreeNode = GroupNode | ArticleNode | MoreNode;

/** What to refresh after a change: some top-level groups, or the whole tree. */
export type TreeChange = { kind: 'nodes'; nodes: GroupNode[] } | { kind: 'root' } | { kind: 'none' };

const SEP = '\u001f';

class Group implements GroupNode {
  readonly kind = 'group';
  readonly id: string;
  readonly subgroups = new Map<string, Group>();
  readonly articles = new Set<IndexEntry>();
  readonly articleNodes = new Map<IndexEntry, ArticleNode>();
  count = 0;
  withProblems = 0;
  /** The window of children shown: from `start`, `shown` of them. */
  start = 0;
  shown: number;
  sorted: (Group | IndexEntry)[] | undefined;
  /**
   * Entries counted here but not yet sorted into subgroups and articles: a group is laid out
   * only when it is expanded, so the first level of 50,000 articles costs one pass.
   */
  pending: IndexEntry[] | undefined = [];

  constructor(readonly groupBy: GroupBy, readonly key: string, readonly depth: number, readonly parent: Group | undefined, pageSize: number) {
    this.id = parent ? `${parent.id}${SEP}${key}` : `g:${groupBy}:${key}`;
    this.shown = pageSize;
  }
}

export class ArchiveTree {
  private root: Group;
  private accepts: (e: IndexEntry) => boolean;

  /** `archive`: the archive-wide rules' counts, which count towards "with problems" beside each entry's own. */
  constructor(private readonly index: ArchiveIndex, private opts: TreeOptions = DEFAULT_TREE_OPTIONS, private readonly archive?: ArchiveCountsReader) {
    this.accepts = filterPredicate(opts.filter, archive);
    this.root = this.build();
  }

  get options(): TreeOptions {
    return this.opts;
  }

  /** Articles shown (after the filter), and how many of them have problems. */
  get count(): number {
    return this.root.count;
  }

  get withProblems(): number {
    return this.root.withProblems;
  }

  /** New options rebuild the groups; the whole tree changes. */
  setOptions(options: Partial<TreeOptions>): void {
    this.opts = { ...this.opts, ...options };
    this.accepts = filterPredicate(this.opts.filter, this.archive);
    this.root = this.build();
  }

  /** Rebuilds after the index changed wholesale (a scan finished). */
  rebuild(): void {
    this.root = this.build();
  }

  private build(): Group {
    const root = new Group(this.opts.groupBy, '', -1, undefined, this.opts.pageSize);
    const pending: IndexEntry[] = [];
    let withProblems = 0;
    for (const e of this.index.entries()) {
      if (!this.accepts(e)) continue;
      pending.push(e);
      if (hasProblems(e, this.archive)) withProblems++;
    }
    root.pending = pending;
    root.count = pending.length;
    root.withProblems = withProblems;
    this.layOut(root);
    return root;
  }

  /** Sorts a group's pending entries into its subgroups (left pending themselves) and articles. */
  private layOut(g: Group): void {
    const pending = g.pending;
    if (!pending) return;
    g.pending = undefined;
    const depth = g.depth + 1;
    const root = g.depth < 0;
    for (const e of pending) {
      const keys = groupPath(e, this.opts.groupBy, this.opts.utcOffsetMinutes);
      if (keys.length <= depth) {
        g.articles.add(e);
        continue;
      }
      const k = keys[depth];
      let child = g.subgroups.get(k);
      if (!child) {
        child = new Group(this.opts.groupBy, k, depth, root ? undefined : g, this.opts.pageSize);
        g.subgroups.set(k, child);
      }
      child.count++;
      if (hasProblems(e, this.archive)) child.withProblems++;
      (child.pending as IndexEntry[]).push(e);
    }
    g.sorted = undefined;
  }

  private insert(root: Group, e: IndexEntry): Group[] {
    const keys = groupPath(e, this.opts.groupBy, this.opts.utcOffsetMinutes);
    const touched: Group[] = [];
    const problem = hasProblems(e, this.archive) ? 1 : 0;
    let g = root;
    g.count++;
    g.withProblems += problem;
    for (let depth = 0; depth < keys.length; depth++) {
      let child = g.subgroups.get(keys[depth]);
      if (!child) {
        child = new Group(this.opts.groupBy, keys[depth], depth, g === root ? undefined : g, this.opts.pageSize);
        g.subgroups.set(keys[depth], child);
        // A new group changes its parent's list; counts alone do not change any order.
        g.sorted = undefined;
      }
      g = child;
      g.count++;
      g.withProblems += problem;
      touched.push(g);
      if (g.pending) {
        g.pending.push(e);
        return touched;
      }
    }
    g.articles.add(e);
    if (g.sorted) this.insertSorted(g.sorted, e);
    return touched;
  }

  /** Puts an entry into an already sorted list (groups first, then articles in order). */
  private insertSorted(list: (Group | IndexEntry)[], e: IndexEntry): void {
    let lo = 0;
    while (lo < list.length && list[lo] instanceof Group) lo++;
    let hi = list.length;
    const sort = this.opts.sortBy;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareEntries(list[mid] as IndexEntry, e, sort) <= 0) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, e);
  }

  /**
   * Removes an entry, which was counted as having problems or not (`problem`); returns the
   * groups it was in (outermost first) or undefined if absent.
   */
  private remove(root: Group, e: IndexEntry, hadProblems: boolean): Group[] | undefined {
    const keys = groupPath(e, this.opts.groupBy, this.opts.utcOffsetMinutes);
    const chain: Group[] = [];
    let g = root;
    for (const k of keys) {
      if (g.pending) break;
      const child = g.subgroups.get(k);
      if (!child) return undefined;
      chain.push(child);
      g = child;
    }
    if (g.pending) {
      const at = g.pending.indexOf(e);
      if (at < 0) return undefined;
      g.pending.splice(at, 1);
    } else {
      if (!g.articles.delete(e)) return undefined;
      g.articleNodes.delete(e);
      if (g.sorted) {
        const at = g.sorted.indexOf(e);
        if (at >= 0) g.sorted.splice(at, 1);
      }
    }
    const problem = hadProblems ? 1 : 0;
    root.count--;
    root.withProblems -= problem;
    for (let i = chain.length - 1; i >= 0; i--) {
      const c = chain[i];
      c.count--;
      c.withProblems -= problem;
      if (c.count === 0) {
        const parent = i === 0 ? root : chain[i - 1];
        parent.subgroups.delete(c.key);
        parent.sorted = undefined;
      }
    }
    return chain;
  }

  /**
   * Applies one entry's change (added: old undefined; removed: next undefined) and says which
   * nodes to refresh: the top-level groups it left and joined, or the root when a top-level
   * group appeared or disappeared. `oldHadProblems`: whether `old` had problems when it was
   * counted, for a change of the archive-wide counts alone (old and next the same entry, whose
   * counts read the new ones already).
   */
  apply(old: IndexEntry | undefined, next: IndexEntry | undefined, oldHadProblems?: boolean): TreeChange {
    const root = this.root;
    const topsBefore = root.subgroups.size;
    const left = old ? this.remove(root, old, oldHadProblems ?? hasProblems(old, this.archive)) : undefined;
    const joined = next && this.accepts(next) ? this.insert(root, next) : undefined;
    if (!left && !joined) return { kind: 'none' };
    const tops = new Set<Group>();
    if (left && root.subgroups.get(left[0].key) === left[0]) tops.add(left[0]);
    if (joined) tops.add(joined[0]);
    const leftTopGone = left !== undefined && root.subgroups.get(left[0].key) !== left[0];
    if (leftTopGone || root.subgroups.size !== topsBefore) return { kind: 'root' };
    return { kind: 'nodes', nodes: [...tops] };
  }

  roots(): TreeNode[] {
    return this.childrenOf(this.root);
  }

  children(node: TreeNode | undefined): TreeNode[] {
    if (!node) return this.roots();
    if (node.kind !== 'group') return [];
    return this.childrenOf(this.live(node));
  }

  parent(node: TreeNode): GroupNode | undefined {
    return node.parent && node.parent.depth >= 0 ? node.parent : undefined;
  }

  /**
   * "Show more" on a group: one more page after the window, or (the 'previous' node) one page
   * before it. Past MAX_WINDOW the window slides instead of growing. Returns the group to refresh.
   */
  showMore(node: MoreNode): GroupNode {
    const g = this.live(node.parent);
    const total = this.sortedOf(g).length;
    const w = node.direction === 'previous' ? previousPage(g, total, this.opts.pageSize) : nextPage(g, total, this.opts.pageSize);
    g.start = w.start;
    g.shown = w.shown;
    return g;
  }

  /**
   * The article's node for a path, paging its group far enough to show it (`paged` hears of
   * it, so the view can refresh that group); undefined if not in the tree.
   */
  articleNode(filePath: string, paged?: (group: GroupNode) => void): ArticleNode | undefined {
    const e = this.index.get(filePath);
    if (!e || !this.accepts(e)) return undefined;
    let g = this.root;
    for (const k of groupPath(e, this.opts.groupBy, this.opts.utcOffsetMinutes)) {
      this.layOut(g);
      const child = g.subgroups.get(k);
      if (!child) return undefined;
      g = child;
    }
    this.layOut(g);
    if (!g.articles.has(e)) return undefined;
    const order = this.sortedOf(g);
    const at = order.indexOf(e);
    const w = windowShowing(g, at, this.opts.pageSize);
    if (w !== g) {
      g.start = w.start;
      g.shown = w.shown;
      paged?.(g);
    }
    return this.articleNodeOf(g, e);
  }

  /** The current group object for a node that may come from before a rebuild. */
  private live(node: GroupNode): Group {
    if (node.depth < 0) return this.root;
    if (node instanceof Group) {
      let ok = true;
      for (let g: Group | undefined = node; g && ok; g = g.parent as Group | undefined) {
        const parent = (g.parent as Group | undefined) ?? this.root;
        ok = parent.subgroups.get(g.key) === g;
      }
      if (ok) return node;
    }
    // Walk from the root by keys: ids are stable across rebuilds.
    const keys: string[] = [];
    for (let g: GroupNode | undefined = node; g; g = g.parent) keys.unshift(g.key);
    let g = this.root;
    for (const k of keys) {
      this.layOut(g);
      const child = g.subgroups.get(k);
      if (!child) return new Group(node.groupBy, node.key, node.depth, undefined, this.opts.pageSize);
      g = child;
    }
    return g;
  }

  private sortedOf(g: Group): (Group | IndexEntry)[] {
    this.layOut(g);
    if (!g.sorted) {
      const by = this.opts.groupBy;
      const sort = this.opts.sortBy;
      const groups = [...g.subgroups.values()].sort((a, b) => compareGroupKeys(a.key, b.key, by));
      const articles = [...g.articles].sort((a, b) => compareEntries(a, b, sort));
      g.sorted = [...groups, ...articles];
    }
    return g.sorted;
  }

  private articleNodeOf(g: Group, e: IndexEntry): ArticleNode {
    let n = g.articleNodes.get(e);
    if (!n) {
      n = { kind: 'article', id: `a:${entryPath(e)}`, entry: e, parent: g };
      g.articleNodes.set(e, n);
    }
    return n;
  }

  private childrenOf(g: Group): TreeNode[] {
    const order = this.sortedOf(g);
    const { start, end } = windowRange(g, order.length);
    const out: TreeNode[] = [];
    if (start > 0) out.push({ kind: 'more', direction: 'previous', id: `previous:${g.id}`, parent: g, remaining: start });
    for (let i = start; i < end; i++) {
      const item = order[i];
      out.push(item instanceof Group ? item : this.articleNodeOf(g, item));
    }
    if (end < order.length) out.push({ kind: 'more', direction: 'next', id: `more:${g.id}`, parent: g, remaining: order.length - end });
    return out;
  }
}

export { MISSING };
