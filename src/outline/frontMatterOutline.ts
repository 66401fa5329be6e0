/**
 * Shows the parser's view of an article in the editor: an Outline entry for the front matter
 * with one child per key (at the key's exact range), and folding of the front-matter block.
 */
import * as vscode from 'vscode';
import { ARTICLE_SELECTOR, ArticleDocuments } from '../documents/articleDocuments';
import { toRange } from '../util/ranges';
import { frontMatterDocument } from '../core/article/yamlDocument';

export function registerFrontMatterOutline(context: vscode.ExtensionContext, articles: ArticleDocuments): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, {
      provideDocumentSymbols(document) {
        const article = articles.get(document);
        const fm = article?.frontMatter;
        if (!article || !fm) return [];
        const lines = article.lines;
        const whole = toRange(lines, fm.openStart, fm.closeStart !== undefined ? fm.end : fm.contentEnd);
        const root = new vscode.DocumentSymbol(
          article.fields.title ?? 'Front matter',
          'front matter',
          vscode.SymbolKind.Module,
          whole,
          toRange(lines, fm.openStart, fm.openStart + 3),
        );
        for (const entry of frontMatterDocument(article).entries) {
          const detail = entry.valueSpan ? article.text.slice(entry.valueSpan.start, entry.valueSpan.end).split(/\r?\n/)[0] : '';
          root.children.push(
            new vscode.DocumentSymbol(entry.key, detail, vscode.SymbolKind.Property, toRange(lines, entry.span.start, entry.span.end), toRange(lines, entry.keySpan.start, entry.keySpan.end)),
          );
        }
        return [root];
      },
    }, { label: vscode.l10n.t('News Archive') }),
    vscode.languages.registerFoldingRangeProvider(ARTICLE_SELECTOR, {
      provideFoldingRanges(document) {
        const fm = articles.get(document)?.frontMatter;
        if (!fm || fm.closeStart === undefined) return [];
        const lines = articles.get(document)!.lines;
        return [new vscode.FoldingRange(lines.positionAt(fm.openStart).line, lines.positionAt(fm.closeStart).line, vscode.FoldingRangeKind.Region)];
      },
    }),
  );
}
