/**
 * A reader of git's index file ($GIT_DIR/index), versions 2, 3 and 4, for the warm
 * `check --cache` (issue 16): reading the 6.7 MB index of 50,000 posts ourselves costs less than
 * piping the 4.5 MB `git ls-files -s` listing of it through Node. The layout is git's
 * Documentation/gitformat-index.txt (`man gitformat-index`) as read-cache.c reads it.
 *
 * The parse is a pure function of the bytes, and it vouches for what it returns or returns
 * nothing: an index it does not fully understand (another version, a split or sparse index, an
 * extension git itself would refuse, a bad checksum, entries out of order) sends the caller back
 * to git. It keeps the bytes and one offset per entry, decoding no name: `countUnder` and
 * `digestUnder` compare and hash bytes, and only `entriesUnder` makes strings.
 */
import { createHash } from 'node:crypto';

export interface GitIndexEntry {
  /** The path from the repository's top, with `/`, decoded as UTF-8 (as `git ls-files --full-name` prints it, unquoted). */
  path: string;
  /** 0o100644, 0o100755, 0o120000 (symbolic link) or 0o160000 (gitlink). */
  mode: number;
  /** The object id in hex, 40 or 64 digits. */
  blob: string;
  /** 0 when merged; 1–3 the base, ours and theirs of a merge conflict. */
  stage: 0 | 1 | 2 | 3;
  /** CE_VALID (`git update-index --assume-unchanged`). */
  assumeUnchanged: boolean;
  /** `git update-index --skip-worktree`, or a sparse checkout's path outside its cone. */
  skipWorktree: boolean;
  /** `git add -N`: the path is known, its content not staged. */
  intentToAdd: boolean;
}

/**
 * A regular file (executable or not), merged, with nothing that tells git to look away from its
 * working copy: the entries whose blob id is the working file's content once `git diff-files`
 * does not name them.
 */
export function isPlainFile(e: GitIndexEntry): boolean {
  return (e.mode === 0o100644 || e.mode === 0o100755) && e.stage === 0 && !e.assumeUnchanged && !e.skipWorktree && !e.intentToAdd;
}

/** ctime, mtime (seconds and nanoseconds), dev, ino, mode, uid, gid, size: 4 bytes each. */
const STAT_BYTES = 40;
const MODE_AT = 24;
const HEADER_BYTES = 12;
const SIGNATURE = 0x44495243; // 'DIRC'

const CE_VALID = 0x8000;
const CE_EXTENDED = 0x4000;
const CE_STAGE_SHIFT = 12;
const CE_NAMEMASK = 0x0fff;
const SKIP_WORKTREE = 0x4000;
const INTENT_TO_ADD = 0x2000;
/** read-cache.c dies on any other bit of the second flags field ("unknown index entry format"). */
const KNOWN_FLAGS2 = SKIP_WORKTREE | INTENT_TO_ADD;

const TYPE_MASK = 0o170000;
/** A sparse index's directory entry (mode 040000, its path ending in `/`). */
const DIRECTORY = 0o040000;

const LINK = 0x6c696e6b; // 'link': split index, the entries live in a shared index file
const SDIR = 0x73646972; // 'sdir': sparse index

/** Where each entry lies in the file, and where its full name is to be found. */
interface Layout {
  /** Entry i starts at starts[i]; starts[count] is where the entries end. */
  starts: Uint32Array;
  /** The names: the file itself (versions 2 and 3), or the expanded names of version 4. */
  names: Buffer;
  nameStarts: Uint32Array;
  nameLengths: Uint32Array;
  /** Where each entry's name field starts in the file (its varint, in version 4). */
  nameFields: Uint32Array;
}

export class GitIndex {
  private constructor(
    private readonly bytes: Buffer,
    private readonly hashBytes: 20 | 32,
    private readonly version: 2 | 3 | 4,
    private readonly count: number,
    private readonly layout: Layout,
  ) {}

  /**
   * undefined when the bytes are not an index this reader can vouch for: unknown version, a split
   * index ("link" extension), a sparse index ("sdir" extension or sparse-directory entries),
   * truncated, or a trailing checksum that does not match (a zero checksum, index.skipHash, is
   * accepted).
   */
  static parse(bytes: Buffer, hashBytes: 20 | 32): GitIndex | undefined {
    const limit = bytes.length - hashBytes;
    if (limit < HEADER_BYTES || bytes.readUInt32BE(0) !== SIGNATURE) return undefined;
    const version = bytes.readUInt32BE(4);
    if (version !== 2 && version !== 3 && version !== 4) return undefined;
    if (!checksumHolds(bytes, hashBytes)) return undefined;
    const count = bytes.readUInt32BE(8);
    // The smallest entry (version 4, a one-byte name) is the stat data, the id, the flags, a varint and a NUL.
    if (count > (limit - HEADER_BYTES) / (STAT_BYTES + hashBytes + 4)) return undefined;
    const layout = version === 4 ? expandedNames(bytes, hashBytes, count, limit) : paddedNames(bytes, hashBytes, count, limit);
    if (!layout || !extensionsAllowed(bytes, layout.starts[count], limit)) return undefined;
    return new GitIndex(bytes, hashBytes, version, count, layout);
  }

  /** How many entries lie under `prefix` ('' = all; else 'a/b' = the entries whose path starts with 'a/b/'). */
  countUnder(prefix: string): number {
    const [first, end] = this.range(prefix);
    return end - first;
  }

  /**
   * A digest (hex) of the entries under `prefix`: their paths, modes, blob ids, stages and flags,
   * never their stat data (ctime, mtime, dev, ino, uid, gid, size): two checkouts of the same
   * commit give the same digest; staging any change changes it.
   *
   * It hashes the entries' own bytes, once, in a copy with the stat data zeroed: no string and no
   * Buffer per entry. So it is a digest of the index's representation: the same entries written
   * as version 4 (index.version, feature.manyFiles) give another digest than as version 2 or 3,
   * which costs a caller keyed on it one cache miss. Version 3 writes an entry without extended
   * flags as version 2 does, so marking one file skip-worktree (which makes git write version 3)
   * changes that entry's bytes only. In version 4 the first entry's name is stored against the
   * entry before the range: it is hashed whole instead, so what lies outside `prefix` never counts.
   */
  digestUnder(prefix: string): string {
    const [first, end] = this.range(prefix);
    const { starts, names, nameStarts, nameLengths, nameFields } = this.layout;
    const from = starts[first];
    const copy = Buffer.allocUnsafeSlow(starts[end] - from);
    this.bytes.copy(copy, 0, from, starts[end]);
    zeroStatData(copy, starts, first, end, this.version !== 4);
    const hash = createHash('sha256').update(this.version === 4 ? 'git index v4\0' : 'git index v2\0');
    if (this.version === 4 && first < end) {
      hash.update(copy.subarray(0, nameFields[first] - from));
      hash.update(names.subarray(nameStarts[first], nameStarts[first] + nameLengths[first]));
      hash.update(copy.subarray(starts[first + 1] - from));
    } else {
      hash.update(copy);
    }
    return hash.digest('hex');
  }

  /** The entries under `prefix`, in index order. */
  entriesUnder(prefix: string): GitIndexEntry[] {
    const [first, end] = this.range(prefix);
    const entries: GitIndexEntry[] = [];
    for (let i = first; i < end; i++) entries.push(this.entry(i));
    return entries;
  }

  private entry(i: number): GitIndexEntry {
    const { starts, names, nameStarts, nameLengths } = this.layout;
    const bytes = this.bytes;
    {
      const at = starts[i];
      const idAt = at + STAT_BYTES;
      const flags = bytes.readUInt16BE(idAt + this.hashBytes);
      const flags2 = flags & CE_EXTENDED ? bytes.readUInt16BE(idAt + this.hashBytes + 2) : 0;
      return {
        path: names.toString('utf8', nameStarts[i], nameStarts[i] + nameLengths[i]),
        mode: bytes.readUInt32BE(at + MODE_AT),
        blob: bytes.toString('hex', idAt, idAt + this.hashBytes),
        stage: ((flags >> CE_STAGE_SHIFT) & 3) as 0 | 1 | 2 | 3,
        assumeUnchanged: (flags & CE_VALID) !== 0,
        skipWorktree: (flags2 & SKIP_WORKTREE) !== 0,
        intentToAdd: (flags2 & INTENT_TO_ADD) !== 0,
      };
    }
  }

  /**
   * The entries under `prefix` that are not a plain file git vouches for (`isPlainFile`): links,
   * gitlinks, conflicts, entries marked assume-unchanged, skip-worktree or intent-to-add. Only
   * their names are decoded: a warm run finds them among 50,000 without making 50,000 strings.
   */
  notPlainUnder(prefix: string): GitIndexEntry[] {
    const [first, end] = this.range(prefix);
    const bytes = this.bytes;
    const found: GitIndexEntry[] = [];
    for (let i = first; i < end; i++) {
      const at = this.layout.starts[i];
      const mode = bytes.readUInt32BE(at + MODE_AT);
      const flags = bytes.readUInt16BE(at + STAT_BYTES + this.hashBytes);
      if ((mode === 0o100644 || mode === 0o100755) && (flags & (CE_VALID | CE_EXTENDED | (3 << CE_STAGE_SHIFT))) === 0) continue;
      const entry = this.entry(i);
      if (!isPlainFile(entry)) found.push(entry);
    }
    return found;
  }

  /** The entries under `prefix` as [first, end): they are contiguous, the names being sorted bytewise. */
  private range(prefix: string): [number, number] {
    const folder = prefix.replace(/\/+$/, '');
    if (folder === '') return [0, this.count];
    const key = Buffer.from(`${folder}/`, 'utf8');
    const first = this.lowerBound(key);
    // Past every name starting `folder/`: the first at or after `folder0` ('0' follows '/').
    key[key.length - 1] = 0x30;
    return [first, this.lowerBound(key)];
  }

  /** The first entry whose name is not below `key`. */
  private lowerBound(key: Buffer): number {
    const { names, nameStarts, nameLengths } = this.layout;
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareBytes(names, nameStarts[middle], nameLengths[middle], key, 0, key.length) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * Zeroes the stat data of entries [first, end) in `copy` (which starts at entry `first`). Versions
 * 2 and 3 pad every entry to 8 bytes, and the copy has a buffer of its own: each entry's stat data
 * is then 32-bit words, zeroed as words (half the digest's copy-and-zero time in the benchmark).
 */
function zeroStatData(copy: Buffer, starts: Uint32Array, first: number, end: number, aligned: boolean): void {
  const from = starts[first];
  if (aligned && copy.byteOffset === 0) {
    const words = new Int32Array(copy.buffer, 0, copy.length >> 2);
    for (let i = first; i < end; i++) {
      const w = (starts[i] - from) >> 2;
      words[w] = words[w + 1] = words[w + 2] = words[w + 3] = words[w + 4] = words[w + 5] = 0;
      words[w + 7] = words[w + 8] = words[w + 9] = 0;
    }
    return;
  }
  for (let i = first; i < end; i++) {
    const at = starts[i] - from;
    for (let k = at; k < at + MODE_AT; k++) copy[k] = 0;
    for (let k = at + MODE_AT + 4; k < at + STAT_BYTES; k++) copy[k] = 0;
  }
}

/** memcmp order, the shorter first on a common prefix: the order git sorts the index in. */
function compareBytes(a: Buffer, aStart: number, aLength: number, b: Buffer, bStart: number, bLength: number): number {
  const shared = Math.min(aLength, bLength);
  for (let k = 0; k < shared; k++) {
    const d = a[aStart + k] - b[bStart + k];
    if (d !== 0) return d;
  }
  return aLength - bLength;
}

/** The trailing checksum is the hash of all before it; all zeros when git skipped it (index.skipHash). */
function checksumHolds(bytes: Buffer, hashBytes: 20 | 32): boolean {
  const limit = bytes.length - hashBytes;
  let zero = true;
  for (let k = limit; k < bytes.length && zero; k++) zero = bytes[k] === 0;
  if (zero) return true;
  const digest = createHash(hashBytes === 20 ? 'sha1' : 'sha256').update(bytes.subarray(0, limit)).digest();
  return digest.equals(bytes.subarray(limit));
}

/**
 * An entry's fixed part: its mode must not be a sparse directory's, its second flags field only
 * known bits. Returns where the name field starts, or -1.
 */
function fixedPart(bytes: Buffer, at: number, hashBytes: number, limit: number): number {
  const flagsAt = at + STAT_BYTES + hashBytes;
  if (flagsAt + 4 > limit) return -1;
  if ((bytes.readUInt32BE(at + MODE_AT) & TYPE_MASK) === DIRECTORY) return -1;
  if (!(bytes.readUInt16BE(flagsAt) & CE_EXTENDED)) return flagsAt + 2;
  return bytes.readUInt16BE(flagsAt + 2) & ~KNOWN_FLAGS2 ? -1 : flagsAt + 4;
}

/**
 * Same name twice: both must be stages of a conflict, in rising order (git's check_ce_order).
 * `order` is the names' comparison, previous against current.
 */
function inOrder(bytes: Buffer, previousAt: number, at: number, order: number, hashBytes: number): boolean {
  if (order !== 0) return order < 0;
  const stage = (entryAt: number) => (bytes.readUInt16BE(entryAt + STAT_BYTES + hashBytes) >> CE_STAGE_SHIFT) & 3;
  const before = stage(previousAt);
  return before !== 0 && before < stage(at);
}

/** Versions 2 and 3: each name whole in its entry, NUL-padded to a multiple of 8 bytes. */
function paddedNames(bytes: Buffer, hashBytes: number, count: number, limit: number): Layout | undefined {
  const starts = new Uint32Array(count + 1);
  const nameStarts = new Uint32Array(count);
  const nameLengths = new Uint32Array(count);
  let at = HEADER_BYTES;
  for (let i = 0; i < count; i++) {
    const nameAt = fixedPart(bytes, at, hashBytes, limit);
    if (nameAt < 0) return undefined;
    let length = bytes.readUInt16BE(at + STAT_BYTES + hashBytes) & CE_NAMEMASK;
    // A name of 4095 bytes or more says 0xFFF: git takes the name to its NUL.
    if (length === CE_NAMEMASK) length = bytes.indexOf(0, nameAt) - nameAt;
    if (length <= 0 || nameAt + length >= limit || bytes[nameAt + length] !== 0) return undefined;
    if (i > 0) {
      const order = compareBytes(bytes, nameStarts[i - 1], nameLengths[i - 1], bytes, nameAt, length);
      if (!inOrder(bytes, starts[i - 1], at, order, hashBytes)) return undefined;
    }
    starts[i] = at;
    nameStarts[i] = nameAt;
    nameLengths[i] = length;
    at += (nameAt - at + length + 8) & ~7;
    if (at > limit) return undefined;
  }
  starts[count] = at;
  return { starts, names: bytes, nameStarts, nameLengths, nameFields: nameStarts };
}

/**
 * Version 4: each name is a varint N (the encoding of OFS_DELTA offsets in packs) and a
 * NUL-terminated suffix S, the name being the previous one less its last N bytes, then S; no
 * padding. The names are expanded into one buffer of their own, so that every later look-up
 * compares bytes as for the other versions.
 */
function expandedNames(bytes: Buffer, hashBytes: number, count: number, limit: number): Layout | undefined {
  const starts = new Uint32Array(count + 1);
  const nameStarts = new Uint32Array(count);
  const nameLengths = new Uint32Array(count);
  const nameFields = new Uint32Array(count);
  let names = Buffer.allocUnsafeSlow(Math.max(4096, limit));
  let used = 0;
  let at = HEADER_BYTES;
  for (let i = 0; i < count; i++) {
    const fieldAt = fixedPart(bytes, at, hashBytes, limit);
    if (fieldAt < 0) return undefined;
    let p = fieldAt;
    let c = bytes[p++];
    let strip = c & 0x7f;
    while (c & 0x80) {
      if (p >= limit || strip > 0xffffff) return undefined;
      c = bytes[p++];
      strip = (strip + 1) * 128 + (c & 0x7f);
    }
    const previousLength = i > 0 ? nameLengths[i - 1] : 0;
    if (strip > previousLength) return undefined;
    const suffixEnd = bytes.indexOf(0, p);
    if (suffixEnd < 0 || suffixEnd >= limit) return undefined;
    const kept = previousLength - strip;
    const length = kept + suffixEnd - p;
    const stated = bytes.readUInt16BE(at + STAT_BYTES + hashBytes) & CE_NAMEMASK;
    if (length === 0 || (stated !== CE_NAMEMASK && stated !== length)) return undefined;
    if (used + length > names.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(names.length * 2, used + length));
      names.copy(grown, 0, 0, used);
      names = grown;
    }
    const previousStart = i > 0 ? nameStarts[i - 1] : 0;
    for (let k = 0; k < kept; k++) names[used + k] = names[previousStart + k];
    for (let k = p; k < suffixEnd; k++) names[used + kept + k - p] = bytes[k];
    if (i > 0) {
      const order = compareBytes(names, previousStart + kept, previousLength - kept, names, used + kept, length - kept);
      if (!inOrder(bytes, starts[i - 1], at, order, hashBytes)) return undefined;
    }
    starts[i] = at;
    nameFields[i] = fieldAt;
    nameStarts[i] = used;
    nameLengths[i] = length;
    used += length;
    at = suffixEnd + 1;
  }
  starts[count] = at;
  return { starts, names, nameStarts, nameLengths, nameFields };
}

/**
 * The extensions between the entries and the checksum, each a signature, a 32-bit size and its
 * data, ending exactly at the checksum. Optional ones (first letter 'A'–'Z': TREE, REUC, UNTR,
 * FSMN, EOIE, IEOT) change no entry and are skipped; any other makes the entries mean something
 * else ("link", "sdir") or is one git itself refuses.
 */
function extensionsAllowed(bytes: Buffer, at: number, limit: number): boolean {
  while (at < limit) {
    if (at + 8 > limit) return false;
    const signature = bytes.readUInt32BE(at);
    if (signature === LINK || signature === SDIR) return false;
    const first = bytes[at];
    if (first < 0x41 || first > 0x5a) return false;
    at += 8 + bytes.readUInt32BE(at + 4);
  }
  return at === limit;
}
