/**
 * Fix-all: every fix of a validation run applied (each atomically, by ../edits.ts), then the
 * text validated again, until nothing fixable is left.
 */
import { parseArticle } from '../article/article';
import type { ArchiveConfig } from '../config/archiveConfig';
import { applyFixes } from '../edits';
import { validateArticle, ValidateOptions } from './index';

const MAX_PASSES = 10;

/**
 * Applies every fix, re-validating between passes until nothing fixable is left (bounded:
 * a fix that keeps re-appearing stops after MAX_PASSES rather than looping).
 */
export function fixAll(text: string, config?: ArchiveConfig, options?: ValidateOptions): { text: string; fixed: number } {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = validateArticle(parseArticle(current), config, options).flatMap((p) => (p.fix ? [p.fix] : []));
    if (fixes.length === 0) break;
    const result = applyFixes(current, fixes);
    if (result.applied === 0 || result.text === current) break;
    fixed += result.applied;
    current = result.text;
  }
  return { text: current, fixed };
}
