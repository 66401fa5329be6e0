/**
 * A duplicate sketch (./duplicateSketch.ts) as JSON data, for what keeps sketches outside the
 * process: `check --cache` and a shard's `index --sketches`. The signature's 32-bit words are
 * base64 (little-endian), a third of their decimal size; decoding gives the same sketch, so
 * duplicates found from stored sketches are the ones found from the texts.
 */
import { DuplicateSketch, SIGNATURE_BINS } from './duplicateSketch';

/** [bodyHash, titleKey, signature (base64), length]. */
export type SketchTuple = [string | null, string | null, string | null, number];

export function encodeSketch(s: DuplicateSketch): SketchTuple {
  return [s.bodyHash ?? null, s.titleKey ?? null, s.signature ? toBase64(s.signature) : null, s.length];
}

/** The words' bytes as base64, little-endian whatever the machine (btoa: the same in Node and a web worker). */
function toBase64(words: Uint32Array): string {
  let bytes = '';
  for (const w of words) bytes += String.fromCharCode(w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24);
  return btoa(bytes);
}

function fromBase64(text: string): Uint32Array | undefined {
  let bytes: string;
  try {
    bytes = atob(text);
  } catch {
    return undefined;
  }
  if (bytes.length !== SIGNATURE_BINS * 4) return undefined;
  const words = new Uint32Array(SIGNATURE_BINS);
  for (let i = 0; i < SIGNATURE_BINS; i++) {
    const at = i * 4;
    words[i] = (bytes.charCodeAt(at) | (bytes.charCodeAt(at + 1) << 8) | (bytes.charCodeAt(at + 2) << 16) | (bytes.charCodeAt(at + 3) << 24)) >>> 0;
  }
  return words;
}

function isOptionalString(v: unknown): v is string | null {
  return v === null || typeof v === 'string';
}

/** The sketch in `t`, or undefined when `t` is not one encodeSketch wrote. */
export function decodeSketch(t: unknown): DuplicateSketch | undefined {
  if (!Array.isArray(t) || t.length !== 4 || !isOptionalString(t[0]) || !isOptionalString(t[1]) || !isOptionalString(t[2]) || typeof t[3] !== 'number') return undefined;
  const signature = t[2] === null ? undefined : fromBase64(t[2]);
  if (t[2] !== null && !signature) return undefined;
  return { bodyHash: t[0] ?? undefined, titleKey: t[1] ?? undefined, signature, length: t[3] };
}
