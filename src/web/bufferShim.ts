/**
 * The web build's `Buffer` (scripts/bundles.mjs injects it where the bundled code names the
 * global; a web worker has none): the part of Node's Buffer that the core's byte-level record
 * reader uses — UTF-8 only — over a Uint8Array, with TextEncoder and TextDecoder.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Bytes with Buffer's UTF-8 `toString` and its `indexOf` of a byte sequence. */
export class WebBuffer extends Uint8Array {
  /** UTF-8 text of bytes start..end (the only encoding the core asks for). */
  override toString(encoding = 'utf8', start = 0, end = this.length): string {
    if (encoding !== 'utf8' && encoding !== 'utf-8') throw new Error(`The web build's Buffer decodes UTF-8 only, not ${encoding}.`);
    return decoder.decode(this.subarray(Math.max(0, start), Math.min(this.length, end)));
  }

  /** The first index at or after `from` of a byte or of a byte sequence; -1 when there is none. */
  override indexOf(needle: number | Uint8Array, from = 0): number {
    if (typeof needle === 'number') return super.indexOf(needle, from);
    if (needle.length === 0) return Math.min(from, this.length);
    const first = needle[0];
    for (let i = super.indexOf(first, from); i >= 0 && i + needle.length <= this.length; i = super.indexOf(first, i + 1)) {
      let j = 1;
      while (j < needle.length && this[i + j] === needle[j]) j++;
      if (j === needle.length) return i;
    }
    return -1;
  }
}

/** Buffer's static side, as far as the core uses it. */
export const Buffer = {
  from(value: string | ArrayBuffer | Uint8Array, byteOffset?: number, length?: number): WebBuffer {
    if (typeof value === 'string') {
      const bytes = encoder.encode(value);
      return new WebBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    if (value instanceof Uint8Array) {
      const copy = new WebBuffer(value.length);
      copy.set(value);
      return copy;
    }
    const offset = byteOffset ?? 0;
    return new WebBuffer(value, offset, length ?? value.byteLength - offset);
  },
  allocUnsafe: (size: number): WebBuffer => new WebBuffer(size),
  alloc: (size: number): WebBuffer => new WebBuffer(size),
  byteLength: (text: string): number => encoder.encode(text).length,
  concat(list: readonly Uint8Array[]): WebBuffer {
    const out = new WebBuffer(list.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of list) {
      out.set(b, at);
      at += b.length;
    }
    return out;
  },
  isBuffer: (value: unknown): value is WebBuffer => value instanceof WebBuffer,
};
