/**
 * Every article's duplicate sketch, held once and compactly: the signatures in pages of one
 * Uint32Array for 4,096 files each (128 words a slot, no copy as the store grows), the lengths in a Float64Array, the hashes and title keys in
 * arrays, and the vocabulary values of the few files whose values differ from their record's.
 * A sketch as its own object came back from a worker as a fresh Uint32Array each (its own
 * ArrayBuffer, 33.7 MB alive on the extension host's thread at 50,000 posts, issue 18), and the
 * hygiene model held a second structure for each. A sketch is made an object again only for
 * the few files that are shown or asked about (`get`); the findings job's packing reads the
 * slots directly (`pack`).
 */
import type { DuplicateSketch } from '../hygiene/duplicateSketch';
import { SIGNATURE_BINS } from '../hygiene/duplicateSketch';
import type { VocabularyValues } from './archiveCounts';

/** A file's sketch and, where they differ from its record's, its vocabulary values. */
export interface FileSketch {
  readonly sketch: DuplicateSketch;
  readonly values?: VocabularyValues;
}

/** The sketch part of the findings job (workers/findingsCodec.ts), in the order of the paths asked for. */
export interface PackedSketches {
  bodyHashes: (string | undefined)[];
  titleKeys: (string | undefined)[];
  lengths: Float64Array;
  /** 1 where the file has a signature; its words are signatures[f·SIGNATURE_BINS …]. */
  signed: Uint8Array;
  signatures: Uint32Array;
  /** The values of the files that have their own, by their index in the paths. */
  fileValues: [number, VocabularyValues][];
}

/** Slots a page of signatures holds (2 MB). */
const PAGE_BITS = 12;
const PAGE = 1 << PAGE_BITS;
const PAGE_WORDS = PAGE * SIGNATURE_BINS;

/**
 * Sketches by path, each with what it was made for (`T`, the index entry in the editor), so a
 * caller can tell a sketch of the file's current version from an older one.
 */
export class SketchStore<T> {
  private readonly slots = new Map<string, number>();
  private readonly free: number[] = [];
  private capacity = 0;
  private readonly pages: Uint32Array[] = [];
  private lengths = new Float64Array(0);
  private signed = new Uint8Array(0);
  private bodyHashes: (string | undefined)[] = [];
  private titleKeys: (string | undefined)[] = [];
  private madeFor: (T | undefined)[] = [];
  /** Each slot's path: the very string that keys it, for others to key by too (one copy of each path). */
  private paths: (string | undefined)[] = [];
  private readonly values = new Map<number, VocabularyValues>();

  get size(): number {
    return this.slots.size;
  }

  has(path: string): boolean {
    return this.slots.has(path);
  }

  /** The store's own string for `path` (equal to it), so that a map keyed by it holds no second copy. */
  keyOf(path: string): string | undefined {
    const slot = this.slots.get(path);
    return slot === undefined ? undefined : this.paths[slot];
  }

  /** What the sketch of `path` was made for. */
  madeForOf(path: string): T | undefined {
    const slot = this.slots.get(path);
    return slot === undefined ? undefined : this.madeFor[slot];
  }

  /** Keeps the sketch of `path` (replacing the one it had), made for `of`. */
  set(path: string, of: T, s: FileSketch): void {
    let slot = this.slots.get(path);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.grow();
      this.slots.set(path, slot);
      this.paths[slot] = path;
    }
    const { sketch } = s;
    this.bodyHashes[slot] = sketch.bodyHash;
    this.titleKeys[slot] = sketch.titleKey;
    this.lengths[slot] = sketch.length;
    this.madeFor[slot] = of;
    if (sketch.signature) {
      this.signed[slot] = 1;
      this.pages[slot >> PAGE_BITS].set(sketch.signature, (slot & (PAGE - 1)) * SIGNATURE_BINS);
    } else this.signed[slot] = 0;
    if (s.values) this.values.set(slot, s.values);
    else this.values.delete(slot);
  }

  /** Says that the sketch of `path` is also that of `of` (the same file, a new entry). */
  remake(path: string, of: T): void {
    const slot = this.slots.get(path);
    if (slot !== undefined) this.madeFor[slot] = of;
  }

  /** The sketch of `path` as an object (its signature a copy: the slot may be reused). */
  get(path: string): FileSketch | undefined {
    const slot = this.slots.get(path);
    if (slot === undefined) return undefined;
    const at = (slot & (PAGE - 1)) * SIGNATURE_BINS;
    const sketch: DuplicateSketch = {
      bodyHash: this.bodyHashes[slot],
      titleKey: this.titleKeys[slot],
      signature: this.signed[slot] ? this.pages[slot >> PAGE_BITS].slice(at, at + SIGNATURE_BINS) : undefined,
      length: this.lengths[slot],
    };
    const values = this.values.get(slot);
    return values ? { sketch, values } : { sketch };
  }

  delete(path: string): boolean {
    const slot = this.slots.get(path);
    if (slot === undefined) return false;
    this.slots.delete(path);
    this.bodyHashes[slot] = undefined;
    this.titleKeys[slot] = undefined;
    this.madeFor[slot] = undefined;
    this.paths[slot] = undefined;
    this.signed[slot] = 0;
    this.values.delete(slot);
    this.free.push(slot);
    return true;
  }

  /** Drops the sketches of paths `keep` refuses. */
  retain(keep: (path: string) => boolean): void {
    for (const path of [...this.slots.keys()]) if (!keep(path)) this.delete(path);
  }

  /** The sketches of `paths`, in their order, packed for the findings job; every path must have one. */
  pack(paths: readonly string[]): PackedSketches {
    const n = paths.length;
    const out: PackedSketches = {
      bodyHashes: new Array(n), titleKeys: new Array(n), lengths: new Float64Array(n),
      signed: new Uint8Array(n), signatures: new Uint32Array(n * SIGNATURE_BINS), fileValues: [],
    };
    for (let i = 0; i < n; i++) {
      const slot = this.slots.get(paths[i]);
      if (slot === undefined) throw new Error(`no sketch of ${paths[i]}`);
      out.bodyHashes[i] = this.bodyHashes[slot];
      out.titleKeys[i] = this.titleKeys[slot];
      out.lengths[i] = this.lengths[slot];
      const values = this.values.get(slot);
      if (values) out.fileValues.push([i, values]);
      if (!this.signed[slot]) continue;
      out.signed[i] = 1;
      // Word by word: a subarray view a file would be 50,000 objects of garbage a run.
      const words = this.pages[slot >> PAGE_BITS];
      const from = (slot & (PAGE - 1)) * SIGNATURE_BINS;
      const to = i * SIGNATURE_BINS;
      for (let w = 0; w < SIGNATURE_BINS; w++) out.signatures[to + w] = words[from + w];
    }
    return out;
  }

  /** One page more of slots; returns the first (the others go to the free list). */
  private grow(): number {
    const slot = this.capacity;
    const capacity = this.capacity + PAGE;
    this.pages.push(new Uint32Array(PAGE_WORDS));
    const lengths = new Float64Array(capacity);
    lengths.set(this.lengths);
    const signed = new Uint8Array(capacity);
    signed.set(this.signed);
    this.lengths = lengths;
    this.signed = signed;
    for (let s = capacity - 1; s > slot; s--) this.free.push(s);
    this.capacity = capacity;
    return slot;
  }
}
