/**
 * The archive index in the editor: a background scan of every workspace folder (progress in the
 * status bar, or a cancellable notification when most files must be read), a persistent cache
 * that makes a reopened workspace ready in a fraction of the cold time, and incremental updates
 * from a FileSystemWatcher and from edits to open articles. Problem counts follow in the
 * background (src/index/problemCounter.ts). Others listen to `onDidChangeEntries` (one change a
 * file) and `onDidReset` (a whole new index).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { counted } from '../util/counts';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { walkArchive } from '../core/index/archiveWalk';
import { ArchiveConfig } from '../core/config/archiveConfig';
import { ArchiveIndex } from '../core/index/archiveIndex';
import { IndexCache } from '../core/index/indexCache';
import { fileSelection, FileSelection } from '../core/index/fileSelection';
import { indexFile } from '../core/index/indexFile';
import { entryPath, IndexEntry, makeEntry } from '../core/index/records/indexEntry';
import { recordFieldsFromText } from '../core/index/records/recordFields';
import { validateArticle } from '../core/rules';
import { parseArticle } from '../core/article/article';
import { readConfig, SECTION } from '../config/settings';
import { Disposable } from '../util/dispose';
import { IndexCacheStore } from './indexCacheStore';
import { countProblems, ProblemCounter } from './problemCounter';

export interface IndexChange {
  readonly old: IndexEntry | undefined;
  readonly next: IndexEntry | undefined;
}

export type IndexState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'scanning'; readonly done: number; readonly total: number }
  | { readonly kind: 'ready'; readonly millis: number; readonly fromCache: number }
  | { readonly kind: 'cancelled' };

/** Time one slice of the scan may take before it yields to the extension host. */
const SCAN_SLICE_MS = 25;
/** Edits settle this long before an open article's entry is remade. */
const EDIT_DELAY_MS = 300;
const SAVE_DELAY_MS = 5000;
/** mtime of an entry made from an unsaved document: it never matches a file on disk. */
const UNSAVED = -1;

interface Folder {
  readonly folder: vscode.WorkspaceFolder;
  readonly selection: FileSelection;
}

export class ArchiveIndexService extends Disposable {
  private current = new ArchiveIndex();
  private folders: Folder[] = [];
  private scanning: vscode.CancellationTokenSource | undefined;
  private pendingPaths = new Set<string>();
  private readonly editTimers = new Map<string, NodeJS.Timeout>();
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly store: IndexCacheStore;
  private readonly counter: ProblemCounter;
  private problemTotal = 0;
  private stateValue: IndexState = { kind: 'idle' };
  private rules = '';

  private readonly changes = this._register(new vscode.EventEmitter<readonly IndexChange[]>());
  readonly onDidChangeEntries = this.changes.event;
  private readonly resets = this._register(new vscode.EventEmitter<void>());
  readonly onDidReset = this.resets.event;
  private readonly states = this._register(new vscode.EventEmitter<IndexState>());
  readonly onDidChangeState = this.states.event;

  constructor(context: vscode.ExtensionContext, private readonly configs: ArchiveConfigs) {
    super();
    this.store = new IndexCacheStore(context);
    this.counter = this._register(new ProblemCounter((e) => this.configFor(e), (counted) => this.replace(counted)));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.files`) || e.affectsConfiguration(`${SECTION}.exclude`)) void this.rescan();
    }));
    this._register(configs.onDidChange(() => void this.recount()));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.documentEdited(e.document)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.documentClosed(d)));
    const watcher = this._register(vscode.workspace.createFileSystemWatcher('**/*'));
    this._register(watcher.onDidCreate((uri) => this.fileChanged(uri)));
    this._register(watcher.onDidChange((uri) => this.fileChanged(uri)));
    this._register(watcher.onDidDelete((uri) => this.fileDeleted(uri)));
  }

  get index(): ArchiveIndex {
    return this.current;
  }

  get state(): IndexState {
    return this.stateValue;
  }

  /** Errors and warnings over every counted article. */
  get problems(): number {
    return this.problemTotal;
  }

  /** Articles still waiting for their problem counts. */
  get uncounted(): number {
    return this.counter.pending;
  }

  /** Starts the first scan unless one ran already. */
  start(): void {
    if (this.stateValue.kind === 'idle') void this.rescan();
  }

  /** Scans every workspace folder again, from the cache where files are unchanged. */
  async rescan(): Promise<void> {
    this.scanning?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.scanning = cts;
    const started = performance.now();
    this.folders = (vscode.workspace.workspaceFolders ?? [])
      .filter((f) => f.uri.scheme === 'file')
      .map((folder) => {
        const c = readConfig(folder);
        return { folder, selection: fileSelection(c.files, c.exclude) };
      });
    this.rules = await this.rulesFingerprint();
    // A newer rescan started while this one waited: let it show the only progress notification.
    if (this.scanning !== cts) return;
    const index = new ArchiveIndex();
    const cache = this.store.load(index, this.rules);
    const files: string[] = [];
    for (const f of this.folders) files.push(...walkArchive([f.folder.uri.fsPath], f.selection).files);
    if (cache && this.current.size === 0) this.showCached(cache);
    let fromCache = 0;
    const mostlyCached = cache !== undefined && cache.size >= files.length * 0.9;
    this.setState({ kind: 'scanning', done: 0, total: files.length });
    await vscode.window.withProgress(
      { location: mostlyCached ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification, title: vscode.l10n.t('Indexing the news archive'), cancellable: true },
      async (progress, token) => {
        const cancel = token.onCancellationRequested(() => cts.cancel());
        let i = 0;
        while (i < files.length && !cts.token.isCancellationRequested) {
          const sliceStart = performance.now();
          const before = i;
          while (i < files.length && performance.now() - sliceStart < SCAN_SLICE_MS) {
            if (indexFile(files[i++], index, cache).outcome === 'cached') fromCache++;
          }
          progress.report({ message: vscode.l10n.t('{0} of {1}', i.toLocaleString(), counted('file', files.length)), increment: ((i - before) / files.length) * 100 });
          this.setState({ kind: 'scanning', done: i, total: files.length });
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        cancel.dispose();
      },
    );
    if (this.scanning !== cts) return;
    this.scanning = undefined;
    this.current = index;
    this.problemTotal = 0;
    for (const e of index.entries()) this.problemTotal += problemsOf(e);
    this.counter.clear();
    this.resets.fire();
    this.setState(cts.token.isCancellationRequested ? { kind: 'cancelled' } : { kind: 'ready', millis: performance.now() - started, fromCache });
    cts.dispose();
    const pending = [...this.pendingPaths];
    this.pendingPaths.clear();
    for (const p of pending) this.reindex(p);
    this.scheduleSave();
    this.counter.enqueue(index.entries());
  }

  /**
   * A reopened workspace shows what the cache knows at once; the scan that follows checks every
   * file's stamp and replaces this index with the checked one.
   */
  private showCached(cache: IndexCache): void {
    const early = new ArchiveIndex();
    for (const e of cache.entries) early.set(e);
    this.current = early;
    this.problemTotal = 0;
    for (const e of early.entries()) this.problemTotal += problemsOf(e);
    this.resets.fire();
  }

  /** Reads one file again (or drops it) and reports the change. */
  reindex(filePath: string): void {
    if (this.scanning) {
      this.pendingPaths.add(filePath);
      return;
    }
    const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === filePath && d.isDirty);
    if (open) return this.documentEdited(open);
    const r = indexFile(filePath, this.current);
    this.emit(r.old, r.outcome === 'article' || r.outcome === 'cached' ? r.entry : undefined);
    if (r.outcome === 'article') this.counter.enqueue([r.entry]);
  }

  private folderOf(uri: vscode.Uri): Folder | undefined {
    if (uri.scheme !== 'file') return undefined;
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
    if (this.stateValue.kind === 'idle' || uri.scheme !== 'file') return;
    if (this.scanning) {
      this.pendingPaths.add(uri.fsPath);
      return;
    }
    // A deleted folder takes every article under it along.
    const paths = this.current.get(uri.fsPath) || this.current.other(uri.fsPath) ? [uri.fsPath] : this.current.pathsUnder(uri.fsPath);
    const changes: IndexChange[] = [];
    for (const p of paths) {
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
    if (!fields) {
      if (old) this.emit(this.current.delete(filePath), undefined);
      return;
    }
    const entry = makeEntry(this.current.pool, path.dirname(filePath), path.basename(filePath), fields, UNSAVED, text.length);
    const config = await this.configs.forUri(document.uri);
    entry.problems = countProblems(validateArticle(parseArticle(text), config));
    if (document.isClosed) return;
    if (this.scanning) {
      this.pendingPaths.add(filePath);
      return;
    }
    this.emit(this.current.set(entry), entry);
  }

  private documentClosed(document: vscode.TextDocument): void {
    if (document.uri.scheme !== 'file') return;
    const e = this.current.get(document.uri.fsPath);
    // Closed without saving: the file on disk is the truth again.
    if (e && e.mtime === UNSAVED) this.reindex(document.uri.fsPath);
  }

  private configFor(e: IndexEntry): Promise<ArchiveConfig> {
    return this.configs.forUri(vscode.Uri.file(entryPath(e)));
  }

  private async rulesFingerprint(): Promise<string> {
    const first = this.folders[0];
    if (!first) return 'default';
    return JSON.stringify(await this.configs.forUri(vscode.Uri.joinPath(first.folder.uri, 'x.md')));
  }

  /** `.newsarchive.json` changed: every count may be stale. */
  private async recount(): Promise<void> {
    if (this.stateValue.kind !== 'ready') return;
    this.rules = await this.rulesFingerprint();
    this.counter.clear();
    const changes: IndexChange[] = [];
    for (const e of [...this.current.entries()]) {
      if (!e.problems) continue;
      const next: IndexEntry = { ...e, problems: undefined };
      this.current.set(next);
      changes.push({ old: e, next });
    }
    this.emitAll(changes);
    this.counter.enqueue(this.current.entries());
  }

  /** Puts counted copies in place of their entries, except entries that changed meanwhile. */
  private replace(counted: readonly (readonly [IndexEntry, IndexEntry])[]): void {
    const changes: IndexChange[] = [];
    for (const [old, next] of counted) {
      if (this.current.get(entryPath(old)) !== old) continue;
      this.current.set(next);
      changes.push({ old, next });
    }
    this.emitAll(changes);
  }

  private emit(old: IndexEntry | undefined, next: IndexEntry | undefined): void {
    if (old || next) this.emitAll([{ old, next }]);
  }

  private emitAll(changes: readonly IndexChange[]): void {
    if (!changes.length) return;
    for (const c of changes) this.problemTotal += (c.next ? problemsOf(c.next) : 0) - (c.old ? problemsOf(c.old) : 0);
    this.changes.fire(changes);
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
    try {
      this.store.save(this.current, this.rules);
    } catch {
      // A cache that cannot be written only costs the next start its speed.
    }
  }

  override dispose(): void {
    this.scanning?.cancel();
    for (const t of this.editTimers.values()) clearTimeout(t);
    if (this.saveTimer) this.save();
    super.dispose();
  }
}

function problemsOf(e: IndexEntry): number {
  return e.problems ? e.problems.errors + e.problems.warnings : 0;
}
