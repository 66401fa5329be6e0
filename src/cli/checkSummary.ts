/**
 * What `check` says on stderr after its report, and the code it exits with: one writer for a run
 * that checked files and for a warm run that repeated the last output (./repeatedRun.ts).
 */
import type { CheckFormat } from './checkOptions';
import { count, t } from './l10n';

export interface CheckTotals {
  articles: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  total: number;
}

/** A cached run's counts by severity ([errors, warnings, infos, hints]) as the totals a run reports. */
export function checkTotals(counts: readonly [number, number, number, number], articles: number): CheckTotals {
  const [errors, warnings, infos, hints] = counts;
  return { articles, errors, warnings, infos, hints, total: errors + warnings + infos + hints };
}

/**
 * The lines for stderr: none for the formats a program reads whole (JSON, SARIF, JUnit: their
 * counts are inside), else the problems by severity, then what a baseline knew, then what came
 * from the cache.
 */
export function checkSummaryLines(
  format: CheckFormat,
  counts: CheckTotals,
  baseline?: { path: string; known: number; newErrors: number },
  cache?: { path: string; hits: number; covered: number },
): string[] {
  if (format === 'json' || format === 'sarif' || format === 'junit') return [];
  const kinds = [count('error', counts.errors), count('warning', counts.warnings), count('info', counts.infos), count('hint', counts.hints)];
  const lines = [t('{0} ({1}, {2}, {3}, {4}) in {5}', count('problem', counts.total), ...kinds, count('article', counts.articles))];
  if (baseline) lines.push(t('{0}: {1} already known; new: {2}', baseline.path, count('problem', baseline.known), count('error', baseline.newErrors)));
  if (cache) lines.push(t('{0}: {1} of {2} from the cache', cache.path, cache.hits, count('file', cache.covered)));
  return lines;
}

/** 2 when the run could not read all it was given (or a configuration has errors), 1 on new errors, else 0. */
export function checkExitCode(failed: boolean, newErrors: number): number {
  return failed ? 2 : newErrors > 0 ? 1 : 0;
}
