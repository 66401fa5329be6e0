/**
 * Quick fixes for our diagnostics, matched to the problem by rule id (the diagnostic's code) and
 * exact range, never by message text; and `source.fixAll.newsArchive` for
 * `editor.codeActionsOnSave`, which applies what fix-all computes as small edits.
 */
import * as vscode from 'vscode';
import type { Article } from '../core/article/article';
import { diffEdits } from '../core/edits';
import { fixAll } from '../core/rules/fixAll';
import { formatMessage } from '../core/rules/messages';
import type { Problem, TextEdit } from '../core/problem';
import { ArticleDiagnostics, ruleIdOf } from '../diagnostics/articleDiagnostics';
import { ARTICLE_SELECTOR } from '../documents/articleDocuments';
import { ArchiveConfigs } from '../config/archiveConfigs';
import { diagnosticSource, displayLocale } from '../util/displayLocale';
import { toRange } from '../util/ranges';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('newsArchive');

export function toWorkspaceEdit(uri: vscode.Uri, article: Article, edits: readonly TextEdit[], edit = new vscode.WorkspaceEdit(), metadata?: vscode.WorkspaceEditEntryMetadata): vscode.WorkspaceEdit {
  for (const e of edits) {
    const range = toRange(article.lines, e.start, e.end);
    if (metadata) edit.replace(uri, range, e.newText, metadata);
    else edit.replace(uri, range, e.newText);
  }
  return edit;
}

function matches(article: Article, p: Problem, d: vscode.Diagnostic): boolean {
  return p.ruleId === ruleIdOf(d) && toRange(article.lines, p.start, p.end).isEqual(d.range);
}

export class ArticleCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly diagnostics: ArticleDiagnostics, private readonly configs: ArchiveConfigs) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const found = await this.diagnostics.problemsOf(document);
    if (!found) return [];
    const { article, problems } = found;
    const actions: vscode.CodeAction[] = [];
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);
    if (wants(vscode.CodeActionKind.QuickFix)) {
      const source = diagnosticSource();
      for (const d of context.diagnostics) {
        if (d.source !== source) continue;
        const p = problems.find((q) => q.fix && matches(article, q, d));
        if (!p?.fix) continue;
        const action = new vscode.CodeAction(formatMessage(p.ruleId, p.fix, displayLocale()), vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document.uri, article, p.fix.edits);
        action.diagnostics = [d];
        action.isPreferred = true;
        actions.push(action);
      }
    }
    if (wants(FIX_ALL_KIND) && problems.some((p) => p.fix)) {
      const fixed = fixAll(article.text, await this.configs.forUri(document.uri), { encoding: article.encoding });
      if (fixed.fixed > 0) {
        const action = new vscode.CodeAction(vscode.l10n.t('Fix all News Archive problems in this file'), FIX_ALL_KIND);
        action.edit = toWorkspaceEdit(document.uri, article, diffEdits(article.text, fixed.text));
        actions.push(action);
      }
    }
    return actions;
  }
}

export function registerCodeActions(context: vscode.ExtensionContext, diagnostics: ArticleDiagnostics, configs: ArchiveConfigs): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTOR, new ArticleCodeActions(diagnostics, configs), ArticleCodeActions.metadata),
  );
}
