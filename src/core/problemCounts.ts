/**
 * What "problems" means wherever the archive's problems are counted: the status bar, the
 * Articles view's groups, Validate Archive's summary, the statistics dashboard and
 * `news-archive check` all count with these functions, so they agree (issue 14, "counts that
 * agree": the same archive once read 28, 90, 97 and 60).
 *
 * A problem is whatever the rules report for an article at its configured severity, whether
 * error, warning, info or hint (a rule set to "off" reports nothing). An article has problems
 * when it has any. Front ends pass what they validated: in the editor an open article's live
 * text, elsewhere the file.
 */
import type { Problem, Severity } from './problem';

/** One article's problems by severity and by rule. */
export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly hints: number;
  /** [rule id, problems] pairs, by rule id. */
  readonly byRule: readonly (readonly [string, number])[];
}

/** Shared counts: most articles have none, and all of those share one object. */
export const NO_PROBLEMS: ProblemCounts = Object.freeze({ errors: 0, warnings: 0, infos: 0, hints: 0, byRule: Object.freeze([]) });

/** Equal counts share one frozen object through `pool` (the index keeps tens of thousands). */
export type CountsPool = Map<string, ProblemCounts>;

function keyOf(c: ProblemCounts): string {
  let key = `${c.errors},${c.warnings},${c.infos},${c.hints}`;
  for (const [rule, n] of c.byRule) key += `,${rule}=${n}`;
  return key;
}

/** The counts, pooled (and frozen) when `pool` is given. */
export function pooledCounts(c: ProblemCounts, pool?: CountsPool): ProblemCounts {
  if (c.errors + c.warnings + c.infos + c.hints === 0) return NO_PROBLEMS;
  if (!pool) return c;
  const key = keyOf(c);
  let known = pool.get(key);
  if (!known) {
    known = Object.freeze({ ...c, byRule: Object.freeze(c.byRule.map((r) => Object.freeze([r[0], r[1]] as const))) });
    pool.set(key, known);
  }
  return known;
}

/** One article's problems counted. */
export function countProblems(problems: Iterable<Pick<Problem, 'ruleId' | 'severity'>>, pool?: CountsPool): ProblemCounts {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const byRule = new Map<string, number>();
  for (const p of problems) {
    bySeverity[p.severity]++;
    byRule.set(p.ruleId, (byRule.get(p.ruleId) ?? 0) + 1);
  }
  const rules = [...byRule].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return pooledCounts({ errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info, hints: bySeverity.hint, byRule: rules }, pool);
}

/** How many problems, of every severity. */
export function problemTotal(c: ProblemCounts | undefined): number {
  return c ? c.errors + c.warnings + c.infos + c.hints : 0;
}

/** The most severe severity among the counted problems; undefined for none. */
export function worstSeverity(c: ProblemCounts): Severity | undefined {
  return c.errors ? 'error' : c.warnings ? 'warning' : c.infos ? 'info' : c.hints ? 'hint' : undefined;
}

export function hasProblems(c: ProblemCounts | undefined): boolean {
  return problemTotal(c) > 0;
}

/** The archive's problems: the sum of its articles' counts. */
export interface ProblemSum {
  /** Articles counted (an article not yet validated is not). */
  readonly articles: number;
  /** Of them, those with problems. */
  readonly withProblems: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly hints: number;
  /** Every problem: errors + warnings + infos + hints. */
  readonly total: number;
  /** Problems per rule id. */
  readonly byRule: ReadonlyMap<string, number>;
}

/**
 * A running sum of articles' counts: add an article's counts, remove them when they change.
 * The editor keeps one over the index; the command line and the tests sum a list.
 */
export class ProblemTally {
  private articles = 0;
  private withProblems = 0;
  private errors = 0;
  private warnings = 0;
  private infos = 0;
  private hints = 0;
  private readonly byRule = new Map<string, number>();

  /**
   * Adds one article's counts; `also`, more problems of the same article (the archive-wide
   * rules'), counted with them without a sum being made (the index adds tens of thousands).
   */
  add(c: ProblemCounts | undefined, sign: 1 | -1 = 1, also?: ProblemCounts): void {
    if (!c) return;
    this.articles += sign;
    if (hasProblems(c) || hasProblems(also)) this.withProblems += sign;
    this.addProblems(c, sign);
    if (also) this.addProblems(also, sign);
  }

  remove(c: ProblemCounts | undefined, also?: ProblemCounts): void {
    this.add(c, -1, also);
  }

  private addProblems(c: ProblemCounts, sign: 1 | -1): void {
    this.errors += sign * c.errors;
    this.warnings += sign * c.warnings;
    this.infos += sign * c.infos;
    this.hints += sign * c.hints;
    for (const [rule, n] of c.byRule) {
      const next = (this.byRule.get(rule) ?? 0) + sign * n;
      if (next === 0) this.byRule.delete(rule);
      else this.byRule.set(rule, next);
    }
  }

  get total(): number {
    return this.errors + this.warnings + this.infos + this.hints;
  }

  /** A snapshot of the sum. */
  get problems(): ProblemSum {
    return {
      articles: this.articles, withProblems: this.withProblems,
      errors: this.errors, warnings: this.warnings, infos: this.infos, hints: this.hints, total: this.total,
      byRule: new Map([...this.byRule].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))),
    };
  }
}

/** The archive's problems from each article's counts. */
export function sumProblemCounts(counts: Iterable<ProblemCounts | undefined>): ProblemSum {
  const tally = new ProblemTally();
  for (const c of counts) tally.add(c);
  return tally.problems;
}

/** Two sets of one article's problems counted as one (its own rules' and the archive-wide rules'). */
export function addCounts(a: ProblemCounts | undefined, b: ProblemCounts | undefined, pool?: CountsPool): ProblemCounts | undefined {
  if (!a || !hasProblems(b)) return a;
  if (!b || !hasProblems(a)) return b;
  const byRule = new Map<string, number>(a.byRule);
  for (const [rule, n] of b.byRule) byRule.set(rule, (byRule.get(rule) ?? 0) + n);
  const rules = [...byRule].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return pooledCounts({ errors: a.errors + b.errors, warnings: a.warnings + b.warnings, infos: a.infos + b.infos, hints: a.hints + b.hints, byRule: rules }, pool);
}
