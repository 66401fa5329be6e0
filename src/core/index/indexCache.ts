/**
 * The persistent index cache: every entry keyed by path + mtime + size, in one compact JSON file
 * (interned values written once in a string table, each entry a flat row of numbers and
 * strings). Loading it and comparing stamps lets a reopened workspace skip reading unchanged
 * files. A cache from another format version, or unreadable, is simply ignored.
 */
import * as path from 'node:path';
import { ArchiveIndex, FileStamp } from './archiveIndex';
import { entryPath, IndexEntry } from './records/indexEntry';
import { CountsPool, pooledCounts, ProblemCounts } from '../problemCounts';

const FORMAT = 'news-archive-index/2';
/** Deleted files the ordered lookup steps over before it falls back to the map. */
const LOOKAHEAD = 8;

function isPathOf(e: IndexEntry, filePath: string): boolean {
  const f = e.folder;
  const sep = f.endsWith(path.sep) ? 0 : 1;
  return filePath.length === f.length + sep + e.name.length && filePath.endsWith(e.name) && filePath.startsWith(f) &&
    (sep === 0 || filePath.charCodeAt(f.length) === SEP_CODE);
}

const SEP_CODE = path.sep.charCodeAt(0);
/** Values per entry row. */
const ROW = 13;

interface CacheFile {
  format: string;
  /** Fingerprint of the validation settings the problem counts were made with. */
  rules: string;
  strings: string[];
  /** String-table indexes of each interned list (categories, tags). */
  lists: number[][];
  /**
   * Each distinct set of problem counts once: errors, warnings, infos, hints, then rule id and
   * count pairs. An entry's last value indexes it (-1: not counted).
   */
  counts: (string | number)[][];
  /** ROW values per entry; see `encodeRow`. */
  rows: (string | number | null)[];
  /** Non-articles: path, mtime, size, flattened. */
  others: (string | number)[];
}

/** Serialises the index. `rules` is stored so counts made under other settings are dropped on load. */
export function encodeIndexCache(index: ArchiveIndex, rules: string): string {
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const str = (s: string | undefined): number => {
    if (s === undefined) return -1;
    let id = stringIds.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      stringIds.set(s, id);
    }
    return id;
  };
  const lists: number[][] = [];
  const listIds = new Map<readonly string[], number>();
  const list = (l: readonly string[]): number => {
    let id = listIds.get(l);
    if (id === undefined) {
      id = lists.length;
      lists.push(l.map(str));
      listIds.set(l, id);
    }
    return id;
  };
  const counts: (string | number)[][] = [];
  const countIds = new Map<ProblemCounts, number>();
  const countsId = (c: ProblemCounts | undefined): number => {
    if (!c) return -1;
    let id = countIds.get(c);
    if (id === undefined) {
      id = counts.length;
      counts.push([c.errors, c.warnings, c.infos, c.hints, ...c.byRule.flat()]);
      countIds.set(c, id);
    }
    return id;
  };
  const rows: (string | number | null)[] = [];
  for (const e of index.entries()) {
    rows.push(
      str(e.folder), e.name, e.title ?? null, Number.isNaN(e.time) ? null : e.time, e.dateRaw ?? null,
      list(e.categories), list(e.tags), str(e.author), str(e.source), e.frontMatter, e.mtime, e.size,
      countsId(e.problems),
    );
  }
  const others: (string | number)[] = [];
  for (const [p, s] of index.otherFiles()) others.push(p, s.mtime, s.size);
  const file: CacheFile = { format: FORMAT, rules, strings, lists, counts, rows, others };
  return JSON.stringify(file);
}

function decodeCounts(c: unknown, pool: CountsPool): ProblemCounts | undefined {
  if (!Array.isArray(c) || c.length < 4 || c.length % 2 !== 0) return undefined;
  const n = (i: number) => Number(c[i]) || 0;
  const byRule: [string, number][] = [];
  for (let i = 4; i < c.length; i += 2) byRule.push([String(c[i]), n(i + 1)]);
  return pooledCounts({ errors: n(0), warnings: n(1), infos: n(2), hints: n(3), byRule }, pool);
}

function isCacheFile(v: unknown): v is CacheFile {
  if (typeof v !== 'object' || v === null) return false;
  const f = v as Record<string, unknown>;
  return f.format === FORMAT && typeof f.rules === 'string' && Array.isArray(f.strings) && Array.isArray(f.lists) && Array.isArray(f.counts) &&
    Array.isArray(f.rows) && f.rows.length % ROW === 0 && Array.isArray(f.others);
}

/**
 * The cached entries, by path, as a lookup for a scan: `take(path, stamp)` gives the entry when
 * the file's stamp still matches. Returns undefined for a cache that cannot be used.
 */
export class IndexCache {
  /** Where the next lookup most likely is: a scan walks the files in the order they were saved. */
  private cursor = 0;
  private byPathMap: Map<string, IndexEntry> | undefined;

  private constructor(
    private readonly ordered: readonly IndexEntry[],
    private readonly others: Map<string, FileStamp>,
  ) {}

  static decode(text: string, index: ArchiveIndex, rules: string): IndexCache | undefined {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!isCacheFile(parsed)) return undefined;
    const pool = index.pool;
    const strings = parsed.strings.map((s) => pool.string(String(s)));
    const at = (i: unknown): string | undefined => (typeof i === 'number' && i >= 0 ? strings[i] : undefined);
    const lists = parsed.lists.map((l) => pool.list(l.map((i) => at(i) ?? '')));
    const keepProblems = parsed.rules === rules;
    const pooled: CountsPool = new Map();
    const counts = keepProblems ? parsed.counts.map((c) => decodeCounts(c, pooled)) : [];
    const entries: IndexEntry[] = [];
    const r = parsed.rows;
    for (let i = 0; i < r.length; i += ROW) {
      const folder = at(r[i]);
      const name = r[i + 1];
      if (folder === undefined || typeof name !== 'string') return undefined;
      const entry: IndexEntry = {
        folder,
        name,
        title: typeof r[i + 2] === 'string' ? (r[i + 2] as string) : undefined,
        time: typeof r[i + 3] === 'number' ? (r[i + 3] as number) : NaN,
        dateRaw: typeof r[i + 4] === 'string' ? (r[i + 4] as string) : undefined,
        categories: lists[Number(r[i + 5])] ?? [],
        tags: lists[Number(r[i + 6])] ?? [],
        author: at(r[i + 7]),
        source: at(r[i + 8]),
        frontMatter: Number(r[i + 9]),
        mtime: Number(r[i + 10]),
        size: Number(r[i + 11]),
        problems: counts[Number(r[i + 12])],
      };
      entries.push(entry);
    }
    const others = new Map<string, FileStamp>();
    const o = parsed.others;
    for (let i = 0; i + 2 < o.length; i += 3) others.set(String(o[i]), { mtime: Number(o[i + 1]), size: Number(o[i + 2]) });
    return new IndexCache(entries, others);
  }

  get size(): number {
    return this.ordered.length;
  }

  /** Every cached article, in saved order: enough to show the archive before any file is checked. */
  get entries(): readonly IndexEntry[] {
    return this.ordered;
  }

  /** The cached entry for a path: the next in saved order when it matches, else by a map made on first need. */
  private find(filePath: string): IndexEntry | undefined {
    for (let i = this.cursor; i < this.ordered.length && i < this.cursor + LOOKAHEAD; i++) {
      if (isPathOf(this.ordered[i], filePath)) {
        this.cursor = i + 1;
        return this.ordered[i];
      }
    }
    if (!this.byPathMap) {
      this.byPathMap = new Map();
      for (const e of this.ordered) this.byPathMap.set(entryPath(e), e);
    }
    return this.byPathMap.get(filePath);
  }

  /** What the cache holds for a path, whatever the file's stamp now: its entry, or a non-article's stamp. */
  known(filePath: string): { entry: IndexEntry } | { other: FileStamp } | undefined {
    const e = this.find(filePath);
    if (e) return { entry: e };
    const o = this.others.get(filePath);
    return o ? { other: o } : undefined;
  }

  /** The cached entry when the stamp matches ('article'), a known non-article ('other'), or undefined. */
  lookup(filePath: string, stamp: FileStamp): IndexEntry | 'other' | undefined {
    const e = this.find(filePath);
    if (e) return e.mtime === stamp.mtime && e.size === stamp.size ? e : undefined;
    const o = this.others.get(filePath);
    return o && o.mtime === stamp.mtime && o.size === stamp.size ? 'other' : undefined;
  }
}
