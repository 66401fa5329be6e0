/**
 * A file's bytes as text, and whether they are UTF-8 at all (issue 12 §2). Old archives hold
 * GBK/GB18030 posts; decoded as UTF-8 their characters become U+FFFD, and a writer that saved
 * that text would destroy them. The fault says where the first bad byte is and what the bytes
 * look like, so the rule `encoding` can say it and every writer can leave such a file alone.
 */

/** The first byte that is not part of valid UTF-8, and what the bytes look like instead. */
export interface EncodingFault {
  /** Offset of the first invalid byte in the file. */
  byteOffset: number;
  /** Where that byte's U+FFFD is in the decoded text (UTF-16 units). */
  textOffset: number;
  /** Up to four bytes from there, in hex: `B1 EA CC E2`. */
  bytes: string;
  /** What the whole file decodes as without an error, when it is one of those. */
  looksLike: 'gb18030' | 'utf-16' | undefined;
  /** A few characters around the bad byte, decoded as `looksLike` says (empty when unknown). */
  sample: string;
}

export interface DecodedFile {
  text: string;
  fault: EncodingFault | undefined;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 (overlongs, surrogates and > U+10FFFF are invalid). */
function sequenceAt(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number) => i + k < b.length && (b[i + k] & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const c1 = b[i + 1];
    if (!cont(1) || !cont(2)) return 0;
    if (c === 0xe0 && c1 < 0xa0) return 0;
    if (c === 0xed && c1 > 0x9f) return 0;
    return 3;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const c1 = b[i + 1];
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c === 0xf0 && c1 < 0x90) return 0;
    if (c === 0xf4 && c1 > 0x8f) return 0;
    return 4;
  }
  return 0;
}

/** Offset of the first byte that is not valid UTF-8, or -1. One pass, no backtracking. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceAt(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

function decodes(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hex(bytes: Uint8Array, at: number): string {
  return [...bytes.subarray(at, at + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

/** What non-UTF-8 bytes look like: GB18030 (GBK's superset) when the whole file decodes as it with CJK in it. */
function guess(bytes: Uint8Array, at: number): Pick<EncodingFault, 'looksLike' | 'sample'> {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { looksLike: 'utf-16', sample: '' };
  const gb = decodes('gb18030', bytes);
  if (gb !== undefined && /[\u3400-\u9fff]/.test(gb)) {
    // The characters the bad bytes begin, as GB18030 reads them, up to the next ASCII one.
    const piece = new TextDecoder('gb18030').decode(bytes.subarray(at, Math.min(bytes.length, at + 48)));
    const sample = (/^[^\u0000-\u007f\ufffd]{1,12}/.exec(piece)?.[0] ?? '').trim();
    return { looksLike: 'gb18030', sample };
  }
  return { looksLike: undefined, sample: '' };
}

/** The bytes as UTF-8 text (bad bytes as U+FFFD) and, when they are not all UTF-8, the first fault. */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  // A BOM stays in the text, as every reader of articles expects it there.
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), fault: encodingFault(bytes) };
}

/** The first fault of bytes that are not all UTF-8, or undefined (one pass when they are). */
export function encodingFault(bytes: Uint8Array): EncodingFault | undefined {
  const at = firstInvalidUtf8(bytes);
  if (at < 0) return undefined;
  const textOffset = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, at)).length;
  return { byteOffset: at, textOffset, bytes: hex(bytes, at), ...guess(bytes, at) };
}
