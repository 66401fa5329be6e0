/** The preview's read-only face for the host tests (through the extension's API). */
import type * as vscode from 'vscode';
import { RenderedState } from './messages';

export interface PreviewApi {
  /** The last state the webview reported for `uri` (or for the last active preview). */
  rendered(uri?: vscode.Uri): RenderedState | undefined;
  readonly onDidRender: vscode.Event<RenderedState>;
}
