/**
 * A baseline: the problems an archive had when it adopted the gate, by file, rule and
 * fingerprint of the text at fault (./fingerprint.ts), so that edits elsewhere in a file keep
 * its old problems known. `check --baseline FILE` still reports those, as `unchanged`, and fails
 * only on new ones: a legacy archive goes green at once and has to stay clean from then on.
 */
import type { BaselineState, ReportFile } from './reportTypes';

export const BASELINE_FORMAT = 'news-archive-baseline';
export const BASELINE_VERSION = 1;

export interface BaselineFile {
  format: typeof BASELINE_FORMAT;
  version: typeof BASELINE_VERSION;
  /** file (relative to the working folder, `/`) → rule → fingerprints, each sorted. */
  problems: Record<string, Record<string, string[]>>;
}

export class Baseline {
  private constructor(private readonly problems: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>) {}

  /** The baseline of a run's files; `name` gives each file's stored name. */
  static of(files: readonly ReportFile[], name: (file: string) => string): BaselineFile {
    const problems: Record<string, Record<string, string[]>> = {};
    for (const f of [...files].sort((a, b) => (name(a.path) < name(b.path) ? -1 : 1))) {
      if (f.diagnostics.length === 0) continue;
      const rules: Record<string, string[]> = {};
      for (const d of f.diagnostics) (rules[d.rule] ??= []).push(d.fingerprint);
      const sorted: Record<string, string[]> = {};
      for (const rule of Object.keys(rules).sort()) sorted[rule] = rules[rule].sort();
      problems[name(f.path)] = sorted;
    }
    return { format: BASELINE_FORMAT, version: BASELINE_VERSION, problems };
  }

  /** The baseline in `text`, or undefined when it is not one this version wrote. */
  static parse(text: string): Baseline | undefined {
    let data: Partial<BaselineFile>;
    try {
      data = JSON.parse(text) as Partial<BaselineFile>;
    } catch {
      return undefined;
    }
    if (data?.format !== BASELINE_FORMAT || data.version !== BASELINE_VERSION || typeof data.problems !== 'object' || data.problems === null) return undefined;
    const problems = new Map<string, Map<string, Set<string>>>();
    for (const [file, rules] of Object.entries(data.problems)) {
      if (typeof rules !== 'object' || rules === null) return undefined;
      const byRule = new Map<string, Set<string>>();
      for (const [rule, prints] of Object.entries(rules)) {
        if (!Array.isArray(prints) || !prints.every((p) => typeof p === 'string')) return undefined;
        byRule.set(rule, new Set(prints));
      }
      problems.set(file, byRule);
    }
    return new Baseline(problems);
  }

  state(file: string, rule: string, fingerprint: string): BaselineState {
    return this.problems.get(file)?.get(rule)?.has(fingerprint) ? 'unchanged' : 'new';
  }

  /**
   * Sets `baselineState` on every diagnostic of `files`. A problem of an `unsure` rule that the
   * baseline does not know gets none: the run cannot tell whether it is new (a shard's
   * vocabulary-variant, see SHARD_UNSURE_RULES), and it does not fail the run.
   */
  mark(files: readonly ReportFile[], name: (file: string) => string, unsure?: ReadonlySet<string>): void {
    for (const f of files) {
      const stored = name(f.path);
      for (const d of f.diagnostics) {
        const state = this.state(stored, d.rule, d.fingerprint);
        if (state === 'new' && unsure?.has(d.rule)) delete d.baselineState;
        else d.baselineState = state;
      }
    }
  }

  /** Every problem the baseline holds, as (file, rule, fingerprint). */
  *entries(): IterableIterator<{ file: string; rule: string; fingerprint: string }> {
    for (const [file, rules] of this.problems) for (const [rule, prints] of rules) for (const fingerprint of prints) yield { file, rule, fingerprint };
  }
}

/**
 * Whether a problem of a run fails it: an error, and with a baseline one that the baseline marked
 * new (a problem it left unmarked, being unsure, does not).
 */
export function failsGate(d: { severity: string; baselineState?: BaselineState }, withBaseline: boolean): boolean {
  return d.severity === 'error' && (withBaseline ? d.baselineState === 'new' : d.baselineState !== 'unchanged');
}

/** Of some diagnostics, those the baseline knows and the new errors that fail the run (failsGate). */
export function gateCounts(diagnostics: Iterable<{ severity: string; baselineState?: BaselineState }>, withBaseline: boolean): { known: number; newErrors: number } {
  let known = 0;
  let newErrors = 0;
  for (const d of diagnostics) {
    if (d.baselineState === 'unchanged') known++;
    else if (failsGate(d, withBaseline)) newErrors++;
  }
  return { known, newErrors };
}

/**
 * The rules a shard (`--shard K/N`, N > 1) cannot judge against a baseline. A variant is judged by
 * the spelling most of the run's articles use: in a shard's few files that can be the other
 * spelling, so the shard finds the problem on articles the whole archive does not (a new problem
 * to the baseline although nothing changed). A duplicate found in a shard is one in the archive
 * too, at the same title line, so duplicate-article is judged as without shards.
 */
export const SHARD_UNSURE_RULES: ReadonlySet<string> = new Set(['vocabulary-variant']);
