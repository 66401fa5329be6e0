/**
 * `newsArchive.showStats`: the `news-archive stats` report as a webview dashboard (viewType
 * `newsArchive.stats`), built like the preview (src/webview/webviewHtml.ts): a strict CSP, one
 * script by nonce, the figures and every word of the page by typed message. It follows the
 * archive while open.
 */
import * as vscode from 'vscode';
import { summariseGroups } from '../core/hygiene/duplicateSummary';
import { archiveStats } from '../core/hygiene/stats';
import { MAX_CHILDREN } from '../core/tree/pageWindow';
import { VOCABULARY_FIELDS } from '../core/hygiene/vocabulary';
import { Disposable } from '../util/dispose';
import { uriOfPath } from '../util/archiveUris';
import { webviewHtml, webviewOptions } from '../webview/webviewHtml';
import type { ArchiveIndexService } from '../index/archiveIndexService';
import { duplicateReasonLabel, vocabularyFieldLabel } from './hygieneLabels';
import { HygieneModel } from './hygieneModel';
import { compareDuplicatesCommand } from './compareDuplicates';
import { isFromStatsView } from './statsMessageGuards';
import { FromStatsView, StatsLabels, StatsRendered, ToStatsView } from './statsMessages';

const rendered = new vscode.EventEmitter<StatsRendered>();
/** Fires each time the dashboard has drawn a report. */
export const onDidRenderStats = rendered.event;

export const STATS_VIEW_TYPE = 'newsArchive.stats';
/** Duplicate groups sent to the page, largest first; each with at most MAX_CHILDREN members. */
const SHOWN_GROUPS = 200;

function labels(): StatsLabels {
  const t = vscode.l10n.t;
  return {
    title: t('Archive statistics'), articles: t('Articles'), undated: t('Undated'),
    withoutSource: t('Without a source'), withoutCategory: t('Without a category'), problems: t('Problems'),
    duplicateGroups: t('Duplicate groups'), vocabularyClusters: t('Vocabulary clusters'), perMonth: t('Articles per month (UTC)'),
    perSource: t('Sources'), perCategory: t('Categories'), perAuthor: t('Authors'), problemsPerRule: t('Problems per rule'),
    duplicates: t('Duplicates'), vocabulary: t('Vocabulary drift'), compare: t('Compare'), rename: t('Rename to "{0}"'),
    none: t('None found.'), more: t('… {0} more'), mixed: t('mixes traditional and simplified'), alike: t('{0}% alike'),
    groupSize: t('{0} articles'), showMore: t('Show more ({0} left)'), inView: t('… {0} more in the Duplicates view'),
    fields: Object.fromEntries(VOCABULARY_FIELDS.map((f) => [f, vocabularyFieldLabel(f)])) as StatsLabels['fields'],
    reasons: { exact: duplicateReasonLabel('exact'), similar: duplicateReasonLabel('similar'), title: duplicateReasonLabel('title') },
  };
}

export class StatsPanel extends Disposable {
  private static current: StatsPanel | undefined;
  private readonly panel: vscode.WebviewPanel;

  static show(model: HygieneModel, index: ArchiveIndexService, extensionUri: vscode.Uri): void {
    if (StatsPanel.current) {
      StatsPanel.current.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(STATS_VIEW_TYPE, vscode.l10n.t('Archive Statistics'), vscode.ViewColumn.Active, webviewOptions(extensionUri));
    StatsPanel.current = new StatsPanel(panel, model, index, extensionUri);
  }

  /** Brings back a dashboard that was open when the window closed (it redraws from the archive). */
  static revive(panel: vscode.WebviewPanel, model: HygieneModel, index: ArchiveIndexService, extensionUri: vscode.Uri): void {
    StatsPanel.current?.dispose();
    StatsPanel.current = new StatsPanel(panel, model, index, extensionUri);
  }

  private constructor(panel: vscode.WebviewPanel, private readonly model: HygieneModel, private readonly index: ArchiveIndexService, extensionUri: vscode.Uri) {
    super();
    this.panel = this._register(panel);
    this.panel.webview.options = webviewOptions(extensionUri);
    this.panel.webview.html = webviewHtml(this.panel.webview, extensionUri, {
      lang: vscode.env.language, title: vscode.l10n.t('Archive Statistics'), script: 'stats.js', styles: ['stats.css'],
    });
    this._register(this.panel.onDidDispose(() => {
      StatsPanel.current = undefined;
      this.dispose();
    }));
    this._register(this.panel.webview.onDidReceiveMessage((m: unknown) => {
      if (isFromStatsView(m)) void this.receive(m);
    }));
    this._register(model.onDidChange(() => void this.post()));
    void model.ready().then(() => this.post());
  }

  private async post(): Promise<void> {
    const report = this.model.report();
    // Made for this drawing only: the model keeps no record per file (issue 18).
    const records = [...report.files.values()].map((e) => ({ date: Number.isNaN(e.time) ? null : new Date(e.time).toISOString(), source: e.source ?? null, categories: e.categories }));
    const stats = archiveStats({ records, duplicates: report.duplicates, vocabulary: report.vocabulary, problemsPerRule: this.index.problemSum.byRule });
    const duplicateGroups = summariseGroups(report.duplicates.groups.slice(0, SHOWN_GROUPS), report.lookup, MAX_CHILDREN);
    stats.duplicates.groups = [];
    const message: ToStatsView = {
      type: 'stats',
      stats,
      duplicateGroups,
      problemsNote: vscode.l10n.t('Every article\'s problems, open articles as edited: the count of the status bar, the Articles view, Validate Archive and news-archive check.'),
      labels: labels(),
    };
    await this.panel.webview.postMessage(message);
  }

  private async receive(m: FromStatsView): Promise<void> {
    // Only files of the archive are opened or compared, whatever the page asks (it names them by path).
    const known = (path: string) => this.model.report().files.has(path);
    switch (m.type) {
      case 'ready':
        if (this.model.started) await this.post();
        break;
      case 'rendered':
        rendered.fire({ articles: m.articles, problems: m.problems, sections: m.sections, bars: m.bars, months: m.months, fieldLabels: m.fieldLabels, duplicateGroups: m.duplicateGroups, duplicateMembers: m.duplicateMembers });
        break;
      case 'compare':
        if (known(m.a) && known(m.b)) await compareDuplicatesCommand(this.model, uriOfPath(m.a), uriOfPath(m.b));
        break;
      case 'rename':
        await vscode.commands.executeCommand('newsArchive.renameValue', { field: m.field, from: m.from, to: m.to });
        break;
    }
  }

  override dispose(): void {
    if (StatsPanel.current === this) StatsPanel.current = undefined;
    super.dispose();
  }
}
