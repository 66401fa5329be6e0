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

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

function splice(text: string, edits: readonly TextEdit[], eol: LineEnding): string {
  const sorted = [...edits].sort(byPosition);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    out += text.slice(pos, e.start) + withEol(e.newText, eol);
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * Applies groups of edits (each a whole fix) atomically: a group is taken only when all its
 * edits are valid and none overlaps an edit taken before it. Exact duplicates count once.
 */
export function applyEditGroups(text: string, groups: readonly (readonly TextEdit[])[]): ApplyResult {
  const eol = lineEndingOf(text);
  const taken: TextEdit[] = [];
  let applied = 0;
  let skipped = 0;
  const ordered = groups
    .map((g, i) => ({ g: [...g].sort(byPosition), i }))
    .sort((a, b) => (a.g[0]?.start ?? 0) - (b.g[0]?.start ?? 0) || a.i - b.i);
  for (const { g } of ordered) {
    const fresh = g.filter((e) => !taken.some((t) => sameEdit(t, e)));
    // An empty group or one that repeats edits already taken adds nothing: dropped, not counted.
    if (fresh.length === 0) continue;
    if (fresh.some((e) => !isValidEdit(e, text.length) || taken.some((t) => overlaps(t, e))) ||
      fresh.some((e, k) => fresh.some((f, j) => j > k && overlaps(e, f)))) {
      skipped++;
      continue;
    }
    taken.push(...fresh);
    applied++;
  }
  return { text: splice(text, taken, eol), applied, skipped };
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
