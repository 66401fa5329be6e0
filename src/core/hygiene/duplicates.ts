/**
 * Duplicate articles across the archive, from each article's sketch (duplicateSketch.ts):
 * - exact: the same normalised body;
 * - title: the same normalised title;
 * - similar: estimated Jaccard similarity of body shingles ≥ a threshold. Candidates come from
 *   locality-sensitive hashing over bands of the MinHash signature, so the work stays near-linear
 *   in the number of articles; only articles sharing a band are compared.
 * Pairs are joined into groups (connected components). Exact copies are collapsed first, so a
 * body scraped a hundred times costs one signature comparison, not ten thousand. A group keeps
 * only the pairs that joined it (a spanning set, strongest first: members − 1 pairs), so a
 * cluster of k copies costs k, never k² (issue 19); `DuplicateLookup` answers by path in maps.
 */
import { DuplicateSketch, estimatedSimilarity, SIGNATURE_BINS } from './duplicateSketch';

export type DuplicateReason = 'exact' | 'similar' | 'title';

export interface DuplicateEntry {
  path: string;
  sketch: DuplicateSketch;
}

export interface DuplicatePair {
  a: string;
  b: string;
  reason: DuplicateReason;
  /** Estimated body similarity (1 for exact copies; 0 when a body was too short to compare). */
  similarity: number;
}

export interface DuplicateGroup {
  /** Paths in code point order. */
  members: string[];
  /**
   * The pairs that joined the group, strongest reason first: a spanning set (members − 1
   * pairs), each joining two parts that no stronger pair had joined.
   */
  pairs: DuplicatePair[];
  /** The strongest reason among the pairs. */
  reason: DuplicateReason;
}

export interface DuplicateOptions {
  /** Smallest estimated similarity for a `similar` pair (default 0.8). */
  threshold?: number;
  /** Whether the same normalised title alone makes a pair (default true). */
  sameTitle?: boolean;
}

export interface DuplicateReport {
  /** Groups, largest first, then by first member. */
  groups: DuplicateGroup[];
  /** Signature comparisons made: the search's work, near-linear in the number of articles. */
  comparisons: number;
}

const ROWS_PER_BAND = 6;
const MAX_FULL_RUN = 64;
const RUN_ANCHORS = 4;
const BANDS = Math.floor(SIGNATURE_BINS / ROWS_PER_BAND);
const RANK: Record<DuplicateReason, number> = { exact: 0, similar: 1, title: 2 };

function bandHash(sig: Uint32Array, band: number): number {
  let h = 0x811c9dc5 ^ band;
  for (let i = band * ROWS_PER_BAND, end = i + ROWS_PER_BAND; i < end; i++) h = Math.imul(h ^ sig[i], 0x01000193);
  return h >>> 0;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function findDuplicates(entries: readonly DuplicateEntry[], options: DuplicateOptions = {}): DuplicateReport {
  const threshold = options.threshold ?? 0.8;
  const n = entries.length;
  const pairs = new Map<number, { a: number; b: number; reason: DuplicateReason; similarity: number }>();
  const addPair = (x: number, y: number, reason: DuplicateReason, similarity: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const id = a * n + b;
    const known = pairs.get(id);
    if (!known || RANK[reason] < RANK[known.reason]) pairs.set(id, { a, b, reason, similarity });
  };
  let comparisons = 0;
  const similarity = (a: number, b: number) => {
    comparisons++;
    const sa = entries[a].sketch.signature;
    const sb = entries[b].sketch.signature;
    return sa && sb ? estimatedSimilarity(sa, sb) : 0;
  };

  // Exact copies: one representative per body goes on to the similarity search.
  const byHash = new Map<string, number[]>();
  entries.forEach((e, i) => e.sketch.bodyHash !== undefined && pushTo(byHash, e.sketch.bodyHash, i));
  const representatives: number[] = [];
  for (const list of byHash.values()) {
    representatives.push(list[0]);
    for (let k = 1; k < list.length; k++) addPair(list[0], list[k], 'exact', 1);
  }

  // Near copies: articles sharing any band of their signature are candidates. Each band's
  // hashes are sorted (hash and index packed in one float64), so equal hashes form runs.
  const signed = representatives.filter((i) => entries[i].sketch.signature !== undefined);
  const packed = new Float64Array(signed.length);
  for (let band = 0; band < BANDS; band++) {
    signed.forEach((i, k) => (packed[k] = bandHash(entries[i].sketch.signature!, band) * 0x100000 + k));
    packed.sort();
    for (let start = 0; start < packed.length; ) {
      const hash = Math.floor(packed[start] / 0x100000);
      let end = start + 1;
      while (end < packed.length && Math.floor(packed[end] / 0x100000) === hash) end++;
      const run = end - start;
      // A band shared by very many articles comes from text they all carry (boilerplate, a
      // template): compare its members with a few of them only, not every pair.
      const anchors = run > MAX_FULL_RUN ? RUN_ANCHORS : run;
      for (let x = start; x < start + anchors; x++) {
        for (let y = x + 1; y < end; y++) {
          const a = signed[packed[x] % 0x100000];
          const b = signed[packed[y] % 0x100000];
          const id = a < b ? a * n + b : b * n + a;
          if (pairs.has(id)) continue;
          const s = similarity(a, b);
          if (s >= threshold) addPair(a, b, 'similar', s);
        }
      }
      start = end;
    }
  }

  if (options.sameTitle ?? true) {
    const byTitle = new Map<string, number[]>();
    entries.forEach((e, i) => e.sketch.titleKey !== undefined && pushTo(byTitle, e.sketch.titleKey, i));
    for (const list of byTitle.values()) for (let k = 1; k < list.length; k++) addPair(list[0], list[k], 'title', similarity(list[0], list[k]));
  }
  return { groups: groupPairs(entries, [...pairs.values()]), comparisons };
}

type IndexPair = { a: number; b: number; reason: DuplicateReason; similarity: number };

const byPath = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function groupPairs(entries: readonly DuplicateEntry[], pairs: IndexPair[]): DuplicateGroup[] {
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Strongest first (then the most alike, then by index), so the spanning set keeps the pairs
  // that say most: a copy joined by its text is not shown as joined by its title.
  pairs.sort((x, y) => RANK[x.reason] - RANK[y.reason] || y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  const joining: IndexPair[] = [];
  for (const p of pairs) {
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra === rb) continue;
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    joining.push(p);
  }
  const groups = new Map<number, { members: Set<number>; pairs: IndexPair[] }>();
  for (const p of joining) {
    const root = find(p.a);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { members: new Set(), pairs: [] }));
    g.members.add(p.a).add(p.b);
    g.pairs.push(p);
  }
  const result: DuplicateGroup[] = [];
  for (const g of groups.values()) {
    const ordered = g.pairs
      .map((p) => {
        const [a, b] = [entries[p.a].path, entries[p.b].path].sort(byPath);
        return { a, b, reason: p.reason, similarity: p.similarity };
      })
      .sort((x, y) => RANK[x.reason] - RANK[y.reason] || byPath(x.a, y.a) || byPath(x.b, y.b));
    result.push({ members: [...g.members].map((i) => entries[i].path).sort(byPath), pairs: ordered, reason: ordered[0].reason });
  }
  return result.sort((x, y) => y.members.length - x.members.length || byPath(x.members[0], y.members[0]));
}

/** A copy near a member: how it is joined to the member (directly, or through `hops` pairs). */
export interface NearCopy {
  path: string;
  /** The reason of the pair that reached it (the member's own pair when `hops` is 1). */
  reason: DuplicateReason;
  similarity: number;
  /** Pairs between the member and this copy (1: a direct pair). */
  hops: number;
}

/**
 * The duplicate report by path: each member's group and its own pairs, in maps built once in
 * time linear in the report. `work` counts the pairs every question has looked at, so a test
 * can see that each answer costs what it returns, not the group's size.
 */
export class DuplicateLookup {
  private readonly groups = new Map<string, DuplicateGroup>();
  private readonly links = new Map<string, DuplicatePair[]>();
  work = 0;

  constructor(readonly report: DuplicateReport) {
    for (const g of report.groups) {
      for (const m of g.members) this.groups.set(m, g);
      for (const p of g.pairs) {
        pushTo(this.links, p.a, p);
        pushTo(this.links, p.b, p);
      }
    }
  }

  /** The group holding `path`, if any. */
  groupOf(path: string): DuplicateGroup | undefined {
    return this.groups.get(path);
  }

  /** Every path in a group. */
  paths(): IterableIterator<string> {
    return this.groups.keys();
  }

  /** The pairs joining `path` directly, strongest first. */
  pairsOf(path: string): readonly DuplicatePair[] {
    return this.links.get(path) ?? [];
  }

  /**
   * Up to `limit` other members, nearest first: breadth first over the group's pairs, the
   * member's own pairs first. Stops as soon as it has `limit`, so a member of a group of
   * thousands costs about `limit` steps.
   */
  nearest(path: string, limit: number): NearCopy[] {
    const found: NearCopy[] = [];
    const seen = new Set<string>([path]);
    const queue: { path: string; hops: number }[] = [{ path, hops: 0 }];
    for (let q = 0; q < queue.length && found.length < limit; q++) {
      const from = queue[q];
      for (const p of this.pairsOf(from.path)) {
        this.work++;
        const other = p.a === from.path ? p.b : p.a;
        if (seen.has(other)) continue;
        seen.add(other);
        found.push({ path: other, reason: p.reason, similarity: p.similarity, hops: from.hops + 1 });
        queue.push({ path: other, hops: from.hops + 1 });
        if (found.length === limit) break;
      }
    }
    return found;
  }
}
