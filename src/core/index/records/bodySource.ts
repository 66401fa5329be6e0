/**
 * `findSource` over the body's bytes: the body is decoded only from its first `来源`, so the
 * common post that names no source is never decoded at all.
 */
import { findSource } from '../../article/source';

/**
 * `来源` without its lead byte 0xE6, which starts most CJK characters: V8 searches short needles
 * by their first byte, and 0x9D is a rare continuation byte, so this finds candidates twice as fast.
 */
const MARK_TAIL = Buffer.from('来源').subarray(1);
const MARK_LEAD = 0xe6;
/**
 * Bytes kept before the first mark: room for `文章` and the character the pattern wants before
 * it, so that the decoded window starts at least three characters early and its start can never
 * pass for the body's start.
 */
const LOOK_BEHIND = 12;

export function findSourceInBytes(buf: Buffer, bodyStart: number): string | undefined {
  let tail = buf.indexOf(MARK_TAIL, bodyStart + 1);
  while (tail >= 0 && buf[tail - 1] !== MARK_LEAD) tail = buf.indexOf(MARK_TAIL, tail + 1);
  if (tail < 0) return undefined;
  const at = tail - 1;
  let from = Math.max(bodyStart, at - LOOK_BEHIND);
  // Start on a character boundary (skip UTF-8 continuation bytes).
  while (from < at && (buf[from] & 0xc0) === 0x80) from++;
  return findSource(buf.toString('utf8', from));
}
