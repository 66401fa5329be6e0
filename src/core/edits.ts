/**
 * Applies text edits in one place, as markdownlint's applyFixes and eslint's SourceCodeFixer do:
 * sort, drop exact duplicates, skip anything overlapping an edit already taken (the next pass
 * gets it), and write line breaks in the file's own line ending. A fix's edits go in together
 * or not at all, so half a fix never lands.
 */
import { LineEnding, lineEndingOf } from './article/lineIndex';
import type { Fix, TextEdit } from './problem';

export interface ApplyResult {
  text: string;
  applied: number;
  skipped: number;
}

function withEol(newText: string, eol: LineEnding): string {
  return eol === '\n' ? newText.replace(/\r\n/g, '\n') : newText.replace(/\r?\n/g, '\r\n');
}

/** Whether an edit fits a text of `length` (whole offsets, in order, inside it): the engine checks rules' fixes with it too. */
export function isValidEdit(e: TextEdit, length: number): boolean {
  return (
    Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= length &&
    typeof e.newText === 'string'
  );
}

function byPosition(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end;
}

/** Whether two edits touch the same text. Two insertions at one point conflict; touching ranges do not. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** The text with `sorted` (by position, apart from each other) applied. */
function splice(text: string, sorted: readonly TextEdit[], eol: LineEnding): string {
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    parts.push(text.slice(pos, e.start), withEol(e.newText, eol));
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/**
 * The edits taken so far, sorted and pairwise apart, so that a duplicate or an overlap is found
 * by binary search among a few neighbours: checking every taken edit for every new one made
 * fix-all quadratic (20,000 escaped braces, or a line of 20,000 tabs, took minutes).
 */
class TakenEdits {
  readonly list: TextEdit[] = [];

  /** The first index whose edit is not before `e`. */
  private lowerBound(e: TextEdit): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byPosition(this.list[mid], e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  has(e: TextEdit): boolean {
    for (let i = this.lowerBound(e); i < this.list.length && this.list[i].start === e.start && this.list[i].end === e.end; i++) {
      if (this.list[i].newText === e.newText) return true;
    }
    return false;
  }

  /** Edits apart from each other can overlap `e` only next to where it would go. */
  overlapsAny(e: TextEdit): boolean {
    const i = this.lowerBound(e);
    for (let j = Math.max(0, i - 2); j < Math.min(this.list.length, i + 3); j++) if (overlaps(this.list[j], e)) return true;
    return false;
  }

  add(edits: readonly TextEdit[]): void {
    const last = this.list[this.list.length - 1];
    // Groups come in order of their first edit: most edits go at the end.
    if (!last || byPosition(last, edits[0]) <= 0) {
      for (const e of edits) {
        const end = this.list[this.list.length - 1];
        if (!end || byPosition(end, e) <= 0) this.list.push(e);
        else this.list.splice(this.lowerBound(e), 0, e);
      }
      return;
    }
    for (const e of edits) this.list.splice(this.lowerBound(e), 0, e);
  }
}

/** Whether some two of these edits (sorted by position) overlap: one sweep, against the previous one and the one reaching furthest. */
function overlapAmong(sorted: readonly TextEdit[]): boolean {
  let furthest: TextEdit | undefined;
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    if (!furthest || prev.end > furthest.end) furthest = prev;
    if (overlaps(prev, sorted[i]) || overlaps(furthest, sorted[i])) return true;
  }
  return false;
}

/**
 * Applies groups of edits (each a whole fix) atomically: a group is taken only when all its
 * edits are valid and none overlaps an edit taken before it. Exact duplicates count once.
 */
export function applyEditGroups(text: string, groups: readonly (readonly TextEdit[])[]): ApplyResult {
  const eol = lineEndingOf(text);
  const taken = new TakenEdits();
  let applied = 0;
  let skipped = 0;
  const ordered = groups
    .map((g, i) => ({ g: [...g].sort(byPosition), i }))
    .sort((a, b) => (a.g[0]?.start ?? 0) - (b.g[0]?.start ?? 0) || a.i - b.i);
  for (const { g } of ordered) {
    const fresh = g.filter((e) => !taken.has(e));
    // An empty group or one that repeats edits already taken adds nothing: dropped, not counted.
    if (fresh.length === 0) continue;
    if (fresh.some((e) => !isValidEdit(e, text.length) || taken.overlapsAny(e)) || overlapAmong(fresh)) {
      skipped++;
      continue;
    }
    taken.add(fresh);
    applied++;
  }
  return { text: splice(text, taken.list, eol), applied, skipped };
}

/** Applies independent edits; overlapping or invalid ones are skipped and counted. */
export function applyEdits(text: string, edits: readonly TextEdit[]): ApplyResult {
  return applyEditGroups(text, edits.map((e) => [e]));
}

/** Applies the fixes of one validation run (each atomically; their titles play no part). */
export function applyFixes(text: string, fixes: readonly Pick<Fix, 'edits'>[]): ApplyResult {
  return applyEditGroups(text, fixes.map((f) => f.edits));
}

function linesWithEnds(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Past this many line pairs the changed middle becomes one edit rather than being compared. */
const MAX_DIFF_CELLS = 1_000_000;

/**
 * The edits that turn `before` into `after`, as few and as small as a line diff allows: each
 * changed run of lines becomes one edit, trimmed to the characters that differ. Used to hand
 * the result of fix-all to the editor without replacing the whole document.
 */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = linesWithEnds(before);
  const b = linesWithEnds(after);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  // Pairs of [aIndex, bIndex] of equal lines in the middle (longest common subsequence).
  const pairs: [number, number][] = [];
  if (am.length * bm.length <= MAX_DIFF_CELLS) {
    const n = am.length;
    const m = bm.length;
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = am[i] === bm[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    for (let i = 0, j = 0; i < n && j < m;) {
      if (am[i] === bm[j]) pairs.push([i++, j++]);
      else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
      else j++;
    }
  }
  pairs.push([am.length, bm.length]);
  let offset = a.slice(0, pre).reduce((s, l) => s + l.length, 0);
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of pairs) {
    if (pi > i || pj > j) {
      const oldText = am.slice(i, pi).join('');
      const newText = bm.slice(j, pj).join('');
      let s = 0;
      while (s < oldText.length && s < newText.length && oldText[s] === newText[s]) s++;
      let t = 0;
      while (t < oldText.length - s && t < newText.length - s && oldText[oldText.length - 1 - t] === newText[newText.length - 1 - t]) t++;
      edits.push({ start: offset + s, end: offset + oldText.length - t, newText: newText.slice(s, newText.length - t) });
      offset += oldText.length;
    }
    if (pi < am.length) offset += am[pi].length;
    i = pi + 1;
    j = pj + 1;
  }
  return edits;
}
