/** A deterministic text of `n` distinct-ish characters (a linear congruential walk over CJK), the same for the same seed. */
export function cjkText(seed: number, n: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(0x4e00 + ((x >>> 8) % 3000));
  }
  return out;
}
