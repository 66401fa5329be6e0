/**
 * What duplicate detection keeps of one article, computed once per file version: a hash of the
 * normalised body (exact copies), a normalised title, and a MinHash signature of the body's
 * character shingles (near copies). The signature uses one-permutation hashing with optimal
 * densification (Shrivastava, ICML 2017): one hash per shingle instead of one per shingle and
 * permutation, so sketching costs about as much as reading the text.
 */
import { vocabularyKey } from './vocabularyKey';

export const SIGNATURE_BINS = 128;
/** Characters per shingle: short enough for Chinese, which has no spaces between words. */
export const SHINGLE_LENGTH = 5;
/** Bodies shorter than this (after normalisation) are only compared exactly. */
export const MIN_SIMILAR_LENGTH = 30;

export interface DuplicateSketch {
  /** A 64-bit hash (hex) of the normalised body; undefined when the body has no text. */
  bodyHash: string | undefined;
  /** The title folded as vocabulary values are, without punctuation; undefined when empty. */
  titleKey: string | undefined;
  /** undefined when the body is too short to compare by similarity. */
  signature: Uint32Array | undefined;
  /** Length of the normalised body, in UTF-16 units. */
  length: number;
}

const NAMED: Record<string, number> = { nbsp: 0x20, amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27 };
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(nbsp|amp|lt|gt|quot|apos));/y;
const RAW_TEXT_TAG = /^<(script|style)\b/i;
const RAW_TEXT_END: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

let buffer = new Uint16Array(1 << 16);

/**
 * The UTF-16 units of the body's text, in a shared buffer (valid until the next call): markup,
 * comments, `<script>` and `<style>` skipped, entities decoded, whitespace dropped, full-width
 * ASCII folded to ASCII and ASCII letters lower-cased. One pass, no intermediate strings:
 * sketching 50,000 articles must cost about what parsing them does. (NFKC over whole bodies
 * would add half again; width is the compatibility difference scrapes of one article show.)
 */
export function bodyUnits(body: string): { units: Uint16Array; length: number } {
  const n = body.length;
  if (buffer.length < n * 2) buffer = new Uint16Array(n * 2);
  const out = buffer;
  let len = 0;
  for (let i = 0; i < n; i++) {
    let c = body.charCodeAt(i);
    if (c === 0x3c /* < */) {
      if (body.startsWith('<!--', i)) {
        const close = body.indexOf('-->', i + 4);
        i = close < 0 ? n : close + 2;
        continue;
      }
      const close = body.indexOf('>', i + 1);
      if (close >= 0) {
        const tag = RAW_TEXT_TAG.exec(body.slice(i, Math.min(i + 8, n)));
        if (tag) {
          const end = RAW_TEXT_END[tag[1].toLowerCase()];
          end.lastIndex = close + 1;
          const m = end.exec(body);
          i = m ? m.index + m[0].length - 1 : n;
        } else i = close;
        continue;
      }
    } else if (c === 0x26 /* & */) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(body);
      if (m) {
        const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : NAMED[m[3]];
        i += m[0].length - 1;
        if (code > 0xffff) {
          if (code <= 0x10ffff) {
            out[len++] = 0xd800 + ((code - 0x10000) >> 10);
            out[len++] = 0xdc00 + ((code - 0x10000) & 0x3ff);
          }
          continue;
        }
        c = code;
      }
    }
    if (c <= 0x20 || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x85 || c === 0x2028 || c === 0x2029) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x41 && c <= 0x5a) c += 32;
    out[len++] = c;
  }
  return { units: out, length: len };
}

/** The body's text as duplicate detection sees it (see `bodyUnits`). */
export function normaliseBody(body: string): string {
  const { units, length } = bodyUnits(body);
  let out = '';
  for (let i = 0; i < length; i += 8192) out += String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192)));
  return out;
}

export function titleKey(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const key = vocabularyKey(title).replace(/[\p{P}\p{S}]+/gu, '');
  return key === '' ? undefined : key;
}

/** murmur3's finaliser: spreads every input bit over the whole word. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const EMPTY = 0xffffffff;
/** The rolling hash's base, and its SHINGLE_LENGTH-th power to drop the oldest unit. */
const BASE = 0x9e3779b1;
const DROP = Array.from({ length: SHINGLE_LENGTH }).reduce<number>((p) => Math.imul(p, BASE), 1);

/**
 * The sketch of normalised text in one pass: two independent 32-bit hashes of the whole text
 * (exact copies) and the MinHash signature of its shingles, hashed with a rolling polynomial.
 */
function sketchUnits(units: Uint16Array, length: number): { bodyHash: string | undefined; signature: Uint32Array | undefined; length: number } {
  const sig = new Uint32Array(SIGNATURE_BINS).fill(EMPTY);
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  let rolling = 0;
  for (let i = 0; i < length; i++) {
    const u = units[i];
    h1 = Math.imul(h1 ^ u, 0x01000193);
    h2 = Math.imul(h2 ^ u, 0x5bd1e995) ^ (h2 >>> 15);
    rolling = (Math.imul(rolling, BASE) + u - (i >= SHINGLE_LENGTH ? Math.imul(units[i - SHINGLE_LENGTH], DROP) : 0)) | 0;
    if (i >= SHINGLE_LENGTH - 1) {
      const x = mix(rolling);
      const value = x & 0x01ffffff;
      const bin = x >>> 25; // the top 7 bits pick one of the 128 bins
      if (value < sig[bin]) sig[bin] = value;
    }
  }
  const hex = (h: number) => h.toString(16).padStart(8, '0');
  const bodyHash = length === 0 ? undefined : hex(mix(h1 ^ length)) + hex(mix(h2));
  return { bodyHash, signature: length < MIN_SIMILAR_LENGTH ? undefined : densify(sig), length };
}

/** The signature of an already normalised text (tests, and tools that hold the text). */
export function minHashSignature(text: string): Uint32Array | undefined {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return sketchUnits(units, units.length).signature;
}

/**
 * Optimal densification: an empty bin copies a bin chosen by a hash of (bin, attempt), the same
 * choice for every document, so copied values still collide with probability J.
 */
function densify(sig: Uint32Array): Uint32Array {
  const filled = sig.map((v) => (v === EMPTY ? 0 : 1));
  for (let bin = 0; bin < SIGNATURE_BINS; bin++) {
    if (filled[bin]) continue;
    for (let attempt = 1; ; attempt++) {
      // Past 1000 unlucky draws (never seen in practice) fall back to the next filled bin.
      const from = attempt <= 1000 ? mix(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca77)) >>> 25 : (bin + attempt) % SIGNATURE_BINS;
      if (filled[from]) {
        sig[bin] = sig[from];
        break;
      }
    }
  }
  return sig;
}

export function duplicateSketch(title: string | undefined, body: string): DuplicateSketch {
  const { units, length } = bodyUnits(body);
  return { ...sketchUnits(units, length), titleKey: titleKey(title) };
}

/** The share of bins two signatures agree on: an unbiased estimate of their Jaccard similarity. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_BINS; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_BINS;
}
