/**
 * Line/character positions (0-based, UTF-16) of a few offsets, by one forward scan that stops
 * at the last offset asked for: most problems sit in the first lines, and indexing every line of
 * a 200 KB post to place them would cost more than validating it.
 */
import type { Position } from '../core/article/lineIndex';

export function positionsOf(text: string, offsets: readonly number[]): Map<number, Position> {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, Position>();
  let line = 0;
  let lineStart = 0;
  let i = 0;
  for (const offset of wanted) {
    const target = Math.max(0, Math.min(offset, text.length));
    for (; i < target; i++) {
      const c = text.charCodeAt(i);
      // `\r\n`, `\r` and `\n` each end a line, as in VS Code.
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    out.set(offset, { line, character: target - lineStart });
  }
  return out;
}
