/**
 * What archive hygiene knows about every article: its vocabulary values (from the archive
 * index, the same entries the Articles view groups) and its duplicate sketch (made by the
 * index's background pass over the file, or by the archive workers for a warm start, and held
 * once, in the index service's sketch store), kept in step with the index's changes, and the archive-wide
 * findings made from them by the archive workers after each change (the core's archive pass,
 * off the extension host's thread: 0.6–1.5 s a run at 50,000 posts). Reading starts only when something needs it (an
 * article opened, the Duplicates view, a hygiene command), never at activation.
 */
import * as vscode from 'vscode';
import { DuplicateLookup } from '../core/hygiene/duplicates';
import { ArchiveFindings, archiveFindings } from '../core/rules/archiveProblems';
import { archiveProblemCounts, CountedFile } from '../core/rules/archiveCounts';
import type { ProblemCounts } from '../core/problemCounts';
import { defaultArchiveConfig } from '../core/config/archiveConfig';
import { HygieneSettings, hygieneSettings } from '../core/hygiene/hygieneConfig';
import { entryPath, IndexEntry } from '../core/index/records/indexEntry';
import { ArchiveIndexService, IndexChange } from '../index/archiveIndexService';
import { Disposable } from '../util/dispose';
import { packParts, unpackDuplicates } from '../workers/findingsCodec';

/**
 * The archive-wide findings (paths are the files' paths, as the index names them: `uriOfPath`
 * gives a shown file its URI) and the files they were made from, each by its index entry.
 */
export interface HygieneReport extends ArchiveFindings {
  files: ReadonlyMap<string, IndexEntry>;
}

/** The findings' counts by file index, named by path (one at a time: no second list of 50,000). */
function* countsByPath(counts: Iterable<readonly [number, ProblemCounts]>, paths: readonly string[]): Iterable<readonly [string, ProblemCounts]> {
  for (const [i, c] of counts) yield [paths[i], c];
}

const CHANGE_DELAY_MS = 300;
/** Files made into hygiene files between two turns of the event loop. */
const LOAD_SLICE = 2000;

export class HygieneModel extends Disposable {
  /**
   * The files the findings are made from, by path (the sketch store's own strings: one copy of
   * each path), each with the entry it was read for; their sketches are in the index service's
   * sketch store, the one copy in the extension.
   */
  private readonly files = new Map<string, IndexEntry>();
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

  /** Every file as the core's archive pass reads it (only where this thread makes the findings: no worker answered). */
  private archiveFiles(): CountedFile[] {
    const out: CountedFile[] = [];
    for (const [path, entry] of this.files) {
      const s = this.service.sketchStore.get(path);
      if (s) out.push(s.values ? { path, record: entry, sketch: s.sketch, values: s.values } : { path, record: entry, sketch: s.sketch });
    }
    return out;
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
    let counts: Iterable<readonly [string, ProblemCounts]>;
    try {
      // Packed: one typed array of signatures, not 50,000 objects to write (findingsCodec.ts),
      // straight from the sketch store. The paths as packed, taken now: the files may change
      // while the workers work.
      const store = this.service.sketchStore;
      const paths: string[] = [];
      const records: IndexEntry[] = [];
      for (const [path, entry] of this.files) {
        if (!store.has(path)) continue;
        paths.push(path);
        records.push(entry);
      }
      const found = await this.service.workers.run({ kind: 'findings', files: packParts(paths, records, store.pack(paths)), settings });
      const duplicates = unpackDuplicates(found.duplicates, paths);
      report = { vocabulary: found.vocabulary, variants: found.variants, duplicates, settings, lookup: new DuplicateLookup(duplicates), files: this.files };
      counts = countsByPath(found.counts, paths);
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
    this.service.setArchiveCounts(counts);
    this.changed.fire();
  }

  /** Whether the findings are made from the file at `path` (an indexed article whose sketch is known). */
  has(path: string): boolean {
    return this.files.has(path);
  }

  private async loadAll(): Promise<void> {
    const generation = ++this.generation;
    const entries = [...this.service.index.entries()];
    const sketched = await this.service.ensureSketches(entries);
    if (generation !== this.generation) return;
    const fresh = new Map<string, IndexEntry>();
    // In slices, each a few tens of milliseconds: 50,000 files' URIs and records held the
    // extension host's thread 0.8 s in one piece after the scan, typing in the open article included.
    for (let i = 0; i < entries.length; i++) {
      if (i > 0 && i % LOAD_SLICE === 0) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (generation !== this.generation) return;
      }
      const key = sketched[i] ? this.keyOf(entries[i]) : undefined;
      if (key) fresh.set(key, entries[i]);
    }
    this.files.clear();
    for (const [k, e] of fresh) this.files.set(k, e);
    // Ready once the first findings are made (by the workers), not at the first report() call.
    if (this.cached) this.previous = this.cached;
    this.cached = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.refresh();
  }

  /** The sketch store's string for the entry's path (undefined: it has no sketch of the file). */
  private keyOf(entry: IndexEntry): string | undefined {
    return this.service.sketchStore.keyOf(entryPath(entry));
  }

  private async apply(changes: readonly IndexChange[]): Promise<void> {
    let any = false;
    for (const c of changes) {
      // Only the archive-wide counts changed: the findings made them, nothing to read.
      if (c.archiveOnly) continue;
      const { old, next } = c;
      if (!next) {
        if (old) any = this.files.delete(entryPath(old)) || any;
        continue;
      }
      const path = entryPath(next);
      const known = this.files.get(path);
      // The same file (problem counts arriving replace the entry, not the file): keep the sketch.
      if (known && next.mtime >= 0 && known.mtime === next.mtime && known.size === next.size) {
        this.service.sketchStore.remake(path, next);
        this.files.set(path, next);
        continue;
      }
      const [sketched] = await this.service.ensureSketches([next]);
      const key = sketched ? this.keyOf(next) : undefined;
      if (key) this.files.set(key, next);
      else this.files.delete(path);
      any = true;
    }
    if (any) this.invalidate();
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
