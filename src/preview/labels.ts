/** The page's words, localized on the extension side. */
import * as vscode from 'vscode';
import { counted } from '../util/counts';
import { PreviewLabels } from './messages';

export function previewLabels(): PreviewLabels {
  return {
    showRemoved: vscode.l10n.t('Show removed'),
    original: vscode.l10n.t('Original'),
    loadImages: vscode.l10n.t('Load images for this article ({0})'),
    blockImages: vscode.l10n.t('Block images again'),
    imageFailed: vscode.l10n.t('{0} (did not load)'),
    image: vscode.l10n.t('image'),
    date: vscode.l10n.t('Date'),
    author: vscode.l10n.t('Author'),
    categories: vscode.l10n.t('Categories'),
    source: vscode.l10n.t('Source'),
    writer: vscode.l10n.t('Writer'),
    editor: vscode.l10n.t('Editor'),
    originalTitle: vscode.l10n.t('Original title'),
    locked: vscode.l10n.t('Locked'),
    empty: vscode.l10n.t('This article has no body text.'),
  };
}

export function problemsText(count: number): string {
  return count === 0 ? vscode.l10n.t('No problems') : counted('problem', count);
}
