/**
 * What archive hygiene knows about every article: its vocabulary values (from the archive
 * index, the same entries the Articles view groups) and its duplicate sketch (made by the
 * index's background pass over the file, or by the archive workers for a warm start), kept in step with the index's changes, and the archive-wide
 * findings made from them by the archive workers after each change (the core's archive pass,
 * off the extension host's thread: 0.6–1.5 s a run at 50,000 posts). Reading starts only when something needs it (an
 * article opened, the Duplicates view, a hygiene command), never at activation.
 */
import * as vscode from 'vscode';
import { ArticleRecord, entryRecord } from '../core/index/articleRecord';
import type { DuplicateSketch } from '../core/hygiene/duplicateSketch';
import { DuplicateLookup } from '../core/hygiene/duplicates';
import { ArchiveFindings, archiveFindings } from '../core/rules/archiveProblems';
import { archiveProblemCounts, CountedFile, VocabularyValues } from '../core/rules/archiveCounts';
import type { ProblemCounts } from '../core/problemCounts';
import { defaultArchiveConfig } from '../core/config/archiveConfig';
import { HygieneSettings, hygieneSettings } from '../core/hygiene/hygieneConfig';
import { entryPath, IndexEntry } from '../core/index/records/indexEntry';
import { ArchiveIndexService, FileSketch, IndexChange } from '../index/archiveIndexService';
import { Disposable } from '../util/dispose';
import { uriOfPath } from '../util/archiveUris';
import { archivePaths, packArchive, unpackDuplicates } from '../workers/findingsCodec';

export type HygieneRecord = Pick<ArticleRecord, 'title' | 'date' | 'categories' | 'tags' | 'author' | 'source'>;

export interface HygieneFile {
  uri: vscode.Uri;
  record: HygieneRecord;
  sketch: DuplicateSketch;
  /** Its vocabulary values where they differ from the record's (core/rules/archiveCounts.ts). */
  values?: VocabularyValues;
  /** The index entry the file was read for (the same object while the file is unchanged). */
  entry: IndexEntry;
}

/** The archive-wide findings (paths are URI strings) and the files they were made from. */
export interface HygieneReport extends ArchiveFindings {
  files: ReadonlyMap<string, HygieneFile>;
}

const CHANGE_DELAY_MS = 300;
/** Files made into hygiene files between two turns of the event loop. */
const LOAD_SLICE = 2000;

export class HygieneModel extends Disposable {
  private readonly files = new Map<string, HygieneFile>();
  private cached: HygieneReport | undefined;
  /** The last report, given while the archive workers make the next one. */
  private previous: HygieneReport | undefined;
  private findingsRun = 0;
  private refreshing = 0;
  private readonly settledWaiters: (() => void)[] = [];
  private loading: Promise<void> | undefined;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** Fires (debounced) after the files, their contents or the settings changed. */
  readonly onDidChange = this.changed.event;
  private settingsValue: HygieneSettings = hygieneSettings(defaultArchiveConfig());

  get settings(): HygieneSettings {
    return this.settingsValue;
  }

  /** The archive's `.newsarchive.json` settings for the two rules (see hygieneConfig.ts). */
  setSettings(settings: HygieneSettings): void {
    this.settingsValue = settings;
    this.invalidate();
  }

  constructor(private readonly service: ArchiveIndexService) {
    super();
    this._register({ dispose: () => this.timer && clearTimeout(this.timer) });
    this._register(service.onDidReset(() => {
      if (this.loading) this.loading = this.loadAll();
    }));
    this._register(service.onDidChangeEntries((changes) => {
      if (this.loading) void this.apply(changes);
    }));
  }

  /** Resolves once every indexed article has been read (the first call starts it). */
  ready(): Promise<void> {
    if (!this.loading) {
      this.service.start();
      this.loading = this.service.state.kind === 'ready' ? this.loadAll() : this.afterScan();
    }
    return this.loading;
  }

  /**
   * Resolves once the findings (and the index's archive-wide counts) are made from the files as
   * they are now: no change waiting for its debounce and no run in flight.
   */
  async settled(): Promise<void> {
    await this.ready();
    if (!this.isSettled) await new Promise<void>((resolve) => this.settledWaiters.push(resolve));
  }

  private get isSettled(): boolean {
    return !this.timer && this.refreshing === 0 && this.cached !== undefined;
  }

  private checkSettled(): void {
    if (this.isSettled) for (const resolve of this.settledWaiters.splice(0)) resolve();
  }

  get started(): boolean {
    return this.loading !== undefined;
  }

  /** Waits for the index's scan; the reset that ends it loads everything. */
  private afterScan(): Promise<void> {
    return new Promise((resolve) => {
      const done = this.service.onDidReset(() => {
        done.dispose();
        // onDidReset replaced `loading` with loadAll(): follow it.
        void this.loading?.then(resolve);
      });
      this._register(done);
    });
  }

  /**
   * The archive-wide findings: the archive workers' latest, or the one before while they make
   * the next (a debounce after each change), so the extension host's thread never runs the
   * archive pass while a worker can (made here only when no report was ever made).
   */
  report(): HygieneReport {
    if (this.cached) return this.cached;
    if (this.previous) return this.previous;
    this.cached = { ...archiveFindings(this.archiveFiles(), this.settingsValue), files: this.files };
    return this.cached;
  }

  private archiveFiles(): CountedFile[] {
    return [...this.files].map(([path, f]) => (f.values ? { path, record: f.record, sketch: f.sketch, values: f.values } : { path, record: f.record, sketch: f.sketch }));
  }

  /** Has the workers make the findings (this thread when they cannot), then tells the listeners. */
  private async refresh(): Promise<void> {
    this.refreshing++;
    try {
      await this.findings();
    } finally {
      this.refreshing--;
      this.checkSettled();
    }
  }

  private async findings(): Promise<void> {
    const run = ++this.findingsRun;
    const settings = this.settingsValue;
    let report: HygieneReport;
    let counts: Iterable<[string, ProblemCounts]>;
    try {
      // Packed: one typed array of signatures, not 50,000 objects to write (findingsCodec.ts).
      // The paths as packed, taken now: the files may change while the workers work.
      const paths = archivePaths(this.files);
      const found = await this.service.workers.run({ kind: 'findings', files: packArchive(this.files), settings });
      const duplicates = unpackDuplicates(found.duplicates, paths);
      report = { vocabulary: found.vocabulary, variants: found.variants, duplicates, settings, lookup: new DuplicateLookup(duplicates), files: this.files };
      counts = found.counts.map(([i, c]): [string, ProblemCounts] => [paths[i], c]);
    } catch {
      if (run !== this.findingsRun) return;
      const files = this.archiveFiles();
      report = { ...archiveFindings(files, settings), files: this.files };
      counts = archiveProblemCounts(report, files);
    }
    // A change since: the newer run's report replaces this one.
    if (run !== this.findingsRun) return;
    this.cached = report;
    this.previous = undefined;
    // The index counts them with each file's own problems (the status bar, the Articles view, the badges).
    const byPath = new Map<string, ProblemCounts>();
    for (const [key, c] of counts) {
      const f = this.files.get(key);
      if (f) byPath.set(entryPath(f.entry), c);
    }
    this.service.setArchiveCounts(byPath);
    this.changed.fire();
  }

  file(uri: vscode.Uri): HygieneFile | undefined {
    return this.files.get(uri.toString());
  }

  private async loadAll(): Promise<void> {
    const generation = ++this.generation;
    const entries = [...this.service.index.entries()];
    const sketches = await this.service.sketches(entries);
    if (generation !== this.generation) return;
    const fresh = new Map<string, HygieneFile>();
    // In slices, each a few tens of milliseconds: 50,000 files' URIs and records held the
    // extension host's thread 0.8 s in one piece after the scan, typing in the open article included.
    for (let i = 0; i < entries.length; i++) {
      if (i > 0 && i % LOAD_SLICE === 0) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (generation !== this.generation) return;
      }
      const f = this.fileOf(entries[i], sketches[i]);
      if (f) fresh.set(f.uri.toString(), f);
    }
    this.files.clear();
    for (const [k, f] of fresh) this.files.set(k, f);
    // Ready once the first findings are made (by the workers), not at the first report() call.
    if (this.cached) this.previous = this.cached;
    this.cached = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.refresh();
  }

  private async apply(changes: readonly IndexChange[]): Promise<void> {
    let any = false;
    for (const c of changes) {
      const { old, next } = c;
      if (!next) {
        if (old) any = this.files.delete(uriOfPath(entryPath(old)).toString()) || any;
        continue;
      }
      const key = uriOfPath(entryPath(next)).toString();
      const known = this.files.get(key);
      // Problem counts arriving replace the entry, not the file: keep the sketch.
      // Only the archive-wide counts changed: the same fields, so the same record.
      if (known && c.archiveOnly) {
        this.files.set(key, { ...known, entry: next });
        continue;
      }
      if (known && next.mtime >= 0 && known.entry.mtime === next.mtime && known.entry.size === next.size) {
        this.files.set(key, { ...known, entry: next, record: entryRecord(key, next, { frontMatter: false }) });
        continue;
      }
      const f = this.fileOf(next, (await this.service.sketches([next]))[0]);
      if (f) this.files.set(key, f);
      else this.files.delete(key);
      any = true;
    }
    if (any) this.invalidate();
  }

  /** undefined when the file could not be read (gone since the index saw it: the index reports the deletion next). */
  private fileOf(entry: IndexEntry, s: FileSketch | undefined): HygieneFile | undefined {
    if (!s) return undefined;
    const f: HygieneFile = { uri: uriOfPath(entryPath(entry)), record: entryRecord(entryPath(entry), entry, { frontMatter: false }), sketch: s.sketch, entry };
    if (s.values) f.values = s.values;
    return f;
  }

  private invalidate(): void {
    if (this.cached) this.previous = this.cached;
    this.cached = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, CHANGE_DELAY_MS);
  }
}
