/**
 * What hygiene offers the integration tests through `activate()`'s API: the WorkspaceEdit that
 * `newsArchive.renameValue` hands to the refactor preview. The tests' web host cannot show that
 * preview (its `vscode-bulkeditpreview-editor` documents do not resolve there), so the edit is
 * checked here and applied without the preview.
 */
import { HygieneModel } from './hygieneModel';
import { planRename, RenamePlan, RenameRequest } from './renameValue';

export interface HygieneApi {
  planRename(request: RenameRequest): Promise<RenamePlan>;
}

export function hygieneApi(model: HygieneModel): HygieneApi {
  return { planRename: (request) => planRename(model, request) };
}
