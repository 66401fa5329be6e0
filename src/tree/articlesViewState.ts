/**
 * What the Articles view says about itself: the filter in the view's message (with how to clear
 * it), a scan in progress or cancelled, and the context keys its menus and welcome content use.
 */
import * as vscode from 'vscode';
import { counted } from '../util/counts';
import { isFiltering } from '../core/tree/archiveFilter';
import { TreeNode } from '../core/tree/archiveTree';
import { ArchiveIndexService } from '../index/archiveIndexService';
import { Disposable } from '../util/dispose';
import { ArticleTreeProvider } from './articleTreeProvider';

/** The context keys the view's menus and welcome content read, as last set. */
export interface ArticlesContext {
  'newsArchive.tree.filtered': boolean;
  'newsArchive.tree.problemsOnly': boolean;
  /** The grouping and order: the `…` menu ticks the current ones (package.json view/title). */
  'newsArchive.tree.groupBy': string;
  'newsArchive.tree.sortBy': string;
  'newsArchive.index.empty': boolean;
}

export class ArticlesViewState extends Disposable {
  private shown = '';
  private contextShown: ArticlesContext | undefined;

  constructor(private readonly view: vscode.TreeView<TreeNode>, private readonly provider: ArticleTreeProvider, private readonly service: ArchiveIndexService) {
    super();
    this._register(provider.onDidChangeModel(() => this.update()));
    this._register(service.onDidChangeState(() => this.update()));
    this.update();
  }

  private update(): void {
    const tree = this.provider.tree;
    const f = tree.options.filter;
    const filtering = isFiltering(f);
    const state = this.service.state;
    let message: string | undefined;
    if (state.kind === 'scanning' && this.service.index.size === 0) {
      message = vscode.l10n.t('Indexing the archive: {0} of {1}…', state.done.toLocaleString(), counted('file', state.total));
    } else if (filtering) {
      // One whole sentence a case, so each language words it its own way.
      const shown = tree.count.toLocaleString();
      const all = counted('article', this.service.index.size);
      const clear = vscode.l10n.t('To show all, use Clear Article Filter (the "clear all" icon) in the title bar.');
      const searching = f.body && f.text && !f.inBody ? ' ' + vscode.l10n.t('Searching article text…') : '';
      message = (f.text && f.body
        ? f.problemsOnly
          ? vscode.l10n.t('Articles with problems whose title, author or text contains "{0}": {1} of {2}.', f.text, shown, all)
          : vscode.l10n.t('Articles whose title, author or text contains "{0}": {1} of {2}.', f.text, shown, all)
        : f.text && f.problemsOnly
          ? vscode.l10n.t('Articles with problems whose title or author contains "{0}": {1} of {2}.', f.text, shown, all)
          : f.text
            ? vscode.l10n.t('Articles whose title or author contains "{0}": {1} of {2}.', f.text, shown, all)
            : vscode.l10n.t('Articles with problems: {0} of {1}.', shown, all)) + searching + ' ' + clear;
    } else if (state.kind === 'cancelled') {
      message = vscode.l10n.t('Indexing was cancelled: this shows the files read so far. Run Refresh Index to finish.');
    }
    const empty = state.kind !== 'idle' && state.kind !== 'scanning' && this.service.index.size === 0;
    // Scans report progress many times a second: touch the view only when something shows.
    const context: ArticlesContext = {
      'newsArchive.tree.filtered': filtering,
      'newsArchive.tree.problemsOnly': f.problemsOnly,
      'newsArchive.tree.groupBy': tree.options.groupBy,
      'newsArchive.tree.sortBy': tree.options.sortBy,
      'newsArchive.index.empty': empty,
    };
    const key = JSON.stringify([message, context]);
    if (key === this.shown) return;
    this.shown = key;
    this.view.message = message;
    this.view.description = filtering ? vscode.l10n.t('filtered') : undefined;
    for (const [name, value] of Object.entries(context)) {
      if (this.contextShown?.[name as keyof ArticlesContext] !== value) void vscode.commands.executeCommand('setContext', name, value);
    }
    this.contextShown = context;
  }

  /** The context keys as last set (VS Code has no API to read a context key). */
  get context(): ArticlesContext | undefined {
    return this.contextShown;
  }
}
