/**
 * Levenshtein distance over code points, giving up once it exceeds `limit` (the answer is then
 * `limit + 1`), so comparing many candidate pairs stays cheap.
 */
export function boundedEditDistance(a: readonly string[], b: readonly string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], limit + 1);
}

/** Every string made by deleting up to `depth` code points (SymSpell's candidate keys). */
export function deletions(chars: readonly string[], depth: number, into: Set<string> = new Set()): Set<string> {
  into.add(chars.join(''));
  if (depth === 0 || chars.length === 0) return into;
  for (let i = 0; i < chars.length; i++) {
    // Deleting from a run of equal characters gives the same string: skip all but the first.
    if (i > 0 && chars[i] === chars[i - 1]) continue;
    const shorter = chars.slice(0, i).concat(chars.slice(i + 1));
    const key = shorter.join('');
    if (depth === 1) into.add(key);
    else deletions(shorter, depth - 1, into);
  }
  return into;
}
