/**
 * The cache of `check --cache FILE`: each file's placed problems (messages as data, so one cache
 * serves every language), keyed by the file's content (its git blob id, or a hash of its bytes:
 * never its modification time, which a fresh checkout renews), the effective configuration that
 * checked it and the tool's version. A result that depends on the day (`date-future`) carries
 * the instant at which it stops holding. With the archive-wide rules on, each article's entry also
 * keeps what they read of it (its vocabulary values, duplicate sketch and the placed, fingerprinted
 * anchors of its possible problems), so a warm run finds duplicates and variants across the archive
 * without opening an unchanged file. The encoding is compact (tuples, not objects): at
 * 50,000 posts the cache is read on every run, and reading it must cost far less than reading
 * the posts.
 */
import type { MessageArgs, Severity } from '../problem';
import type { ArchiveFacts } from '../rules/archiveAnchors';
import { ArchiveTuple, decodeArchiveFacts, encodeArchiveFacts } from './archiveFactsCodec';
import type { PlacedAnchor, PositionedProblem, ReportRange } from './reportTypes';

export const CACHE_FORMAT = 'news-archive-check-cache';
export const CACHE_VERSION = 2;

export interface CacheEntry {
  /** `git:<blob id>` or `sha256:<hex>`. */
  content: string;
  /** A hash of the effective configuration. */
  config: string;
  /** Epoch milliseconds after which the result no longer holds (a future date has come). */
  expires?: number;
  /** The file's problems; null when the file is not an article. */
  problems: PositionedProblem[] | null;
  /** What the archive-wide rules know of the file (an article checked with them on). */
  archive?: ArchiveFacts<PlacedAnchor>;
}

type Range4 = [number, number, number, number];
type FixTuple = [string, MessageArgs, [...Range4, string][]];
type ProblemTuple = [string, Severity, string, MessageArgs, ...Range4, string, FixTuple?];
type EntryTuple = [string, string, number | null, ProblemTuple[] | null, ArchiveTuple?];

interface CacheFile {
  format: typeof CACHE_FORMAT;
  version: typeof CACHE_VERSION;
  tool: string;
  files: Record<string, EntryTuple>;
}

const r4 = (r: ReportRange): Range4 => [r.start.line, r.start.character, r.end.line, r.end.character];
const range = (t: readonly number[], at: number): ReportRange => ({ start: { line: t[at], character: t[at + 1] }, end: { line: t[at + 2], character: t[at + 3] } });

function encodeProblem(p: PositionedProblem): ProblemTuple {
  const t: ProblemTuple = [p.rule, p.severity, p.messageId, p.args, ...r4(p.range), p.fingerprint];
  if (p.fix) t.push([p.fix.messageId, p.fix.args, p.fix.edits.map((e): [...Range4, string] => [...r4(e.range), e.newText])]);
  return t;
}

function decodeProblem(t: ProblemTuple): PositionedProblem {
  const p: PositionedProblem = { rule: t[0], severity: t[1], messageId: t[2], args: t[3], range: range(t as unknown as number[], 4), fingerprint: t[8] };
  const fix = t[9];
  if (fix) p.fix = { messageId: fix[0], args: fix[1], edits: fix[2].map((e) => ({ range: range(e as unknown as number[], 0), newText: e[4] })) };
  return p;
}

export class CheckCache {
  private readonly files: Map<string, EntryTuple>;
  private readonly fresh = new Map<string, EntryTuple>();
  private stored = false;

  private constructor(private readonly tool: string, files: Record<string, EntryTuple>) {
    this.files = new Map(Object.entries(files));
  }

  static empty(tool: string): CheckCache {
    return new CheckCache(tool, {});
  }

  /** The cache in `text`, or undefined when it is not one this tool and version wrote. */
  static decode(text: string, tool: string): CheckCache | undefined {
    let data: Partial<CacheFile>;
    try {
      data = JSON.parse(text) as Partial<CacheFile>;
    } catch {
      return undefined;
    }
    if (data?.format !== CACHE_FORMAT || data.version !== CACHE_VERSION || data.tool !== tool) return undefined;
    if (typeof data.files !== 'object' || data.files === null) return undefined;
    return new CheckCache(tool, data.files);
  }

  /** The cached result for `file` when its content and configuration are those given and it still holds at `now`. */
  get(file: string, content: string, config: string, now: number): CacheEntry | undefined {
    const t = this.files.get(file);
    if (!t || t[0] !== content || t[1] !== config || (t[2] !== null && now >= t[2])) return undefined;
    const entry: CacheEntry = { content: t[0], config: t[1], expires: t[2] ?? undefined, problems: t[3] ? t[3].map(decodeProblem) : null };
    const archive = t[4] && decodeArchiveFacts(t[4]);
    if (archive) entry.archive = archive;
    return entry;
  }

  set(file: string, entry: CacheEntry): void {
    this.stored = true;
    const t: EntryTuple = [entry.content, entry.config, entry.expires ?? null, entry.problems ? entry.problems.map(encodeProblem) : null];
    if (entry.archive) t.push(encodeArchiveFacts(entry.archive));
    this.fresh.set(file, t);
  }

  /** Whether this run stored a result: otherwise the cache on disk is already what encode() would give. */
  get changed(): boolean {
    return this.stored;
  }

  /**
   * The results this run stored over those it read: a shard or `--changed-since` run keeps the
   * other files' results. An entry for a file that is gone costs only its bytes.
   */
  encode(): string {
    const files = new Map(this.files);
    for (const [file, t] of this.fresh) files.set(file, t);
    const data: CacheFile = { format: CACHE_FORMAT, version: CACHE_VERSION, tool: this.tool, files: Object.fromEntries(files) };
    return JSON.stringify(data);
  }
}
