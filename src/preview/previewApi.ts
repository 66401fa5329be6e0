/** The preview's face for the host tests (through the extension's API): VS Code cannot read a webview. */
import type * as vscode from 'vscode';
import type { PreviewScroll } from './previewScrollSync';
import type { PreviewView, RenderedState } from './messages';

export interface RenderedAck {
  readonly uri: string;
  readonly version: number;
  readonly view: PreviewView;
}

export interface PreviewApi {
  /** What the preview showing `uri` (or the last active one) last said it shows. */
  rendered(uri?: vscode.Uri): RenderedAck | undefined;
  /** Fires after each render of a page. */
  readonly onDidRender: vscode.Event<RenderedAck>;
  /** Asks the page of the preview showing `uri` what a reader sees on it. */
  describe(uri: vscode.Uri): Promise<RenderedState | undefined>;
  /** Fires when a page reports where it is scrolled to (and the editor has been told, if it follows). */
  readonly onDidScroll: vscode.Event<PreviewScroll>;
  /** Scrolls the page of the preview showing `uri` as a reader would: paragraph `paragraph` to the top. */
  scrollAsReader(uri: vscode.Uri, paragraph: number): void;
  /** The panel options of the preview showing `uri` (the find widget is one). */
  panelOptions(uri: vscode.Uri): vscode.WebviewPanelOptions | undefined;
}
