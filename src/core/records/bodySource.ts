/**
 * `findSource` over the body's bytes: the body is decoded only from its first `来源`, so the
 * common post that names no source is never decoded at all.
 */
import { findSource } from '../source';

const MARK = Buffer.from('来源');
/**
 * Bytes kept before the first mark: room for `文章` and the character the pattern wants before
 * it, so that the decoded window starts at least three characters early and its start can never
 * pass for the body's start.
 */
const LOOK_BEHIND = 12;

export function findSourceInBytes(buf: Buffer, bodyStart: number): string | undefined {
  const at = buf.indexOf(MARK, bodyStart);
  if (at < 0) return undefined;
  let from = Math.max(bodyStart, at - LOOK_BEHIND);
  // Start on a character boundary (skip UTF-8 continuation bytes).
  while (from < at && (buf[from] & 0xc0) === 0x80) from++;
  return findSource(buf.toString('utf8', from));
}
