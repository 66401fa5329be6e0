/**
 * The tree model over seeds/ and over generated posts: grouping (category paths nest, dates
 * split year › month › day, source, author, a group for articles without a value), ordering,
 * filtering, paging with "Show more", reveal, and incremental updates naming what changed.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatePosts } from '../../bench/generateArchive';
import { ArchiveIndex } from '../../src/core/index/archiveIndex';
import { ArchiveTree, DEFAULT_TREE_OPTIONS, GroupNode, MAX_CHILDREN, TreeNode, TreeOptions } from '../../src/core/tree/archiveTree';
import { MISSING } from '../../src/core/tree/archiveGroups';
import { indexFile } from '../../src/core/index/indexFile';
import { entryFromBytes } from '../../src/core/index/records/readEntry';
import { IndexEntry } from '../../src/core/index/records/indexEntry';
import { countProblems } from '../../src/core/problemCounts';

const seeds = path.resolve(__dirname, '../../../seeds');

function seedIndex(): ArchiveIndex {
  const index = new ArchiveIndex();
  for (const f of fs.readdirSync(seeds).sort()) indexFile(path.join(seeds, f), index);
  return index;
}

const generated = new Map<number, ArchiveIndex>();

/** Generated posts (seed 11) indexed from memory; shared by the tests that only read it. */
function generatedIndex(count: number): ArchiveIndex {
  const known = generated.get(count);
  if (known) return known;
  const index = new ArchiveIndex();
  generated.set(count, index);
  for (const post of generatePosts(count, 11)) {
    const r = entryFromBytes(`/archive/${post.name}`, Buffer.from(post.text), 0, post.text.length, index.pool);
    if (r.kind === 'article') index.set(r.entry);
  }
  return index;
}

function tree(index: ArchiveIndex, options: Partial<TreeOptions> = {}): ArchiveTree {
  return new ArchiveTree(index, { ...DEFAULT_TREE_OPTIONS, ...options });
}

/** `key (count)` for groups, the file name for articles, `+N` for "Show more". */
function show(nodes: readonly TreeNode[]): string[] {
  return nodes.map((n) => (n.kind === 'group' ? `${n.key === MISSING ? '∅' : n.key} (${n.count})` : n.kind === 'article' ? n.entry.name : `+${n.remaining}`));
}

function group(nodes: readonly TreeNode[], key: string): GroupNode {
  const g = nodes.find((n): n is GroupNode => n.kind === 'group' && n.key === key);
  assert.ok(g, `no group ${key} in ${show(nodes).join(', ')}`);
  return g;
}

describe('archive tree model', function () {
  this.timeout(20000);
  it('nests Hexo category paths three deep, with a group for articles without categories', () => {
    const t = tree(seedIndex());
    const roots = t.roots();
    // unclosed-fence.md is in ∅: Hexo reads no front matter from it, and neither does the index.
    assert.deepEqual(show(roots), ['金融 (13)', '新浪财经 (1)', '∅ (4)']);
    const sina = group(t.children(group(roots, '金融')), '新浪财经');
    assert.deepEqual(show(t.children(sina)), ['新浪财经－滚动 (12)', '新浪财经－国內 (1)']);
    assert.deepEqual(show(t.children(group(t.children(sina), '新浪财经－国內'))), ['000_e84b391c27bbb68a.txt']);
    assert.deepEqual(show(t.children(group(roots, MISSING))), ['duplicate-key.md', 'unclosed-fence.md', 'yaml-at-title.md', 'yaml-unquoted-colon.md']);
    assert.deepEqual(show(t.children(group(roots, '新浪财经'))), ['scalar-categories.md']);
  });

  it('groups by date year › month › day, newest first, undated last', () => {
    const t = tree(seedIndex(), { groupBy: 'date' });
    const roots = t.roots();
    assert.deepEqual(show(roots), ['2091 (1)', '2021 (11)', '∅ (6)']);
    const y2021 = group(roots, '2021');
    assert.deepEqual(show(t.children(y2021)), ['2021-11 (11)']);
    assert.deepEqual(show(t.children(t.children(y2021)[0])), ['2021-11-26 (1)', '2021-11-16 (9)', '2021-11-15 (1)']);
    // Within a day, by date then title then path.
    const day = group(t.children(t.children(y2021)[0]), '2021-11-16');
    assert.deepEqual(show(t.children(day)), ['bom.md', 'comments-no.md', 'crlf.md', 'no-blank-line.md', 'nunjucks-raw.md', 'scalar-categories.md', 'yaml-tab-indent.md', 'xss-body.md', 'missing-title.md']);
  });

  it('puts a date group in the user zone when asked', () => {
    const t = tree(seedIndex(), { groupBy: 'date', utcOffsetMinutes: 8 * 60 });
    const days = t.children(t.children(group(t.roots(), '2021'))[0]);
    // The seed (2021-11-15 23:46:59 UTC) is on the 16th in Beijing.
    assert.deepEqual(show(days), ['2021-11-26 (1)', '2021-11-16 (10)']);
  });

  it('groups by source and by author', () => {
    assert.deepEqual(show(tree(seedIndex(), { groupBy: 'source' }).roots()), ['北京日报·识政 (1)', '新浪财经综合 (15)', '∅ (2)']);
    assert.deepEqual(show(tree(seedIndex(), { groupBy: 'author' }).roots()), ['新浪财经 (14)', '∅ (4)']);
  });

  it('sorts by title, untitled last', () => {
    const t = tree(seedIndex(), { groupBy: 'author', sortBy: 'title' });
    const names = show(t.children(group(t.roots(), '新浪财经')));
    assert.equal(names[0], '000_e84b391c27bbb68a.txt');
    assert.equal(names[names.length - 1], 'missing-title.md');
  });

  it('filters by text over titles and authors, and by problems', () => {
    const index = seedIndex();
    const t = tree(index, { filter: { text: 'xss', problemsOnly: false } });
    assert.equal(t.count, 1);
    assert.deepEqual(show(t.roots()), ['金融 (1)']);
    t.setOptions({ filter: { text: '新浪财经', problemsOnly: false } });
    assert.equal(t.count, 14, 'the author matches');
    const crlf = index.get(path.join(seeds, 'crlf.md')) as IndexEntry;
    crlf.problems = countProblems([{ ruleId: 'date-zoneless', severity: 'info' }]);
    t.setOptions({ filter: { text: '', problemsOnly: true } });
    assert.equal(t.count, 1);
    assert.deepEqual(show(t.children(t.children(t.children(t.roots()[0])[0])[0])), ['crlf.md']);
    assert.equal(t.withProblems, 1);
  });

  it('pages big groups with "Show more" and never returns more than a page plus one', () => {
    const t = tree(generatedIndex(6000), { groupBy: 'source', pageSize: 500 });
    const sina = group(t.roots(), MISSING);
    assert.equal(sina.count, 4330);
    let kids = t.children(sina);
    assert.equal(kids.length, 501);
    const more = kids[500];
    assert.ok(more.kind === 'more');
    assert.equal(more.remaining, 3830);
    assert.equal(t.showMore(more).id, sina.id);
    kids = t.children(sina);
    assert.equal(kids.length, 1001);
    assert.equal(kids[1000].kind === 'more' && kids[1000].remaining, 3330);
    // Ordered newest first.
    const times = kids.filter((k) => k.kind === 'article').map((k) => (k.kind === 'article' ? k.entry.time : 0));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
  });

  it('slides the window past 2,000 children instead of growing, and pages back with "Show previous"', () => {
    const t = tree(generatedIndex(6000), { groupBy: 'source', pageSize: 500 });
    const sina = group(t.roots(), MISSING);
    const all = new Set<string>();
    for (let page = 0; page < 20; page++) {
      const kids = t.children(sina);
      assert.ok(kids.length <= MAX_CHILDREN, `${kids.length} children`);
      for (const k of kids) if (k.kind === 'article') all.add(k.id);
      const more = kids[kids.length - 1];
      if (more.kind !== 'more' || more.direction !== 'next') break;
      t.showMore(more);
    }
    // Clicking "Show more" over and over reaches every article of the group, once each.
    assert.equal(all.size, 4330);
    let kids = t.children(sina);
    assert.equal(kids.length, 1 + 1998);
    const previous = kids[0];
    assert.ok(previous.kind === 'more' && previous.direction === 'previous');
    assert.equal(previous.remaining, 4330 - 1998);
    t.showMore(previous);
    kids = t.children(sina);
    assert.ok(kids[0].kind === 'more' && kids[0].remaining === 4330 - 1998 - 500);
    assert.equal(kids.length, 2000);
  });

  it('reveals an article deep in a big group by moving the window to it', () => {
    const index = generatedIndex(6000);
    const t = tree(index, { groupBy: 'source', pageSize: 500 });
    const sina = group(t.roots(), MISSING);
    const ids = new Set<string>();
    // Walk the whole group with "Show more" to learn the order, then start over.
    for (;;) {
      const kids = t.children(sina);
      for (const k of kids) if (k.kind === 'article') ids.add(k.id);
      const last = kids[kids.length - 1];
      if (last.kind !== 'more' || last.direction !== 'next') break;
      t.showMore(last);
    }
    const fresh = tree(index, { groupBy: 'source', pageSize: 500 });
    const deep = [...ids][4000];
    const node = fresh.articleNode(deep.slice('a:'.length));
    assert.equal(node?.id, deep);
    const kids = fresh.children(group(fresh.roots(), MISSING));
    assert.ok(kids.length <= MAX_CHILDREN);
    assert.ok(kids.some((k) => k.id === deep));
  });

  it('keeps counts consistent on generated data', () => {
    const index = generatedIndex(3000);
    for (const groupBy of ['category', 'date', 'source', 'author'] as const) {
      const t = tree(index, { groupBy });
      const check = (nodes: readonly TreeNode[]): number =>
        nodes.reduce((n, c) => n + (c.kind === 'group' ? (assert.equal(check(t.children(c)), c.count, c.id), c.count) : c.kind === 'article' ? 1 : c.remaining), 0);
      assert.equal(check(t.roots()), index.size, groupBy);
      for (const n of t.roots()) assert.ok(n.kind === 'group' && t.children(n).length <= 1001);
    }
    const dates = tree(index, { groupBy: 'date' }).roots();
    assert.deepEqual(show(dates).map((s) => s.split(' ')[0]), ['2040', '2039', '2038', '2036', '2035', '2034', '2033', '2032', '2022', '2021', '2020', '2019', '2018', '2017', '2016', '2015', '2014', '2013', '∅']);
  });

  it('reveals an article: stable id, parent chain, paged far enough', () => {
    const index = generatedIndex(6000);
    const t = tree(index, { groupBy: 'source', pageSize: 500 });
    const sina = group(t.roots(), MISSING);
    const last = [...index.entries()].filter((e) => e.source === undefined && !Number.isNaN(e.time)).sort((a, b) => a.time - b.time)[0];
    const node = t.articleNode(path.join(last.folder, last.name));
    assert.ok(node);
    assert.equal(node.id, `a:/archive/${last.name}`);
    assert.equal(t.parent(node)?.id, sina.id);
    assert.equal(t.parent(sina), undefined);
    assert.ok(t.children(sina).includes(node), 'the page now reaches the article');
  });

  it('updates incrementally and names the changed subtree', () => {
    const index = seedIndex();
    const t = tree(index);
    const file = path.join(seeds, 'crlf.md');
    const old = index.get(file) as IndexEntry;
    const changed: IndexEntry = { ...old, title: '改过的标题' };
    index.set(changed);
    const c1 = t.apply(old, changed);
    assert.equal(c1.kind, 'nodes');
    assert.deepEqual(c1.kind === 'nodes' && c1.nodes.map((n) => n.key), ['金融']);
    assert.equal(t.articleNode(file)?.entry.title, '改过的标题');
    // Moving to a new top-level category changes the root.
    const moved: IndexEntry = { ...changed, categories: ['科技'] };
    index.set(moved);
    assert.equal(t.apply(changed, moved).kind, 'root');
    assert.deepEqual(show(t.roots()), ['金融 (12)', '科技 (1)', '新浪财经 (1)', '∅ (4)']);
    // Deleting it removes the 科技 group again.
    index.delete(file);
    assert.equal(t.apply(moved, undefined).kind, 'root');
    assert.deepEqual(show(t.roots()), ['金融 (12)', '新浪财经 (1)', '∅ (4)']);
    assert.equal(t.apply(undefined, undefined).kind, 'none');
  });
});

describe('archive tree model, incremental order', function () {
  this.timeout(20000);

  it('keeps an expanded group in order through many changes, as a rebuild would', () => {
    const index = new ArchiveIndex();
    const posts = [...generatePosts(1500, 23)];
    for (const post of posts) {
      const r = entryFromBytes(`/a/${post.name}`, Buffer.from(post.text), 0, post.text.length, index.pool);
      if (r.kind === 'article') index.set(r.entry);
    }
    for (const [sortBy, groupBy, expandFirst] of [['date', 'source', true], ['title', 'source', true], ['date', 'category', false], ['title', 'date', false]] as const) {
      const t = tree(index, { groupBy, sortBy });
      const expandAll = (nodes: readonly TreeNode[]) => nodes.forEach((n) => n.kind === 'group' && expandAll(t.children(n)));
      // Laid-out groups are kept in order; groups never expanded keep their entries pending.
      if (expandFirst) expandAll(t.roots());
      const entries = [...index.entries()];
      for (let i = 0; i < 200; i++) {
        const old = entries[(i * 37) % entries.length];
        const next: IndexEntry = { ...old, time: old.time + (i % 7) * 3_600_000 - 10_000_000, title: i % 3 ? old.title : `改${i}` };
        index.set(next);
        t.apply(old, next);
        entries[(i * 37) % entries.length] = next;
      }
      const fresh = tree(index, { groupBy, sortBy });
      const listing = (x: ArchiveTree) => {
        const out: string[] = [];
        const walk = (nodes: readonly TreeNode[]) => nodes.forEach((n) => (out.push(n.id), n.kind === 'group' && walk(x.children(n))));
        walk(x.roots());
        return out;
      };
      assert.deepEqual(listing(t), listing(fresh), `${groupBy} by ${sortBy}`);
      assert.equal(t.count, fresh.count);
    }
  });
});
