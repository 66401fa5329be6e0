/**
 * What hygiene offers the integration tests through `activate()`'s API: the WorkspaceEdit that
 * `newsArchive.renameValue` hands to the refactor preview. The tests' web host cannot show that
 * preview (its `vscode-bulkeditpreview-editor` documents do not resolve there), so the edit is
 * checked here and applied without the preview. Likewise what the stats dashboard drew.
 */
import type * as vscode from 'vscode';
import { HygieneModel } from './hygieneModel';
import type { StatsRendered } from './statsMessages';
import { onDidRenderStats } from './statsPanel';
import { planRename, RenamePlan, RenameRequest } from './renameValue';

export interface HygieneApi {
  planRename(request: RenameRequest): Promise<RenamePlan>;
  /** What the stats dashboard reports it drew: a webview's DOM is not readable through VS Code's API. */
  readonly onDidRenderStats: vscode.Event<StatsRendered>;
}

export function hygieneApi(model: HygieneModel): HygieneApi {
  return { planRename: (request) => planRename(model, request), onDidRenderStats };
}
