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
