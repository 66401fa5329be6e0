/** VS Code's display language as one of the product's locales, for texts the core makes from data. */
import * as vscode from 'vscode';
import { Locale, parseLocale } from '../core/locale';

export function displayLocale(): Locale {
  return parseLocale(vscode.env.language) ?? 'en';
}
