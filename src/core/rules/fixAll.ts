/**
 * Fix-all: every fix of a validation run applied (each atomically, by ../edits.ts), then the
 * text validated again, until nothing fixable is left. Each fix read back alone as Hexo reads it
 * (./readBack.ts) is checked again together with the others of its pass; a pass whose fixes
 * together change what none of them means to is taken one fix at a time.
 */
import { ParseOptions, parseArticle } from '../article/article';
import type { ArchiveConfig } from '../config/archiveConfig';
import { applyFixes } from '../edits';
import { validateArticle, ValidateOptions } from './index';
import { fixesHold } from './readBack';

const MAX_PASSES = 10;
/** One fix at a time, when fixes do not hold together: still bounded. */
const MAX_SINGLE_STEPS = 200;

/**
 * Applies every fix, re-validating between passes until nothing fixable is left (bounded:
 * a fix that keeps re-appearing stops after MAX_PASSES rather than looping).
 */
export function fixAll(text: string, config?: ArchiveConfig, options?: ValidateOptions & ParseOptions): { text: string; fixed: number } {
  // A file that is not UTF-8 gets no fix (the engine withholds them): nothing to apply.
  const parse: ParseOptions | undefined = options?.encoding ? { encoding: options.encoding } : undefined;
  let current = text;
  let fixed = 0;
  let singles = 0;
  for (let pass = 0; pass < MAX_PASSES; ) {
    const article = parseArticle(current, parse);
    const fixes = validateArticle(article, config, options).flatMap((p) => (p.fix ? [p.fix] : []));
    if (fixes.length === 0) break;
    let result = applyFixes(current, fixes);
    if (fixes.length > 1 && result.applied > 0 && !fixesHold(article, fixes, result.text)) {
      // The first fix holds alone (the engine read it back); the rest are found again.
      if (++singles > MAX_SINGLE_STEPS) break;
      result = applyFixes(current, [fixes[0]]);
    } else {
      pass++;
    }
    if (result.applied === 0 || result.text === current) break;
    fixed += result.applied;
    current = result.text;
  }
  return { text: current, fixed };
}
