/**
 * `check --cache FILE`: a run that validates only the files whose content (or configuration)
 * changed, and emits the other files' output from the cache as it was written (../core/report/
 * checkCache.ts keeps each file's part of the last run's output, ready to emit).
 *
 * A run over a git folder (one PATH, no --shard or --changed-since) lists the files with git
 * (./gitListing.ts) instead of walking them: the blob ids name the contents without a read.
 * When the hash of git's listing, of the files git cannot vouch for, of the configurations and of
 * the tool equals the last run's, and the output is of the same format, language and baseline,
 * nothing changed: the run emits the last output and its counts without decoding one path. Else
 * each file is looked up by its key: a hit gives its part (or its problems, for another format),
 * a miss is read and validated, and the new cache is written.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Problem } from '../core/problem';
import { countProblems } from '../core/problemCounts';
import { FileSnapshot } from '../core/files/fileSnapshot';
import { fileSelection } from '../core/index/fileSelection';
import { Baseline, gateCounts } from '../core/report/baseline';
import { BodyPart, encodeCache, EntryRef, RunSummary, SeverityCounts, StoredEntry } from '../core/report/checkCache';
import { decodeEntryData, encodeEntryData } from '../core/report/entryData';
import type { PlacedAnchor, PositionedProblem, ReportFile } from '../core/report/reportTypes';
import { REPORT_RULE_ORDER } from '../core/rules/archiveProblems';
import { ArchiveFacts, archiveFacts } from '../core/rules/archiveAnchors';
import { sortPlaced } from '../core/rules/problemOrder';
import { validateArticle } from '../core/rules/index';
import type { ParsedArgs } from './args';
import { archiveSettingsFolder, archiveWideProblems, archiveWideSettings } from './archiveWide';
import { articleOf, readFileSnapshot } from './articleFile';
import { reportSkipped, selectFiles } from './articleFiles';
import { CheckCacheFile } from './checkCacheFile';
import { CheckFormat, ReportPieces, reportPieces } from './checkFormats';
import { placedFacts, positionedProblems, reportDiagnostic } from './checkReport';
import { ConfigFiles, LoadedConfig } from './configFile';
import { gitContentKeys, hashKey } from './contentKeys';
import { GitListing } from './gitListing';
import { CliIo } from './io';
import { currentLocale } from './l10n';
import { Output } from './output';
import { listable, repeatLastRun, runDigest, runVariant, unvouchedKeys } from './repeatedRun';
import { TOOL_VERSION } from './version';
import type { WarmHandoff } from './warmCheck';

/** When a result stops holding: the first future date it reports (then it is no longer future). */
export function expiryOf(problems: readonly Problem[]): number | undefined {
  let at: number | undefined;
  for (const p of problems) {
    const instant = p.ruleId === 'date-future' ? p.data?.instant : undefined;
    const t = typeof instant === 'string' ? Date.parse(instant) : NaN;
    if (!Number.isNaN(t)) at = at === undefined ? t : Math.min(at, t);
  }
  return at;
}

export interface CachedCheckOptions {
  /** The output to emit; without it (or for a format without pieces) the run returns its files. */
  format?: CheckFormat;
  /** `unsure`: the rules whose new problems the run cannot judge (a shard's: checkCommand.ts unsureRules). */
  baseline?: { baseline: Baseline; text: string; storedName: (file: string) => string; unsure?: ReadonlySet<string> };
  /** What a warm run that could not repeat the last output learned: the run then does not try again. */
  warm?: WarmHandoff;
}

export interface CachedCheckRun {
  /** The files' report data, when the run did not emit its output itself. */
  files?: ReportFile[];
  counts: SeverityCounts;
  known: number;
  newErrors: number;
  articles: number;
  covered: number;
  hits: number;
  /** Files validated in this run (the others came from the cache). */
  validated: number;
  /** Whether nothing had changed: the last run's output was emitted as it was. */
  repeated: boolean;
  /** Paths that could not be read: the run exits 2. */
  unreadable: number;
}

/** A file's problems by severity, as every front end counts them (core/problemCounts.ts). */
function countsOf(problems: readonly PositionedProblem[]): SeverityCounts {
  const c = countProblems(problems.map((p) => ({ ruleId: p.rule, severity: p.severity })));
  return [c.errors, c.warnings, c.infos, c.hints];
}

/** One file of a run with the cache, between its lookup and its part. */
interface Item {
  file: string;
  /** Whether its stored name is its path as the run names it. */
  ownName: boolean;
  entry: StoredEntry & { part?: BodyPart };
  /** Its entry in the cache, when that holds. */
  ref?: EntryRef;
  /** Its own problems, when decoded or validated. */
  placed?: PositionedProblem[] | null;
  facts?: ArchiveFacts<PlacedAnchor>;
}

class CachedCheck {
  private readonly pieces: ReportPieces | undefined;
  private readonly variant: string | undefined;
  private readonly now = Date.now();
  private readonly folderOf = new Map<string, LoadedConfig>();

  constructor(
    private readonly cache: CheckCacheFile,
    private readonly configs: ConfigFiles,
    private readonly options: CachedCheckOptions,
    private readonly io: CliIo,
  ) {
    this.pieces = options.format ? reportPieces(options.format) : undefined;
    // A part's counts of new errors depend on whether the run is a shard (its unsure rules).
    const unsure = [...(options.baseline?.unsure ?? [])];
    this.variant = this.pieces && options.format ? runVariant(options.format, currentLocale(), options.baseline?.text, unsure) : undefined;
  }

  private configOf(file: string): LoadedConfig {
    const dir = path.dirname(file);
    let loaded = this.folderOf.get(dir);
    if (!loaded) {
      loaded = this.configs.forFolder(path.resolve(dir));
      this.folderOf.set(dir, loaded);
    }
    return loaded;
  }

  /** The key of a folder's configuration (an absolute path), as the cache keeps it. */
  private readonly configKey = (folder: string): string => this.cache.configKey(this.configs.forFolder(folder));

  /** The last run's output again, when nothing it depends on changed (./repeatedRun.ts). */
  repeat(listing: GitListing, read: Map<string, FileSnapshot>): CachedCheckRun | undefined {
    if (this.variant === undefined) return undefined;
    const run = repeatLastRun(this.cache, listing, this.variant, this.configKey, read, this.io, this.now);
    return run && { ...run, hits: run.covered, validated: 0, repeated: true, unreadable: 0 };
  }

  private reported(file: string, problems: readonly PositionedProblem[]): ReportFile {
    const locale = currentLocale();
    const f: ReportFile = { path: file, diagnostics: problems.map((p) => reportDiagnostic(p, locale)) };
    this.options.baseline?.baseline.mark([f], this.options.baseline.storedName, this.options.baseline.unsure);
    return f;
  }

  private partOf(f: ReportFile, archive: string): BodyPart {
    const { known, newErrors } = gateCounts(f.diagnostics, this.options.baseline !== undefined);
    return { bytes: Buffer.from(this.pieces!.part(f), 'utf8'), known, newErrors, archive };
  }

  /**
   * Each file by its key: from the cache where it holds, else read and validated. With the
   * archive-wide rules on, every file's facts (from the cache or its reading) go to their pass
   * first; a file's part is copied only when it holds the same archive-wide problems.
   */
  async check(args: ParsedArgs, listing: GitListing | undefined, read: Map<string, FileSnapshot>): Promise<CachedCheckRun> {
    const reader = this.cache.reader;
    let paths: { path: string; gitKey?: string }[];
    let unreadable = 0;
    let gitKey: (file: string) => string | undefined;
    if (listing) {
      const listed = listing.files();
      reportSkipped(listed.skipped, this.io);
      unreadable += listed.skipped.length;
      paths = listed.files;
      gitKey = () => undefined;
    } else {
      const selected = selectFiles(args, this.io);
      unreadable += selected.unreadable;
      paths = selected.files.map((p) => ({ path: p }));
      const keys = gitContentKeys();
      gitKey = (file) => keys.fromGit(file);
    }
    const settings = archiveWideSettings(this.configs, paths.map((p) => p.path), args.positional);
    const run: CachedCheckRun = { counts: [0, 0, 0, 0], known: 0, newErrors: 0, articles: 0, covered: paths.length, hits: 0, validated: 0, repeated: false, unreadable };
    const items: Item[] = [];
    let misses = 0;
    for (const listed of paths) {
      const file = listed.path;
      const loaded = this.configOf(file);
      const config = this.cache.configKey(loaded);
      const name = CheckCacheFile.entryName(file);
      let content = listed.gitKey ?? gitKey(file);
      let ref: EntryRef | undefined = content !== undefined ? reader?.lookup(name, content, config, this.now) : undefined;
      let snapshot = read.get(file);
      if (ref === undefined && content === undefined) {
        snapshot ??= readFileSnapshot(file, this.io);
        if (!snapshot) {
          run.unreadable++;
          continue;
        }
        read.set(file, snapshot);
        content = hashKey(snapshot.bytes);
        ref = reader?.lookup(name, content, config, this.now);
      }
      // A part names the file as the run that wrote it named it: only a name that is the path serves.
      const item: Item = { file, ownName: name === file, entry: undefined! };
      if (reader && ref !== undefined) {
        const stored = reader.stored(ref);
        item.entry = { ...stored, name };
        item.ref = ref;
        if (settings && stored.counts) {
          // The archive-wide rules need every article's facts: a result kept without them is no hit.
          const data = decodeEntryData(stored.data);
          if (data.facts) {
            item.placed = data.problems;
            item.facts = data.facts;
          } else item.ref = undefined;
        }
      }
      if (item.ref === undefined) {
        misses++;
        snapshot ??= readFileSnapshot(file, this.io);
        if (!snapshot) {
          run.unreadable++;
          continue;
        }
        const article = articleOf(snapshot);
        if (article.kind === 'article') run.validated++;
        const problems = article.kind === 'article' ? validateArticle(article.article, loaded.config) : undefined;
        item.placed = article.kind === 'article' ? positionedProblems(article.article, problems!) : null;
        if (article.kind === 'article' && settings) item.facts = placedFacts(article.article, archiveFacts(file, article.article));
        item.entry = { name, content: content!, config, expires: problems && expiryOf(problems), counts: item.placed && countsOf(item.placed), data: encodeEntryData(item.placed, item.facts) };
      } else run.hits++;
      items.push(item);
    }

    const found = settings ? archiveWideProblems(items.flatMap((i) => (i.facts ? [{ path: i.file, facts: i.facts }] : [])), settings) : new Map<string, PositionedProblem[]>();
    const sameVariant = this.pieces !== undefined && reader?.variant === this.variant;
    /** Each file's part of the output, in order. */
    const output: Uint8Array[] = [];
    const files: ReportFile[] = [];
    /** Whether every part is stored under the file's name as the run names it (the body then is the output). */
    let wholeBody = true;
    /** Parts the cache did not hold: the cache is written again to hold them. */
    let madeParts = 0;
    for (const item of items) {
      const { entry, file } = item;
      if (!entry.counts) continue;
      run.articles++;
      const more = found.get(file);
      const archiveKey = more ? createHash('sha256').update(JSON.stringify(more)).digest('base64') : '';
      const counts = more ? countsOf(more) : undefined;
      for (let i = 0; i < 4; i++) run.counts[i] += entry.counts[i] + (counts?.[i] ?? 0);
      if (!item.ownName) wholeBody = false;
      let part = sameVariant && item.ownName && item.ref !== undefined ? reader!.part(item.ref) : undefined;
      if (part && part.archive !== archiveKey) part = undefined;
      if (!part) {
        const own = item.placed ?? decodeEntryData(entry.data).problems ?? [];
        const f = this.reported(file, more ? sortPlaced([...own, ...more], REPORT_RULE_ORDER) : own);
        if (this.pieces) {
          part = this.partOf(f, archiveKey);
          madeParts++;
        } else {
          files.push(f);
          const gate = gateCounts(f.diagnostics, this.options.baseline !== undefined);
          run.known += gate.known;
          run.newErrors += gate.newErrors;
        }
      }
      if (part) {
        if (item.ownName) entry.part = part;
        run.known += part.known;
        run.newErrors += part.newErrors;
        output.push(part.bytes);
      }
    }
    const entries = items.map((i) => i.entry);

    let summary: RunSummary | undefined;
    // A configuration with problems said them on stderr: a repeated run, which says nothing of them, must not stand for this one.
    if (listing && this.pieces && run.unreadable === 0 && wholeBody && this.configs.filesWithProblems === 0) {
      const unvouched = unvouchedKeys(listing, read);
      if (unvouched) {
        // The files' folders, and the one the archive-wide settings came from (the PATH's, when there is no file).
        const settingsFolder = archiveSettingsFolder(paths.map((p) => p.path), args.positional);
        const folders = [...new Set([...[...this.folderOf.keys()].map((d) => path.resolve(d)), settingsFolder])].sort();
        let expires: number | null = null;
        for (const e of entries) if (e.expires !== undefined) expires = expires === null ? e.expires : Math.min(expires, e.expires);
        summary = {
          digest: runDigest(listing, unvouched, folders.map((folder) => ({ folder, key: this.configKey(folder) }))),
          folders,
          covered: run.covered,
          articles: run.articles,
          counts: [...run.counts],
          known: run.known,
          newErrors: run.newErrors,
          expires,
        };
      }
    }

    if (this.pieces) {
      const out = new Output(this.io);
      const parts = output.filter((p) => p.length > 0);
      if (parts.length === 0) out.add(this.pieces.empty);
      else {
        out.add(this.pieces.head);
        const separator = Buffer.from(this.pieces.separator, 'utf8');
        parts.forEach((p, i) => {
          if (i > 0) out.add(separator);
          out.add(p);
        });
        out.add(this.pieces.tail);
      }
      out.end();
    }

    const unchanged = reader !== undefined && misses === 0 && (!this.pieces || (madeParts === 0 && summary?.digest === reader.run?.digest));
    if (!unchanged) {
      // The files this run did not cover (another shard's, or gone) keep their entries.
      const covered = new Set(entries.map((e) => e.name));
      if (reader) for (const [name, ref] of reader.names()) if (!covered.has(name)) entries.push(reader.stored(ref));
      const body = this.pieces && { variant: this.variant!, separator: this.pieces.separator, head: this.pieces.head, tail: this.pieces.tail, empty: this.pieces.empty, run: summary };
      const chunks = encodeCache(TOOL_VERSION, entries, body);
      await this.cache.save(chunks);
    }
    if (!this.pieces) run.files = files;
    return run;
  }
}

export async function cachedCheck(args: ParsedArgs, io: CliIo, cachePath: string, configs: ConfigFiles, options: CachedCheckOptions): Promise<CachedCheckRun> {
  const cache = new CheckCacheFile(cachePath, io);
  try {
    const check = new CachedCheck(cache, configs, options, io);
    // A warm run that could not repeat the last output hands over what it took (./warmCheck.ts).
    if (options.warm) return await check.check(args, options.warm.listing, options.warm.read);
    const read = new Map<string, FileSnapshot>();
    const listing = listable(args) ? await GitListing.of(args.positional[0], fileSelection()) : undefined;
    return (listing && check.repeat(listing, read)) || (await check.check(args, listing, read));
  } finally {
    cache.close();
  }
}
