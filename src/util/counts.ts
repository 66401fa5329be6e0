/**
 * A count in words in the display language: "1 article", "3 articles", "3 篇文章". The forms are
 * the core's data (core/countWords.ts); the number is written as the display language groups it.
 */
import * as vscode from 'vscode';
import { countKey, Counted } from '../core/countWords';

export function counted(what: Counted, n: number): string {
  return vscode.l10n.t(countKey(what, n), n.toLocaleString());
}
