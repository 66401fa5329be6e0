/**
 * The language of the words the extension makes at the edge (rule messages, quick-fix titles):
 * VS Code's display language, `zh-cn` (or `zh-hans`) for Simplified Chinese, English otherwise.
 * VS Code restarts to change it, so reading it once per message costs nothing.
 */
import * as vscode from 'vscode';
import { Locale, parseLocale } from '../core/locale';

export function displayLocale(): Locale {
  return parseLocale(vscode.env.language) ?? 'en';
}

/**
 * The diagnostics' source, as the activity bar names the extension. Chosen with the rule
 * messages' locale rather than through vscode.l10n, so the two always agree (the Problems
 * panel and every filter on the source see one language, even if VS Code failed to load the
 * runtime bundle).
 */
const SOURCE: Readonly<Record<Locale, string>> = { en: 'News Archive', 'zh-cn': '新闻归档' };

export function diagnosticSource(): string {
  return SOURCE[displayLocale()];
}
