/**
 * How a bulk edit (Fix All in Archive, Rename Across Archive) is reviewed, and what it did. Plain
 * data, no `vscode` value, so it is unit-tested.
 *
 * What VS Code 1.100 lets an extension ask for: `workspace.applyEdit(edit, { isRefactoring })`
 * only makes the edit respect `files.refactoring.autoSave`; the refactor preview opens only when
 * some entry has `needsConfirmation: true` (the workbench's `BulkEditService.apply`; its
 * `showPreview` option is not in the API), and the preview ticks exactly the entries that do
 * NOT need confirmation (`BulkFileOperations._init`: `updateChecked(edit,
 * !edit.metadata?.needsConfirmation)`). Marking every edit as needing confirmation therefore
 * opened a preview with nothing ticked, whose Apply changed nothing (issue 14). So every proposed
 * edit goes without `needsConfirmation`, and a review in the preview adds one marker entry, an
 * empty insertion that changes nothing ticked or not, which is what opens the preview.
 */

/** The fields of `vscode.WorkspaceEditEntryMetadata` used here. */
export interface EntryMetadata {
  needsConfirmation: boolean;
  label: string;
  description?: string;
}

/** A proposed edit: applied unless the user unticks it in the preview. */
export function proposedEntry(label: string, description?: string): EntryMetadata {
  return description === undefined ? { needsConfirmation: false, label } : { needsConfirmation: false, label, description };
}

/** The one entry that opens the refactor preview; it changes nothing, ticked or not. */
export function reviewMarkerEntry(label: string): EntryMetadata {
  return { needsConfirmation: true, label };
}

/** One file of a bulk edit: its text before, the text the edit proposes, and how many changes that is. */
export interface ProposedFile {
  before: string;
  after: string;
  changes: number;
}

export interface AppliedSummary {
  /** Files that now hold exactly the proposed text, and the changes they hold. */
  files: number;
  changes: number;
  /** Files changed, but not to the proposed text (some of their edits unticked, or edited since). */
  partly: number;
  /** Files still as they were. */
  untouched: number;
}

/** Line endings aside: VS Code's document of a file with mixed endings has one kind. */
const same = (a: string, b: string): boolean => a === b || a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');

/** What was applied, from each file's text now (undefined: could not be read, counted as untouched). */
export function appliedSummary(files: readonly ProposedFile[], now: readonly (string | undefined)[]): AppliedSummary {
  const summary: AppliedSummary = { files: 0, changes: 0, partly: 0, untouched: 0 };
  files.forEach((f, i) => {
    const text = now[i];
    if (text !== undefined && same(text, f.after)) {
      summary.files++;
      summary.changes += f.changes;
    } else if (text === undefined || same(text, f.before)) summary.untouched++;
    else summary.partly++;
  });
  return summary;
}
