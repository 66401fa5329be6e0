/**
 * The archive index in the editor: a background scan of every workspace folder, run by the
 * archive processes (./archiveProcesses.ts) in batches of files, each file read once for its index
 * entry, its problem counts and (once hygiene wants them) its duplicate sketch; a persistent
 * cache that makes a reopened workspace ready in a fraction of the cold time; and incremental
 * updates from a FileSystemWatcher and from edits to open articles, whose entries take the
 * problems the live diagnostics already made for that version. Others listen to
 * `onDidChangeEntries` (one change a file) and `onDidReset` (a whole new index).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { counted } from '../util/counts';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { duplicateSketch } from '../core/hygiene/duplicateSketch';
import { ArchiveWideCounts } from '../core/index/archiveWideCounts';
import { FileSketch, SketchStore } from '../core/rules/sketchStore';
import { ArchiveIndex } from '../core/index/archiveIndex';
import { IndexCache } from '../core/index/indexCache';
import { fileSelection, FileSelection } from '../core/index/fileSelection';
import { entryPath, IndexEntry, internEntry, makeEntry } from '../core/index/records/indexEntry';
import { countProblems, CountsPool, ProblemCounts, ProblemSum, ProblemTally } from '../core/problemCounts';
import { vocabularyValues } from '../core/rules/archiveCounts';
import { recordFieldsFromText } from '../core/index/records/recordFields';
import { readConfig, SECTION } from '../config/settings';
import type { ArticleDiagnostics } from '../diagnostics/articleDiagnostics';
import { Disposable } from '../util/dispose';
import type { PassResult } from '../workers/protocol';
import type { ArchivePlatform } from './archivePlatform';
import type { FileAccess } from '../core/files/fileAccess';
import { isArchiveUri } from '../util/archiveUris';
import type { ArchiveJobs } from './archiveJobs';
import { IndexCacheStore } from './indexCacheStore';
import { chunks, jobFiles } from './jobFiles';

export interface IndexChange {
  readonly old: IndexEntry | undefined;
  readonly next: IndexEntry | undefined;
  /**
   * Only the archive-wide rules' counts changed (old and next are the same entry, the file and its
   * text the same): the counts it had; `archiveCounts` holds the new ones.
   */
  readonly archiveOnly?: { readonly before: ProblemCounts | undefined };
}


export type IndexState =
  | { readonly kind: 'idle' }
  | {
    readonly kind: 'scanning'; readonly done: number; readonly total: number;
    /**
     * The article count known before every file is read: a reopened workspace's from the last
     * saved index (with `problems`), else the listing's files less those read and found not to be
     * articles. The status bar shows it at once; a cold scan's problems come with the files.
     */
    readonly articles?: number;
    readonly problems?: number;
  }
  | { readonly kind: 'ready'; readonly millis: number; readonly fromCache: number }
  | { readonly kind: 'cancelled' };

/** Files a worker job holds: large enough that messages are few, small enough for steady progress. */
const BATCH = 250;
/** Edits settle this long before an open article's entry is remade. */
const EDIT_DELAY_MS = 300;
const SAVE_DELAY_MS = 5000;
/** mtime of an entry made from an unsaved document: it never matches a file on disk. */
const UNSAVED = -1;

interface Folder {
  readonly folder: vscode.WorkspaceFolder;
  readonly selection: FileSelection;
  readonly files: string;
  readonly exclude: string[];
}

/** A listing stopped at `newsArchive.index.remoteFileLimit`: `read` of the `total` files listed. */
export interface ListingLimit {
  readonly read: number;
  readonly total: number;
  readonly limit: number;
}

/** What the user is told when the scan stopped at the limit, with what to do. */
export function limitMessage(l: ListingLimit): string {
  return vscode.l10n.t(
    'News Archive indexed {0} of the {1} files here: a folder that is not on this computer\'s disk is read one file at a time, and newsArchive.index.remoteFileLimit stops each such folder at {2}. Raise the setting (0 reads every file) and refresh the index to read more.',
    l.read.toLocaleString(), l.total.toLocaleString(), l.limit.toLocaleString(),
  );
}

export class ArchiveIndexService extends Disposable {
  private current = new ArchiveIndex();
  private folders: Folder[] = [];
  private scanning: vscode.CancellationTokenSource | undefined;
  private pendingPaths = new Set<string>();
  private readonly editTimers = new Map<string, NodeJS.Timeout>();
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly store: IndexCacheStore;
  readonly workers: ArchiveJobs;
  /** The glue's way to files (Node's `fs` or `workspace.fs`, by build and folder). */
  readonly access: FileAccess;
  private readonly counts: CountsPool = new Map();
  /**
   * The archive-wide rules' counts of each file (hygiene gives them after each run of the
   * findings), apart from the entries: the tree, the badges and the tally read them beside each
   * entry's own counts.
   */
  readonly archiveCounts = new ArchiveWideCounts(this.counts);
  /**
   * The duplicate sketches by path, with the entry each was made for: the one copy in the
   * extension (hygiene reads them here). The pass makes them with the entry (the file is parsed
   * for its counts anyway): hygiene needs them as soon as an article is opened, and a second read
   * of every file would cost more than the 0.6 KB each takes here.
   */
  readonly sketchStore = new SketchStore<IndexEntry>();
  private archiveCounter: (() => Promise<void>) | undefined;
  /** The latest single-file pass asked for each path: an older answer arriving later is dropped. */
  private readonly passSeq = new Map<string, number>();
  private seq = 0;
  private tally = new ProblemTally();
  private stateValue: IndexState = { kind: 'idle' };
  private limitValue: ListingLimit | undefined;
  private toldLimit = '';
  /** Whether a folder's files are read through `workspace.fs` (the web build; another scheme in Node). */
  private readonly readRemotely: (uri: vscode.Uri) => boolean;
  private rules = '';

  private readonly changes = this._register(new vscode.EventEmitter<readonly IndexChange[]>());
  readonly onDidChangeEntries = this.changes.event;
  private readonly resets = this._register(new vscode.EventEmitter<void>());
  readonly onDidReset = this.resets.event;
  private readonly states = this._register(new vscode.EventEmitter<IndexState>());
  readonly onDidChangeState = this.states.event;

  constructor(
    platform: ArchivePlatform,
    private readonly configs: ArchiveConfigs,
    private readonly diagnostics: ArticleDiagnostics,
  ) {
    super();
    this.workers = platform.jobs;
    this.readRemotely = (uri) => platform.kind === 'web' || uri.scheme !== 'file';
    this.access = platform.access;
    this.store = new IndexCacheStore(platform.cacheFile, platform.summaryFile);
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.files`) || e.affectsConfiguration(`${SECTION}.exclude`)) void this.rescan();
    }));
    // New rules: every count may be stale, and the pass that makes them is the scan's.
    this._register(configs.onDidChange(() => {
      if (this.stateValue.kind === 'ready') void this.rescan();
    }));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.documentEdited(e.document)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.documentClosed(d)));
    const watcher = this._register(vscode.workspace.createFileSystemWatcher('**/*'));
    this._register(watcher.onDidCreate((uri) => this.fileChanged(uri)));
    this._register(watcher.onDidChange((uri) => this.fileChanged(uri)));
    this._register(watcher.onDidDelete((uri) => this.fileDeleted(uri)));
  }

  /** Where the persistent index is kept (for the workbench benchmark). */
  get cacheLocation(): string | undefined {
    return this.store.location;
  }

  get index(): ArchiveIndex {
    return this.current;
  }

  get state(): IndexState {
    return this.stateValue;
  }

  /** Every counted article's problems, as core/problemCounts.ts defines them, the archive-wide rules' included once known. */
  get problems(): number {
    return this.tally.total;
  }

  /** The archive's problems by severity and rule (the status bar's, the dashboard's and the summary's figure). */
  get problemSum(): ProblemSum {
    return this.tally.problems;
  }

  /** Articles still waiting for their problem counts (the pass gives every entry its counts). */
  get uncounted(): number {
    return 0;
  }

  /**
   * Resolves once the archive-wide rules' counts of the files as they are now are in the
   * entries (hygiene makes them, and says how to wait: `countArchiveWideWith`).
   */
  archiveCountsSettled(): Promise<void> {
    return this.archiveCounter?.() ?? Promise.resolve();
  }

  countArchiveWideWith(settled: () => Promise<void>): void {
    this.archiveCounter = settled;
  }

  /** Starts the first scan unless one ran already. */
  start(): void {
    if (this.stateValue.kind === 'idle') void this.rescan();
  }

  /** What the last listing left out at `newsArchive.index.remoteFileLimit`; undefined when it kept every file. */
  get limited(): ListingLimit | undefined {
    return this.limitValue;
  }

  /** Stops the scan under way (what the progress notification's Cancel does). */
  cancelScan(): void {
    this.scanning?.cancel();
  }

  /**
   * The archive's files in every workspace folder, listed by the workers; of a folder read
   * through `workspace.fs`, the first `newsArchive.index.remoteFileLimit` in the listing's
   * order, so that the index, Validate Archive and Fix All in Archive cover the same files.
   */
  async archiveFiles(): Promise<string[]> {
    const folders = this.folders.length ? this.folders : this.readFolders();
    const lists = await Promise.all(folders.map((f) => this.workers.run({ kind: 'list', roots: [f.folder.uri.fsPath], files: f.files, exclude: f.exclude })));
    const limit = readConfig().indexRemoteFileLimit;
    let read = 0;
    let total = 0;
    const kept = lists.map((files, i) => {
      total += files.length;
      const capped = limit > 0 && files.length > limit && this.readRemotely(folders[i].folder.uri) ? files.slice(0, limit) : files;
      read += capped.length;
      return capped;
    });
    this.limitValue = read < total ? { read, total, limit } : undefined;
    return kept.flat();
  }

  /** Says once (until the numbers change) that the scan stopped at the limit; the status bar's tooltip keeps saying it. */
  private tellLimit(): void {
    const l = this.limitValue;
    const told = l ? `${l.read}/${l.total}/${l.limit}` : '';
    if (!l || told === this.toldLimit) return;
    this.toldLimit = told;
    const open = vscode.l10n.t('Open Settings');
    void vscode.window.showWarningMessage(limitMessage(l), open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.index.remoteFileLimit`);
    });
  }

  private readFolders(): Folder[] {
    return (vscode.workspace.workspaceFolders ?? [])
      .filter((f) => isArchiveUri(f.uri))
      .map((folder) => {
        const c = readConfig(folder);
        return { folder, selection: fileSelection(c.files, c.exclude), files: c.files, exclude: c.exclude };
      });
  }

  /** Scans every workspace folder again, from the cache where files are unchanged. */
  async rescan(): Promise<void> {
    this.scanning?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.scanning = cts;
    const started = performance.now();
    this.folders = this.readFolders();
    this.rules = await this.rulesFingerprint();
    // A newer rescan started while this one waited: let it show the only progress notification.
    if (this.scanning !== cts) return;
    // A reopened workspace shows the last saved counts before its cache is even read.
    const summary = this.current.size === 0 ? await this.store.summary(this.rules) : undefined;
    if (this.scanning !== cts) return;
    if (summary) this.setState({ kind: 'scanning', done: 0, total: summary.articles, ...summary });
    const index = new ArchiveIndex();
    const cache = await this.store.load(index, this.rules);
    if (this.scanning !== cts) return;
    if (cache && this.current.size === 0) this.showCached(cache);
    this.setState({ kind: 'scanning', done: 0, total: cache?.size ?? 0, ...summary });
    let files: string[];
    try {
      files = await this.archiveFiles();
    } catch {
      files = [];
    }
    if (this.scanning !== cts) return;
    this.tellLimit();
    let fromCache = 0;
    const mostlyCached = cache !== undefined && cache.size >= files.length * 0.9;
    // The count from the listing, long before every file is read.
    this.setState({ kind: 'scanning', done: 0, total: files.length, articles: files.length });
    const known = (p: string): readonly [number, number] | undefined => {
      const k = cache?.known(p);
      if (!k) return undefined;
      if ('other' in k) return [k.other.mtime, k.other.size];
      // An entry without counts (other rules) must be read for them.
      return k.entry.problems ? [k.entry.mtime, k.entry.size] : undefined;
    };
    await vscode.window.withProgress(
      { location: mostlyCached ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification, title: vscode.l10n.t('Indexing the news archive'), cancellable: true },
      async (progress, token) => {
        const cancel = token.onCancellationRequested(() => cts.cancel());
        let done = 0;
        const batches = chunks(files, this.workers.batchSize ?? BATCH);
        let next = 0;
        // Two jobs a worker: one running, one waiting, so no worker idles between batches.
        const lane = async () => {
          while (next < batches.length && !cts.token.isCancellationRequested) {
            const batch = batches[next++];
            const job = await jobFiles(this.configs, batch, known);
            let results: PassResult[];
            try {
              results = await this.workers.run({ kind: 'pass', files: job.files, configs: job.configs, sketches: true });
            } catch {
              continue; // a worker that died loses its batch; Refresh Index reads it again
            }
            if (cts.token.isCancellationRequested) return;
            for (const r of results) if (this.take(index, r, cache)) fromCache++;
            done += batch.length;
            progress.report({ message: vscode.l10n.t('{0} of {1}', done.toLocaleString(), counted('file', files.length)), increment: (batch.length / files.length) * 100 });
            this.setState({ kind: 'scanning', done, total: files.length, articles: index.size + files.length - done });
          }
        };
        await Promise.all(Array.from({ length: this.workers.size * 2 }, lane));
        cancel.dispose();
      },
    );
    if (this.scanning !== cts) return;
    this.scanning = undefined;
    this.current = index;
    // Files gone since the last index take their sketches and counts along.
    this.sketchStore.retain((p) => index.get(p) !== undefined);
    this.archiveCounts.retain((folder, name) => index.at(folder, name) !== undefined);
    this.tally = tallyOf(index, this.archiveCounts);
    this.resets.fire();
    this.setState(cts.token.isCancellationRequested ? { kind: 'cancelled' } : { kind: 'ready', millis: performance.now() - started, fromCache });
    cts.dispose();
    const pending = [...this.pendingPaths];
    this.pendingPaths.clear();
    for (const p of pending) this.reindex(p);
    // Open articles' entries come from what the editor holds.
    for (const d of vscode.workspace.textDocuments) if (d.isDirty) this.documentEdited(d);
    this.scheduleSave();
  }

  /** Puts one pass result into an index; true when it came from the cache. */
  private take(index: ArchiveIndex, r: PassResult, cache: IndexCache | undefined): boolean {
    switch (r.kind) {
      case 'unchanged': {
        const k = cache?.known(r.path);
        if (k && 'entry' in k) index.set(k.entry);
        else if (k) index.setOther(r.path, k.other);
        return true;
      }
      case 'other':
        index.setOther(r.path, { mtime: r.mtime, size: r.size });
        return false;
      case 'unreadable':
        index.delete(r.path);
        return false;
      case 'article': {
        const entry = internEntry(index.pool, r.entry, this.counts);
        index.set(entry);
        if (r.sketch) this.sketchStore.set(r.path, entry, r.values ? { sketch: r.sketch, values: r.values } : { sketch: r.sketch });
        return false;
      }
    }
  }

  /** Whether the sketch store holds the sketch of this version of the entry's file. */
  hasSketch(e: IndexEntry): boolean {
    const made = this.sketchStore.madeForOf(entryPath(e));
    return made !== undefined && (made === e || (e.mtime >= 0 && made.mtime === e.mtime && made.size === e.size));
  }

  /**
   * Puts each entry's duplicate sketch into the sketch store where it is not there yet (an entry
   * from the persistent cache: read by the workers); says for each whether it is there now
   * (false where the file could not be read).
   */
  async ensureSketches(entries: readonly IndexEntry[]): Promise<boolean[]> {
    const out: boolean[] = new Array(entries.length);
    const missing: number[] = [];
    entries.forEach((e, i) => {
      out[i] = this.hasSketch(e);
      if (!out[i]) missing.push(i);
    });
    await Promise.all(chunks(missing, BATCH).map(async (batch) => {
      const files = batch.map((i) => {
        const e = entries[i];
        return { path: entryPath(e), title: e.title, record: { categories: e.categories, tags: e.tags, author: e.author } };
      });
      let sketches: (FileSketch | undefined)[];
      try {
        sketches = await this.workers.run({ kind: 'sketch', files });
      } catch {
        return;
      }
      batch.forEach((i, j) => {
        const s = sketches[j];
        if (!s) return;
        this.sketchStore.set(files[j].path, entries[i], s);
        out[i] = true;
      });
    }));
    return out;
  }

  /**
   * The archive-wide rules' problems of each file, by path (hygiene gives them after each run
   * of the findings): every entry not named has none. No entry changes: the counts are kept
   * apart (`archiveCounts`), and the change events name the files whose counts did.
   */
  setArchiveCounts(counts: Iterable<readonly [string, ProblemCounts]>): void {
    const changed = this.archiveCounts.replace(counts, (p) => this.current.get(p));
    if (!changed.length) return;
    const changes: IndexChange[] = new Array(changed.length);
    changed.forEach(({ entry, before }, i) => {
      this.tally.remove(entry.problems, before);
      this.tally.add(entry.problems, 1, this.archiveCounts.of(entry));
      changes[i] = { old: entry, next: entry, archiveOnly: { before } };
    });
    this.changes.fire(changes);
  }

  /**
   * A reopened workspace shows what the cache knows at once; the scan that follows checks every
   * file's stamp and replaces this index with the checked one.
   */
  private showCached(cache: IndexCache): void {
    const early = new ArchiveIndex();
    for (const e of cache.entries) early.set(e);
    this.current = early;
    this.tally = tallyOf(early, this.archiveCounts);
    this.resets.fire();
  }

  /** Reads one file again (or drops it) and reports the change. */
  reindex(filePath: string): void {
    if (this.scanning) {
      this.pendingPaths.add(filePath);
      return;
    }
    const open = vscode.workspace.textDocuments.find((d) => isArchiveUri(d.uri) && d.uri.fsPath === filePath && d.isDirty);
    if (open) return this.documentEdited(open);
    void this.passOne(filePath);
  }

  private async passOne(filePath: string): Promise<void> {
    const seq = ++this.seq;
    this.passSeq.set(filePath, seq);
    let results: PassResult[];
    try {
      const job = await jobFiles(this.configs, [filePath]);
      results = await this.workers.run({ kind: 'pass', files: job.files, configs: job.configs, sketches: true });
    } catch {
      return;
    }
    if (this.passSeq.get(filePath) !== seq) return;
    this.passSeq.delete(filePath);
    if (this.scanning) {
      this.pendingPaths.add(filePath);
      return;
    }
    const old = this.current.get(filePath);
    for (const r of results) this.take(this.current, r, undefined);
    this.emit(old, this.current.get(filePath));
  }

  private folderOf(uri: vscode.Uri): Folder | undefined {
    if (!isArchiveUri(uri)) return undefined;
    const ws = vscode.workspace.getWorkspaceFolder(uri);
    return ws && this.folders.find((f) => f.folder.uri.toString() === ws.uri.toString());
  }

  private inArchive(uri: vscode.Uri): boolean {
    const f = this.folderOf(uri);
    return f !== undefined && f.selection.includes(path.relative(f.folder.uri.fsPath, uri.fsPath).split(path.sep).join('/'));
  }

  private fileChanged(uri: vscode.Uri): void {
    if (this.stateValue.kind === 'idle' || !this.inArchive(uri)) return;
    this.reindex(uri.fsPath);
  }

  private fileDeleted(uri: vscode.Uri): void {
    if (this.stateValue.kind === 'idle' || !isArchiveUri(uri)) return;
    if (this.scanning) {
      this.pendingPaths.add(uri.fsPath);
      return;
    }
    // A deleted folder takes every article under it along.
    const paths = this.current.get(uri.fsPath) || this.current.other(uri.fsPath) ? [uri.fsPath] : this.current.pathsUnder(uri.fsPath);
    const changes: IndexChange[] = [];
    for (const p of paths) {
      this.sketchStore.delete(p);
      const old = this.current.delete(p);
      if (old) changes.push({ old, next: undefined });
    }
    this.emitAll(changes);
  }

  private documentEdited(document: vscode.TextDocument): void {
    if (this.stateValue.kind === 'idle' || !this.inArchive(document.uri)) return;
    const key = document.uri.fsPath;
    const pending = this.editTimers.get(key);
    if (pending) clearTimeout(pending);
    this.editTimers.set(key, setTimeout(() => {
      this.editTimers.delete(key);
      void this.entryFromDocument(document);
    }, EDIT_DELAY_MS));
  }

  /** An open article's entry, from the article and problems the live diagnostics made for this version. */
  private async entryFromDocument(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    if (this.scanning) {
      // Taken up again when the scan is done (reindex prefers the open document).
      this.pendingPaths.add(document.uri.fsPath);
      return;
    }
    const filePath = document.uri.fsPath;
    const text = document.getText();
    const fields = recordFieldsFromText(text);
    const old = this.current.get(filePath);
    const live = fields ? await this.diagnostics.problemsOf(document) : undefined;
    if (document.isClosed) return;
    if (this.scanning) {
      this.pendingPaths.add(filePath);
      return;
    }
    if (!fields || !live || live.article.text !== text) {
      if (!fields && old) this.emit(this.current.delete(filePath), undefined);
      return;
    }
    const entry = makeEntry(this.current.pool, path.dirname(filePath), path.basename(filePath), fields, UNSAVED, text.length);
    entry.problems = countProblems(live.problems, this.counts);
    const values = vocabularyValues(live.article, entry);
    const sketch = duplicateSketch(entry.title, live.article.body);
    this.sketchStore.set(filePath, entry, values ? { sketch, values } : { sketch });
    this.emit(this.current.set(entry), entry);
  }

  private documentClosed(document: vscode.TextDocument): void {
    if (!isArchiveUri(document.uri)) return;
    const e = this.current.get(document.uri.fsPath);
    // Closed without saving: the file on disk is the truth again.
    if (e && e.mtime === UNSAVED) this.reindex(document.uri.fsPath);
  }

  private async rulesFingerprint(): Promise<string> {
    const first = this.folders[0];
    if (!first) return 'default';
    return JSON.stringify(await this.configs.forUri(vscode.Uri.joinPath(first.folder.uri, 'x.md')), (_key, value: unknown) =>
      value instanceof Map ? [...value] : value,
    );
  }

  private emit(old: IndexEntry | undefined, next: IndexEntry | undefined): void {
    if (old || next) this.emitAll([{ old, next }]);
  }

  /** Fires changes of entries (each old and next of one path, whose archive-wide counts stay). */
  private emitAll(changes: readonly IndexChange[]): void {
    if (!changes.length) return;
    for (const c of changes) {
      const e = c.next ?? c.old;
      const archive = e && this.archiveCounts.of(e);
      this.tally.remove(c.old?.problems, archive);
      this.tally.add(c.next?.problems, 1, archive);
    }
    this.changes.fire(changes);
    // A file gone takes its sketch and archive-wide counts along, once the listeners have seen them leave.
    for (const c of changes) {
      if (!c.old || c.next) continue;
      const p = entryPath(c.old);
      this.archiveCounts.delete(p);
      this.sketchStore.delete(p);
    }
    this.scheduleSave();
  }

  private setState(state: IndexState): void {
    this.stateValue = state;
    this.states.fire(state);
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), SAVE_DELAY_MS);
  }

  private save(): void {
    this.saveTimer = undefined;
    if (this.stateValue.kind !== 'ready') return;
    // A cache that cannot be written only costs the next start its speed.
    this.store.save(this.current, this.rules, this.problems).catch(() => undefined);
  }

  override dispose(): void {
    this.scanning?.cancel();
    for (const t of this.editTimers.values()) clearTimeout(t);
    if (this.saveTimer) this.save();
    super.dispose();
  }
}

function tallyOf(index: ArchiveIndex, archive: ArchiveWideCounts): ProblemTally {
  const tally = new ProblemTally();
  for (const e of index.entries()) tally.add(e.problems, 1, archive.of(e));
  return tally;
}
