/**
 * The webview's document: only a strict CSP and our stylesheet and script. The script (with a
 * fresh nonce; no other script can run) builds the page, and the article arrives by message.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, images: 'block' | 'allow'): string {
  const media = vscode.Uri.joinPath(extensionUri, 'media');
  const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css'));
  const js = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js'));
  const nonce = randomBytes(18).toString('base64');
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource}${images === 'allow' ? ' https: http:' : ''}`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="stylesheet" href="${css.toString()}">`,
    '</head>',
    `<body><script nonce="${nonce}" src="${js.toString()}"></script></body>`,
    '</html>',
  ].join('\n');
}
