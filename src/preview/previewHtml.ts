/**
 * The preview's document: the shared webview page (src/webview/webviewHtml.ts) with the preview's
 * script and stylesheet. Remote images are in its CSP only when the article's images are allowed.
 */
import * as vscode from 'vscode';
import { webviewHtml } from '../webview/webviewHtml';

export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, images: 'block' | 'allow'): string {
  return webviewHtml(webview, extensionUri, {
    lang: 'zh', title: vscode.l10n.t('Article preview'), script: 'preview.js', styles: ['preview.css'], remoteImages: images === 'allow',
  });
}
