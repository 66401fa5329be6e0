/**
 * "12,345 articles · 67 problems" in the status bar, focusing the Articles view on click; while
 * the index is being built it shows the count from the file listing and how far the scan is, or
 * the last session's counts while a reopened workspace's files are checked.
 */
import * as vscode from 'vscode';
import { counted, countedSeverities } from '../util/counts';
import { ArchiveIndexService } from '../index/archiveIndexService';
import { Disposable } from '../util/dispose';

export class ArchiveStatusBar extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem('newsArchive.articles', vscode.StatusBarAlignment.Left, 50));
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly service: ArchiveIndexService) {
    super();
    this.item.name = vscode.l10n.t('News Archive Articles');
    this.item.command = 'newsArchive.focusArticles';
    this._register(service.onDidChangeState(() => this.update()));
    this._register(service.onDidReset(() => this.update()));
    this._register(service.onDidChangeEntries(() => this.schedule()));
    this.update();
  }

  /** Entry changes come in bursts (problem counts): update at most a few times a second. */
  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, 250);
  }

  get text(): string {
    return this.item.text;
  }

  private update(): void {
    const s = this.service.state;
    if (s.kind === 'idle') {
      this.item.hide();
      return;
    }
    if (s.kind === 'scanning' && this.service.index.size > 0) {
      // A reopened workspace: the cached index is shown at once while the workers check its stamps.
      this.item.text = `$(sync~spin) ${counted('article', this.service.index.size)} · ${counted('problem', this.service.problems)}`;
      this.item.tooltip = vscode.l10n.t('Indexing {0}/{1}', s.done.toLocaleString(), s.total.toLocaleString());
      this.item.show();
      return;
    }
    if (s.kind === 'scanning' && s.articles !== undefined) {
      // Counted before the files are read: the last session's counts, or the file listing's.
      const known = s.problems !== undefined;
      const second = known ? counted('problem', s.problems ?? 0) : vscode.l10n.t('checking {0}/{1}', s.done.toLocaleString(), s.total.toLocaleString());
      this.item.text = `$(sync~spin) ${counted('article', s.articles)} · ${second}`;
      this.item.tooltip = known
        ? vscode.l10n.t('The counts of the last session, while the files are checked for changes.')
        : vscode.l10n.t('Counted from the file listing: files that turn out not to be articles drop out as they are read. Cancel it from the notification, or use Refresh Index later.');
      this.item.show();
      return;
    }
    if (s.kind === 'scanning') {
      this.item.text = `$(sync~spin) ${vscode.l10n.t('Indexing {0}/{1}', s.done.toLocaleString(), s.total.toLocaleString())}`;
      this.item.tooltip = vscode.l10n.t('News Archive is reading the archive. Cancel it from the notification, or use Refresh Index later.');
      this.item.show();
      return;
    }
    const articles = this.service.index.size;
    if (articles === 0) {
      this.item.hide();
      return;
    }
    const problems = this.service.problems;
    this.item.text = `$(book) ${`${counted('article', articles)} · ${counted('problem', problems)}`}`;
    const pending = this.service.uncounted;
    this.item.tooltip = pending > 0
      ? vscode.l10n.t('Still checking {0} for problems. Click to show the Articles view.', counted('article', pending))
      : vscode.l10n.t('{0}. Click to show the Articles view.', countedSeverities(this.service.problemSum));
    this.item.show();
  }

  override dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    super.dispose();
  }
}
