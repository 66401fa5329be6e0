/** A link clicked in the preview: opened by VS Code (which asks first), never by the webview. */
import * as vscode from 'vscode';

const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

export async function openPreviewLink(href: string): Promise<void> {
  const target = href.trim().startsWith('//') ? `https:${href.trim()}` : href.trim();
  let uri: vscode.Uri | undefined;
  try {
    uri = vscode.Uri.parse(target, true);
  } catch {
    uri = undefined;
  }
  if (!uri || !LINK_SCHEMES.has(uri.scheme)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The preview opens only http, https and mailto links; "{0}" was not opened.', href.slice(0, 200)));
    return;
  }
  // openExternal asks the user first, unless they trust the domain.
  await vscode.env.openExternal(uri);
}
