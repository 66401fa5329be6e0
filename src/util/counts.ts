/**
 * A count in words in the display language: "1 article", "3 articles", "3 篇文章". The forms are
 * the core's data (core/countWords.ts); the number is written as the display language groups it.
 */
import * as vscode from 'vscode';
import { countKey, Counted } from '../core/countWords';
import type { ProblemCounts } from '../core/problemCounts';

export function counted(what: Counted, n: number): string {
  return vscode.l10n.t(countKey(what, n), n.toLocaleString());
}

/**
 * Problems by severity in words, the severities that occur only ("2 errors, 1 info"); at least
 * the errors and warnings, so that "0 errors, 0 warnings" still says none were found.
 */
export function countedSeverities(c: Pick<ProblemCounts, 'errors' | 'warnings' | 'infos' | 'hints'>): string {
  const parts = [counted('error', c.errors), counted('warning', c.warnings)];
  if (c.infos) parts.push(counted('info', c.infos));
  if (c.hints) parts.push(counted('hint', c.hints));
  return parts.reduce((a, b) => vscode.l10n.t('{0}, {1}', a, b));
}
