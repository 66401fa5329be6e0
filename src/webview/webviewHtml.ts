/**
 * The one way this extension's webviews are built (the preview, the statistics dashboard): scripts
 * on, forms off, files only from media/, and a page that is nothing but a strict Content Security
 * Policy, its stylesheets and one script carrying a fresh nonce. The script builds the page;
 * content arrives by message.
 */
import * as vscode from 'vscode';

export interface WebviewPage {
  /** The document's language, for fonts and line breaking (`zh` for articles). */
  readonly lang: string;
  readonly title: string;
  /** The page's script and stylesheets, by file name in media/. */
  readonly script: string;
  readonly styles: readonly string[];
  /** Whether remote images may load (`https:`/`http:` in img-src). */
  readonly remoteImages?: boolean;
}

/** 18 random bytes in base64, from Web Crypto (in Node and in a web worker alike). */
function freshNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

export function mediaRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media');
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableForms: false, localResourceRoots: [mediaRoot(extensionUri)] };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const media = mediaRoot(extensionUri);
  const asUri = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(media, file)).toString();
  const nonce = freshNonce();
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource}${page.remoteImages ? ' https: http:' : ''}`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttribute(page.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...page.styles.map((s) => `<link rel="stylesheet" href="${escapeAttribute(asUri(s))}">`),
    `<title>${escapeAttribute(page.title)}</title>`,
    '</head>',
    `<body><script nonce="${nonce}" src="${escapeAttribute(asUri(page.script))}"></script></body>`,
    '</html>',
  ].join('\n');
}
