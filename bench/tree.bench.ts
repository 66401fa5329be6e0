/**
 * The Articles view's model over the generated 50,000-post archive: the first level after the
 * index (building the groups and listing the roots, for each grouping), expanding the biggest
 * group (sorting its articles), and one changed file (read again, index and tree updated, and
 * the changed subtree listed again as the view would). Figures against the targets of issue 7.
 *
 *   npm run bench -- tree         (or: node --expose-gc dist/bench/tree.bench.js [count])
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ArchiveIndex } from '../src/core/index/archiveIndex';
import { GroupBy } from '../src/core/tree/archiveGroups';
import { ArchiveTree, DEFAULT_TREE_OPTIONS, GroupNode, TreeNode } from '../src/core/tree/archiveTree';
import { indexFile } from '../src/core/index/indexFile';
import { benchArchive } from './generateArchive';

const count = Number(process.argv[2] ?? 50_000);
const { paths } = benchArchive(count);
const index = new ArchiveIndex();
const t0 = performance.now();
for (const p of paths) indexFile(p, index);
console.log(`archive: ${index.size} articles indexed in ${(performance.now() - t0).toFixed(0)} ms`);

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const v = fn();
  return [v, performance.now() - t];
}

/** Best of five runs, wall and CPU time: the least disturbed by other work on the machine. */
function best<T>(fn: () => T): [T, number, number] {
  let v: T | undefined;
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    const [value, t] = time(fn);
    const c = process.cpuUsage(c0);
    v = value;
    wall = Math.min(wall, t);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return [v as T, wall, cpu];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

for (const groupBy of ['category', 'date', 'source', 'author'] as GroupBy[]) {
  const [[tree, roots], first, firstCpu] = best(() => {
    const t = new ArchiveTree(index, { ...DEFAULT_TREE_OPTIONS, groupBy });
    return [t, t.roots()] as const;
  });
  let biggest: GroupNode | undefined;
  const visit = (nodes: readonly TreeNode[]) => {
    for (const n of nodes) {
      if (n.kind !== 'group') continue;
      if (!biggest || n.count > biggest.count) biggest = n;
      visit(tree.children(n));
    }
  };
  visit(roots);
  const g = biggest as GroupNode;
  const chain: GroupNode[] = [];
  for (let n: GroupNode | undefined = g; n; n = n.parent) chain.unshift(n);
  // Expanding the biggest group on a fresh tree (its articles sorted for the first time); best of five.
  let kids: TreeNode[] = [];
  let expand = Infinity;
  for (let i = 0; i < 5; i++) {
    const fresh = new ArchiveTree(index, { ...DEFAULT_TREE_OPTIONS, groupBy });
    let level: TreeNode[] = fresh.roots();
    for (const c of chain.slice(0, -1)) level = fresh.children(level.find((x) => x.id === c.id));
    const target = level.find((x) => x.id === g.id);
    const [list, took] = time(() => fresh.children(target));
    kids = list;
    expand = Math.min(expand, took);
  }
  const maxChildren = Math.max(roots.length, kids.length);
  console.log(`${groupBy.padEnd(8)} first level: ${first.toFixed(1).padStart(6)} ms (cpu ${firstCpu.toFixed(1)} ms; ${roots.length} groups; target ≤ 100 ms)   ` +
    `biggest group (${g.count} articles) expanded in ${expand.toFixed(1)} ms, ${kids.length} children (max ${maxChildren}; limit 1001)`);
}

// One file changed on disk: re-read, update index and tree, list what the view refreshes.
const tree = new ArchiveTree(index, DEFAULT_TREE_OPTIONS);
const expandAll = (nodes: readonly TreeNode[]) => {
  for (const n of nodes) if (n.kind === 'group') expandAll(tree.children(n));
};
expandAll(tree.roots());
// Private copies of 25 posts, so other benchmarks reading the shared archive never see an edit.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-tree-bench-'));
const sampleFiles = paths.filter((_, i) => i % Math.floor(paths.length / 25) === 0).slice(0, 25).map((p) => {
  const copy = path.join(scratch, path.basename(p));
  fs.copyFileSync(p, copy);
  indexFile(copy, index);
  return copy;
});
tree.rebuild();
expandAll(tree.roots());
const originals = sampleFiles.map((p) => fs.readFileSync(p));
const times: number[] = [];
try {
  for (const [i, p] of sampleFiles.entries()) {
    const text = originals[i].toString('utf8');
    fs.writeFileSync(p, text.replace(/^(title: ['"]?)/m, '$1改 '));
    const [, took] = time(() => {
      const r = indexFile(p, index);
      const next = r.outcome === 'article' ? r.entry : undefined;
      const change = tree.apply(r.old, next);
      // The view asks again for the children of every refreshed node it shows expanded.
      const refresh = change.kind === 'nodes' ? change.nodes : change.kind === 'root' ? tree.roots().filter((n): n is GroupNode => n.kind === 'group') : [];
      const again = (nodes: readonly TreeNode[]) => {
        for (const n of nodes) if (n.kind === 'group') again(tree.children(n));
      };
      if (change.kind === 'root') tree.roots();
      again(refresh);
    });
    times.push(took);
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
console.log(`one file changed → record and tree updated (the changed subtree fully expanded): median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms over ${times.length} files (target ≤ 10 ms)`);
