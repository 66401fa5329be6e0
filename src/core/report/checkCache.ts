/**
 * The cache of `check --cache FILE`: each file's placed problems (messages as data, so one cache
 * serves every language), keyed by the file's content (its git blob id, or a hash of its bytes:
 * never its modification time, which a fresh checkout renews), the effective configuration that
 * checked it and the tool's version. A result that depends on the day (`date-future`) carries
 * the instant at which it stops holding.
 *
 * At 50,000 posts the cache is read on every run, and reading it must cost far less than reading
 * the posts, so it is one file of sections, each read only when the run needs it:
 *
 *     news-archive-check-cache 5 <header> <index> <data> <body>\n   (the sections' byte lengths)
 *     header  JSON: tool, the body's variant, separator, head and tail, the last run's summary
 *     index   JSON: per file, in parallel arrays: name, content key, configuration, expiry,
 *             counts by severity, where its data and its output are
 *     data    each file's problems and, with the archive-wide rules on, what they know of it
 *             (./entryData.ts), one after the other
 *     body    the last run's output for its variant (format, language, baseline): each file's
 *             part, ready to emit, joined by the format's separator
 *
 * A run over an unchanged archive reads the header and streams head, body and tail (../../cli/
 * repeatedRun.ts, which needs nothing of the formats to do it);
 * one with changes decodes the index, and the data of only the files whose output it cannot copy
 * (of every file when the archive-wide rules are on: they look across all of them). A file's part
 * names the archive-wide problems it holds by a key, so that a change elsewhere that gives the
 * file other ones makes its part again.
 */

export const CACHE_MAGIC = 'news-archive-check-cache';
export const CACHE_VERSION = 5;

/** Problems by severity: error, warning, info, hint. */
export type SeverityCounts = [number, number, number, number];

/** What the last run saw, for a run that finds the same inputs (its digest) to repeat its output. */
export interface RunSummary {
  /** A hash of everything the run's output depends on, but its variant. */
  digest: string;
  /** The folders whose configuration applied to the run's files. */
  folders: string[];
  /** Files covered, of which articles. */
  covered: number;
  articles: number;
  counts: SeverityCounts;
  /** With a baseline: problems it knew, and errors it did not. */
  known: number;
  newErrors: number;
  /** When a result of the run stops holding (a future date comes); null when none does. */
  expires: number | null;
}

interface Header {
  tool: string;
  /** What the body holds: format, language and baseline. */
  variant?: string;
  /** What joins two files' parts in the body. */
  separator?: string;
  /** The output around the body (`empty`: the whole output when the body is empty). */
  head?: string;
  tail?: string;
  empty?: string;
  run?: RunSummary;
}

interface Index {
  names: string[];
  content: string[];
  /** Into `configs`. */
  config: number[];
  configs: string[];
  /** [file, epoch ms] pairs, for the files whose result expires. */
  expires: number[];
  /** Four a file: its counts by severity; a file that is not an article has -1 first. */
  counts: number[];
  /** Two a file: offset and length in the data section. */
  data: number[];
  /** Two a file: offset and length in the body, -1 for a file the body does not hold. */
  body: number[];
  /** Two a file, with a baseline variant: problems known, new errors. */
  base: number[];
  /** A file's part's key of its archive-wide problems ('' for none). */
  archive: string[];
}


/** Where a cache's bytes come from: the whole file in memory, or read piece by piece. */
export interface CacheSource {
  readonly size: number;
  read(offset: number, length: number): Buffer;
}

/** What `lookup` found: an entry whose key still holds. */
export type EntryRef = number;

export class CheckCacheReader {
  private index?: Index;
  private byName?: Map<string, number>;
  private expiresAt?: Map<number, number>;
  private dataSection?: Buffer;
  private bodySection?: Buffer;

  private constructor(
    private readonly source: CacheSource,
    readonly header: Header,
    private readonly at: { index: number; data: number; body: number },
    private readonly lengths: { index: number; data: number; body: number },
  ) {}

  /**
   * The cache in `source`; `'foreign'` when it is not one this tool and version wrote (or is
   * cut short), undefined when it is empty.
   */
  static open(source: CacheSource, tool: string): CheckCacheReader | 'foreign' | undefined {
    if (source.size === 0) return undefined;
    try {
      const first = source.read(0, Math.min(source.size, 200)).toString('latin1');
      const line = first.slice(0, first.indexOf('\n'));
      const m = /^news-archive-check-cache (\d+) (\d+) (\d+) (\d+) (\d+)$/.exec(line);
      if (!m || Number(m[1]) !== CACHE_VERSION) return 'foreign';
      const [header, index, data, body] = [m[2], m[3], m[4], m[5]].map(Number);
      const start = line.length + 1;
      if (start + header + index + data + body !== source.size) return 'foreign';
      const parsed = JSON.parse(source.read(start, header).toString('utf8')) as Partial<Header>;
      if (parsed?.tool !== tool) return 'foreign';
      return new CheckCacheReader(source, parsed as Header, { index: start + header, data: start + header + index, body: start + header + index + data }, { index, data, body });
    } catch {
      return 'foreign';
    }
  }

  get variant(): string | undefined {
    return this.header.variant;
  }

  get run(): RunSummary | undefined {
    return this.header.run;
  }

  /** The output around the body, as the run that wrote it emitted it. */
  get around(): { head: string; tail: string; empty: string } | undefined {
    const { head, tail, empty } = this.header;
    return head !== undefined && tail !== undefined && empty !== undefined ? { head, tail, empty } : undefined;
  }

  /** Where the body lies in the source, to stream it. */
  get body(): { offset: number; length: number } {
    return { offset: this.at.body, length: this.lengths.body };
  }

  private loadIndex(): Index {
    if (!this.index) {
      this.index = JSON.parse(this.source.read(this.at.index, this.lengths.index).toString('utf8')) as Index;
      this.byName = new Map();
      this.index.names.forEach((n, i) => this.byName!.set(n, i));
      this.expiresAt = new Map();
      for (let i = 0; i < this.index.expires.length; i += 2) this.expiresAt.set(this.index.expires[i], this.index.expires[i + 1]);
    }
    return this.index;
  }

  /** The entry of `name` when its content and configuration are those given and it still holds at `now`. */
  lookup(name: string, content: string, config: string, now: number): EntryRef | undefined {
    const index = this.loadIndex();
    const i = this.byName!.get(name);
    if (i === undefined || index.content[i] !== content || index.configs[index.config[i]] !== config) return undefined;
    const expires = this.expiresAt!.get(i);
    return expires !== undefined && now >= expires ? undefined : i;
  }

  /** Every entry, by name (to carry the files this run did not cover into the next cache). */
  names(): ReadonlyMap<string, EntryRef> {
    this.loadIndex();
    return this.byName!;
  }

  /** What a new cache needs to keep the entry as it is. */
  stored(i: EntryRef): StoredEntry {
    const index = this.loadIndex();
    const c = index.counts;
    return {
      name: index.names[i],
      content: index.content[i],
      config: index.configs[index.config[i]],
      expires: this.expiresAt!.get(i),
      counts: c[4 * i] < 0 ? null : [c[4 * i], c[4 * i + 1], c[4 * i + 2], c[4 * i + 3]],
      data: this.data(i),
    };
  }

  /** The entry's problems as its bytes in the data section. */
  data(i: EntryRef): Buffer {
    const index = this.loadIndex();
    this.dataSection ??= this.source.read(this.at.data, this.lengths.data);
    return this.dataSection.subarray(index.data[2 * i], index.data[2 * i] + index.data[2 * i + 1]);
  }

  /** The entry's part of the body (its output in the body's variant), when the body holds it. */
  part(i: EntryRef): BodyPart | undefined {
    const index = this.loadIndex();
    const at = index.body[2 * i];
    if (at === undefined || at < 0) return undefined;
    this.bodySection ??= this.source.read(this.at.body, this.lengths.body);
    return { bytes: this.bodySection.subarray(at, at + index.body[2 * i + 1]), known: index.base[2 * i] ?? 0, newErrors: index.base[2 * i + 1] ?? 0, archive: index.archive[i] ?? '' };
  }
}

/** One file's entry in a new cache. */
export interface StoredEntry {
  name: string;
  content: string;
  config: string;
  expires: number | undefined;
  /** Null when the file is not an article. */
  counts: SeverityCounts | null;
  /** Its problems (and archive-wide facts), as encodeEntryData gives them. */
  data: Uint8Array;
}

/** A file's part of the run's output, in the body's variant; empty parts join nothing. */
export interface BodyPart {
  bytes: Uint8Array;
  known: number;
  newErrors: number;
  /** The key of the archive-wide problems it holds ('' for none). */
  archive: string;
}

/**
 * A new cache, as chunks to write one after the other: `entries` in order, each with its part
 * of the body when `body` is given (the run's output, parts joined by its separator).
 */
export function encodeCache(
  tool: string,
  entries: readonly (StoredEntry & { part?: BodyPart })[],
  body?: { variant: string; separator: string; head: string; tail: string; empty: string; run?: RunSummary },
): Buffer[] {
  const configs = new Map<string, number>();
  const index: Index = { names: [], content: [], config: [], configs: [], expires: [], counts: [], data: [], body: [], base: [], archive: [] };
  const data: Uint8Array[] = [];
  const parts: Uint8Array[] = [];
  const separator = Buffer.from(body?.separator ?? '', 'utf8');
  let dataAt = 0;
  let bodyAt = 0;
  entries.forEach((e, i) => {
    index.names.push(e.name);
    index.content.push(e.content);
    let c = configs.get(e.config);
    if (c === undefined) {
      c = index.configs.length;
      configs.set(e.config, c);
      index.configs.push(e.config);
    }
    index.config.push(c);
    if (e.expires !== undefined) index.expires.push(i, e.expires);
    if (e.counts) index.counts.push(...e.counts);
    else index.counts.push(-1, 0, 0, 0);
    index.data.push(dataAt, e.data.length);
    data.push(e.data);
    dataAt += e.data.length;
    const part = body ? e.part : undefined;
    if (part && part.bytes.length > 0) {
      if (bodyAt > 0) {
        parts.push(separator);
        bodyAt += separator.length;
      }
      index.body.push(bodyAt, part.bytes.length);
      parts.push(part.bytes);
      bodyAt += part.bytes.length;
    } else {
      index.body.push(part ? bodyAt : -1, 0);
    }
    index.base.push(part?.known ?? 0, part?.newErrors ?? 0);
    index.archive.push(part?.archive ?? '');
  });
  const header: Header = { tool };
  if (body) {
    header.variant = body.variant;
    header.separator = body.separator;
    header.head = body.head;
    header.tail = body.tail;
    header.empty = body.empty;
    if (body.run) header.run = body.run;
  }
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const indexBytes = Buffer.from(JSON.stringify(index), 'utf8');
  const first = Buffer.from(`${CACHE_MAGIC} ${CACHE_VERSION} ${headerBytes.length} ${indexBytes.length} ${dataAt} ${bodyAt}\n`, 'latin1');
  return [first, headerBytes, indexBytes, ...data.map((d) => Buffer.from(d.buffer, d.byteOffset, d.byteLength)), ...parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength))];
}

/** A cache held in memory (tests, and a run that needs most of it). */
export function bufferSource(bytes: Buffer): CacheSource {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}
