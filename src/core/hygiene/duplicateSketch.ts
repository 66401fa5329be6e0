/**
 * What duplicate detection keeps of one article, computed once per file version: a hash of the
 * normalised body (exact copies), a normalised title, and a MinHash signature of the body's
 * character shingles (near copies). The signature uses one-permutation hashing with optimal
 * densification (Shrivastava, ICML 2017): one hash per shingle instead of one per shingle and
 * permutation, so sketching costs about as much as reading the text.
 */
import { createHash } from 'node:crypto';
import { vocabularyKey } from './vocabularyKey';

export const SIGNATURE_BINS = 128;
/** Characters per shingle: short enough for Chinese, which has no spaces between words. */
export const SHINGLE_LENGTH = 5;
/** Bodies shorter than this (after normalisation) are only compared exactly. */
export const MIN_SIMILAR_LENGTH = 30;

export interface DuplicateSketch {
  /** SHA-1 of the normalised body; undefined when the body has no text. */
  bodyHash: string | undefined;
  /** The title folded as vocabulary values are, without punctuation; undefined when empty. */
  titleKey: string | undefined;
  /** undefined when the body is too short to compare by similarity. */
  signature: Uint32Array | undefined;
  /** Length of the normalised body, in UTF-16 units. */
  length: number;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(nbsp|amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(_m: string, dec: string | undefined, hex: string | undefined, name: string | undefined): string {
  const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
  if (code >= 0) return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  return NAMED[(name ?? '').toLowerCase()] ?? '';
}

/** The body's text: markup, comments and whitespace dropped, entities decoded, NFKC, lower case. */
export function normaliseBody(body: string): string {
  return body
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(ENTITY, decodeEntity)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000\u200b\ufeff]+/g, '');
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

export function minHashSignature(text: string): Uint32Array | undefined {
  const count = text.length - SHINGLE_LENGTH + 1;
  if (text.length < MIN_SIMILAR_LENGTH || count < 1) return undefined;
  const sig = new Uint32Array(SIGNATURE_BINS).fill(EMPTY);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < SHINGLE_LENGTH; j++) h = Math.imul(h ^ text.charCodeAt(i + j), 0x01000193);
    const x = mix(h);
    const bin = x >>> 25; // the top 7 bits pick one of the 128 bins
    const value = x & 0x01ffffff;
    if (value < sig[bin]) sig[bin] = value;
  }
  // Optimal densification: an empty bin copies a bin chosen by a hash of (bin, attempt), the
  // same choice for every document, so copied values still collide with probability J.
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
  const text = normaliseBody(body);
  return {
    bodyHash: text === '' ? undefined : createHash('sha1').update(text).digest('hex'),
    titleKey: titleKey(title),
    signature: minHashSignature(text),
    length: text.length,
  };
}

/** The share of bins two signatures agree on: an unbiased estimate of their Jaccard similarity. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_BINS; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_BINS;
}
