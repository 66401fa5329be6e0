/**
 * What archive hygiene knows about every article in the workspace: its vocabulary values and
 * duplicate sketch, kept in step with the files (a watcher, and saves of open editors), and the
 * archive-wide reports computed from them on demand. The first scan starts only when something
 * needs it (an article opened, a hygiene command), never at activation.
 */
import * as vscode from 'vscode';
import { ArticleRecord, articleRecord } from '../core/articleRecord';
import { duplicateSketch, DuplicateSketch } from '../core/hygiene/duplicateSketch';
import { DuplicateGroup, DuplicateReport, findDuplicates } from '../core/hygiene/duplicates';
import { VariantAdvice, variantMap, VocabularyField, VocabularyReport, vocabularyReport } from '../core/hygiene/vocabulary';
import { archiveFiles, readArticle } from '../commands/validationFiles';
import { readConfig } from '../config';
import { Disposable } from '../util/dispose';

export interface HygieneFile {
  uri: vscode.Uri;
  record: ArticleRecord;
  sketch: DuplicateSketch;
  /** Hexo cannot read the front matter, so `record` holds none of its values (a rename still looks). */
  unreadableFrontMatter: boolean;
}

export interface HygieneReport {
  duplicates: DuplicateReport;
  vocabulary: VocabularyReport;
  variants: Record<VocabularyField, Map<string, VariantAdvice>>;
  /** The duplicate group of each member, by URI string. */
  groupOf: Map<string, DuplicateGroup>;
  files: ReadonlyMap<string, HygieneFile>;
}

const CHANGE_DELAY_MS = 300;
/** Files read at once during a scan: enough to keep the disk busy, few enough to stay responsive. */
const READ_BATCH = 64;

export class HygieneModel extends Disposable {
  private readonly files = new Map<string, HygieneFile>();
  private cached: HygieneReport | undefined;
  private scanning: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** Fires (debounced) after the files or their contents changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    this._register({ dispose: () => this.timer && clearTimeout(this.timer) });
    this._register({ dispose: () => this.watcherDisposables.forEach((d) => d.dispose()) });
    this._register(vscode.workspace.onDidSaveTextDocument((d) => this.scanning && void this.refresh(d.uri)));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (this.scanning && (e.affectsConfiguration('newsArchive.files') || e.affectsConfiguration('newsArchive.exclude'))) {
        this.files.clear();
        this.scanning = undefined;
        void this.ready();
      }
    }));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => {
      if (this.scanning) {
        this.scanning = undefined;
        void this.ready();
      }
    }));
  }

  /** Resolves once every archive file has been read (the first call starts the scan). */
  ready(): Promise<void> {
    if (!this.scanning) {
      this.watch();
      this.scanning = this.scan();
    }
    return this.scanning;
  }

  get started(): boolean {
    return this.scanning !== undefined;
  }

  report(): HygieneReport {
    if (!this.cached) {
      const files = [...this.files.values()];
      const duplicates = findDuplicates(files.map((f) => ({ path: f.uri.toString(), sketch: f.sketch })));
      const vocabulary = vocabularyReport(files.map((f) => f.record));
      const groupOf = new Map<string, DuplicateGroup>();
      for (const g of duplicates.groups) for (const m of g.members) groupOf.set(m, g);
      this.cached = { duplicates, vocabulary, variants: variantMap(vocabulary), groupOf, files: this.files };
    }
    return this.cached;
  }

  file(uri: vscode.Uri): HygieneFile | undefined {
    return this.files.get(uri.toString());
  }

  private watcherDisposables: vscode.Disposable[] = [];

  private watch(): void {
    this.watcherDisposables.forEach((d) => d.dispose());
    this.watcherDisposables = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, readConfig(folder).files));
      this.watcherDisposables.push(
        w,
        w.onDidCreate((u) => void this.refresh(u)),
        w.onDidChange((u) => void this.refresh(u)),
        w.onDidDelete((u) => this.remove(u)),
      );
    }
  }

  private async scan(): Promise<void> {
    const uris = await archiveFiles(new vscode.CancellationTokenSource().token);
    for (let i = 0; i < uris.length; i += READ_BATCH) {
      await Promise.all(uris.slice(i, i + READ_BATCH).map((u) => this.read(u)));
    }
    this.invalidate();
  }

  /** Re-reads one file (created, changed or saved). */
  async refresh(uri: vscode.Uri): Promise<void> {
    await this.read(uri);
    this.invalidate();
  }

  remove(uri: vscode.Uri): void {
    if (this.files.delete(uri.toString())) this.invalidate();
  }

  private async read(uri: vscode.Uri): Promise<void> {
    let read;
    try {
      read = await readArticle(uri);
    } catch {
      read = undefined; // gone or unreadable: it is simply not part of the archive now
    }
    if (!read) {
      this.files.delete(uri.toString());
      return;
    }
    const record = articleRecord(uri.fsPath, read.article);
    this.files.set(uri.toString(), {
      uri,
      record,
      sketch: duplicateSketch(record.title, read.article.body),
      unreadableFrontMatter: read.article.hexo.error !== undefined,
    });
  }

  private invalidate(): void {
    this.cached = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.changed.fire();
    }, CHANGE_DELAY_MS);
  }
}
