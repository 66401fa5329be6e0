/**
 * Scroll sync on the editor's side, in body offsets as the page speaks them: the offset at the
 * top of an editor (VS Code's Markdown preview takes the first visible position the same way:
 * topmostLineMonitor.ts), and revealing one at the top (its scrolling.ts).
 */
import * as vscode from 'vscode';

/** The body offset at the top of `editor`: negative within the front matter. */
export function editorTopOffset(editor: vscode.TextEditor, bodyStart: number): number | undefined {
  const top = editor.visibleRanges[0]?.start;
  return top && editor.document.offsetAt(top) - bodyStart;
}

/**
 * The lines VS Code keeps above a line it reveals at the top: `editor.cursorSurroundingLines`,
 * or with sticky scroll on its `maxLineCount` (5), at most half the viewport (viewLines.ts,
 * `_computeScrollTopToRevealRange`). Without it the Markdown preview's own sync lands 5 lines high.
 */
function revealContext(editor: vscode.TextEditor, config: vscode.WorkspaceConfiguration): number {
  const surrounding = config.get<number>('cursorSurroundingLines', 0);
  const sticky = config.get<boolean>('stickyScroll.enabled', true) ? config.get<number>('stickyScroll.maxLineCount', 5) : 0;
  const visible = editor.visibleRanges[0];
  const viewportLines = visible ? visible.end.line - visible.start.line + 1 : 0;
  return Math.max(0, Math.floor(Math.min(viewportLines / 2, Math.max(surrounding, sticky))));
}

/** Scrolls `editor` so that body offset `offset` (negative: the front matter) is at its top. */
export function scrollEditorToOffset(editor: vscode.TextEditor, bodyStart: number, offset: number): void {
  const document = editor.document;
  let position = offset < 0 ? new vscode.Position(0, 0) : document.positionAt(bodyStart + offset);
  const config = vscode.workspace.getConfiguration('editor', document);
  // Unwrapped, each line is one line high, so revealing the line `context` lines further down
  // puts this one at the very top. Wrapped lines have heights the API does not tell: VS Code's
  // margin stays, as in the Markdown preview.
  if (config.get<string>('wordWrap', 'off') === 'off' && position.line > 0) {
    position = new vscode.Position(Math.min(document.lineCount - 1, position.line + revealContext(editor, config)), 0);
  }
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
}
