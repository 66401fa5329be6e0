/**
 * Quick fixes for `vocabulary-variant`: change this article's value to the preferred spelling
 * (preferred), or rename it across the archive through the refactor preview. Fixes are matched
 * to diagnostics by code and re-derived from the document's current text, never from messages.
 */
import * as vscode from 'vscode';
import { RENAMABLE_FIELDS, valueOccurrences } from '../core/hygiene/frontMatterValues';
import { renameValueEdits } from '../core/hygiene/rename';
import { ArticleDocuments } from '../documents/articleDocuments';
import { toRange } from '../util/ranges';
import { VOCABULARY_VARIANT } from './hygieneDiagnostics';
import { HygieneModel } from './hygieneModel';

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c);
}

export class VocabularyFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly articles: ArticleDocuments, private readonly model: HygieneModel) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const article = this.articles.get(document);
    if (!article || !this.model.started) return [];
    const report = this.model.report();
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (codeOf(d) !== VOCABULARY_VARIANT) continue;
      for (const field of RENAMABLE_FIELDS) {
        for (const o of valueOccurrences(article, field)) {
          if (!toRange(article.lines, o.start, o.end).isEqual(d.range)) continue;
          const advice = report.variants[field].get(o.value);
          if (!advice) continue;
          const result = renameValueEdits(article, field, o.value, advice.preferred);
          if (result.edits.length) {
            const fix = new vscode.CodeAction(vscode.l10n.t('Change to "{0}"', advice.preferred), vscode.CodeActionKind.QuickFix);
            fix.edit = new vscode.WorkspaceEdit();
            for (const e of result.edits) fix.edit.replace(document.uri, toRange(article.lines, e.start, e.end), e.newText);
            fix.diagnostics = [d];
            fix.isPreferred = true;
            actions.push(fix);
          }
          const all = new vscode.CodeAction(vscode.l10n.t('Rename "{0}" to "{1}" in every article…', o.value, advice.preferred), vscode.CodeActionKind.QuickFix);
          all.command = { command: 'newsArchive.renameValue', title: all.title, arguments: [{ field, from: o.value, to: advice.preferred }] };
          all.diagnostics = [d];
          actions.push(all);
        }
      }
    }
    return actions;
  }
}
