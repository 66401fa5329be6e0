/**
 * Filter Articles…: the input (with a button that adds the articles' text to the search) and the
 * filter it sets. Titles and authors are matched at once from the index; with the text
 * included, the body search runs in the background (progress on the view) and its matches are
 * added when it is done, unless another filter came first.
 */
import * as vscode from 'vscode';
import { ArchiveFilter } from '../core/tree/archiveFilter';
import { foldForSearch } from '../core/tree/bodyText';
import { ArchiveIndexService } from '../index/archiveIndexService';
import { Disposable } from '../util/dispose';
import { ArticleTreeProvider } from './articleTreeProvider';
import { searchBodies } from './bodySearch';

export interface FilterRequest {
  text: string;
  body: boolean;
}

/** Reads `{ body: boolean }` from the command's second argument (tests and keybindings pass it). */
export function bodyOption(arg: unknown): boolean | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const body = (arg as Record<string, unknown>).body;
  return typeof body === 'boolean' ? body : undefined;
}

/** The filter input, with a title-bar button that turns the body search on and off. */
export function askFilter(current: ArchiveFilter): Promise<FilterRequest | undefined> {
  return new Promise((resolve) => {
    const input = vscode.window.createInputBox();
    let body = !!current.body;
    const show = () => {
      input.prompt = body
        ? vscode.l10n.t('Words in titles, authors or article text; leave empty to show all articles')
        : vscode.l10n.t('Words in titles or authors; leave empty to show all articles');
      input.buttons = [{
        iconPath: new vscode.ThemeIcon(body ? 'check' : 'file-text'),
        tooltip: body ? vscode.l10n.t('Searching article text too: click to search titles and authors only') : vscode.l10n.t('Search article text too'),
      }];
    };
    input.title = vscode.l10n.t('Filter Articles');
    input.value = current.text;
    show();
    let done = false;
    input.onDidTriggerButton(() => {
      body = !body;
      show();
    });
    input.onDidAccept(() => {
      done = true;
      resolve({ text: input.value, body });
      input.hide();
    });
    input.onDidHide(() => {
      if (!done) resolve(undefined);
      input.dispose();
    });
    input.show();
  });
}

export class ArticleFilterer extends Disposable {
  private search: vscode.CancellationTokenSource | undefined;
  private searching: Promise<void> = Promise.resolve();

  constructor(private readonly provider: ArticleTreeProvider, private readonly service: ArchiveIndexService) {
    super();
    this._register({ dispose: () => this.search?.cancel() });
  }

  /** Sets the filter; with the body included, resolves once the body search has been added. */
  apply(request: FilterRequest): Promise<void> {
    this.search?.cancel();
    this.search = undefined;
    const current = this.provider.tree.options.filter;
    const text = request.text.trim();
    const filter: ArchiveFilter = { text, problemsOnly: current.problemsOnly, body: request.body };
    this.provider.setOptions({ filter });
    if (!request.body || text === '') return Promise.resolve();
    const cts = (this.search = new vscode.CancellationTokenSource());
    const entries = [...this.service.index.entries()];
    this.searching = Promise.resolve(vscode.window.withProgress({ location: { viewId: 'newsArchive.articles' } }, async () => {
      const found = await searchBodies(this.service.access, entries, foldForSearch(text), cts.token);
      if (!found || this.provider.tree.options.filter.text !== text) return;
      this.provider.setOptions({ filter: { ...this.provider.tree.options.filter, inBody: found } });
    }));
    return this.searching;
  }

  /** The filter changed elsewhere (cleared, problems only): a running search is moot or stays valid. */
  cancel(): void {
    this.search?.cancel();
    this.search = undefined;
  }
}
