/**
 * The one order in which a file's problems are listed, by the editor and by the command line
 * alike: by position, then severity, then end, then the order of the rules that found them (a
 * rule's own problems in the order it reported them). Validating a file at once or in parts
 * (rules/incremental.ts) gives the same list.
 */
import type { Problem, Severity } from '../problem';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Sorts `problems` in place; rules missing from `ruleOrder` come after those in it, in their given order. */
export function sortProblems(problems: Problem[], ruleOrder: readonly { readonly id: string }[]): Problem[] {
  const rank = new Map(ruleOrder.map((r, i) => [r.id, i]));
  const rankOf = (p: Problem) => rank.get(p.ruleId) ?? ruleOrder.length;
  return problems.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.end - b.end || rankOf(a) - rankOf(b));
}

/** A line and character, as report/reportTypes.ts places problems (written out: the rules do not import the reports). */
interface Position {
  line: number;
  character: number;
}

const before = (a: Position, b: Position) => a.line - b.line || a.character - b.character;

/** The same order for problems already placed in lines and characters (a cached run has no offsets). */
export function sortPlaced<T extends { rule: string; severity: Severity; range: { start: Position; end: Position } }>(problems: T[], ruleOrder: readonly { readonly id: string }[]): T[] {
  const rank = new Map(ruleOrder.map((r, i) => [r.id, i]));
  const rankOf = (p: T) => rank.get(p.rule) ?? ruleOrder.length;
  return problems.sort((a, b) => before(a.range.start, b.range.start) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || before(a.range.end, b.range.end) || rankOf(a) - rankOf(b));
}
