/**
 * News Archive: Clean Article — replaces the body with the cleaned HTML as one undoable edit
 * (front matter untouched) and says what it removed.
 */
import * as vscode from 'vscode';
import { ArticleDocuments } from '../documents/articleDocuments';
import { cleanArticleText, removalSummary, removalSummaryText } from '../core/clean';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { displayLocale } from '../util/displayLocale';
import { toRange } from '../util/ranges';

export async function cleanArticle(articles: ArticleDocuments, configs: ArchiveConfigs): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const article = editor ? articles.get(editor.document) : undefined;
  if (!editor || !article) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Clean Article works on an article: open a file with front matter and a body first.'));
    return;
  }
  const document = editor.document;
  const version = document.version;
  const { edit, result } = cleanArticleText(article, (await configs.forUri(document.uri)).clean);
  if (!edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This article is already clean.'));
    return;
  }
  if (document.version !== version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The article changed while it was being cleaned; nothing was replaced. Run Clean Article again.'));
    return;
  }
  const applied = await editor.edit((builder) => builder.replace(toRange(article.lines, edit.start, edit.end), edit.newText));
  if (!applied) {
    void vscode.window.showWarningMessage(vscode.l10n.t('VS Code did not apply the cleaned body (the file may be read-only).'));
    return;
  }
  const summary = removalSummaryText(removalSummary(result.removed), displayLocale());
  void vscode.window.showInformationMessage(result.meta.editor
    ? vscode.l10n.t('{0}. Editor: {1}. Undo restores the original.', summary, result.meta.editor)
    : vscode.l10n.t('{0}. Undo restores the original.', summary));
}
