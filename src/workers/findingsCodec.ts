/**
 * The archive-wide findings job in compact form (issues 18, 19). Sent as 50,000 objects (a path,
 * a record, a sketch with its own Uint32Array each), the job's message took the extension host's
 * thread 1.3–2.6 s to write at every run (after the scan, after each save), and the reply's
 * duplicate groups came back as new copies of every member's path. Packed, the signatures travel
 * as one Uint32Array, the vocabulary as one table of distinct values and one array of their ids,
 * and the reply names files by their index in the request, so the host rebuilds the report with
 * the path strings it already holds. Packing and unpacking give back exactly what went in: the
 * findings made from a packed archive are the findings made from the files.
 */
import type { DuplicateSketch } from '../core/hygiene/duplicateSketch';
import { SIGNATURE_BINS } from '../core/hygiene/duplicateSketch';
import type { DuplicateGroup, DuplicateReason, DuplicateReport } from '../core/hygiene/duplicates';
import { VOCABULARY_FIELDS, type VocabularyRecord } from '../core/hygiene/vocabulary';
import type { ArchiveFindings } from '../core/rules/archiveProblems';
import type { CountedFile, VocabularyValues } from '../core/rules/archiveCounts';
import type { PackedSketches } from '../core/rules/sketchStore';

/**
 * Strings as one string and where each ends (undefined ones marked apart): one string is copied
 * at once, where 50,000 small ones took the host's thread 0.3 s to write into the message.
 */
export interface StringList {
  text: string;
  ends: Uint32Array;
  /** 1 where the string is undefined. */
  missing: Uint8Array;
}

export function writeStrings(list: readonly (string | undefined)[]): StringList {
  const ends = new Uint32Array(list.length);
  const missing = new Uint8Array(list.length);
  let at = 0;
  list.forEach((v, i) => {
    if (v === undefined) missing[i] = 1;
    else at += v.length;
    ends[i] = at;
  });
  return { text: list.map((v) => v ?? '').join(''), ends, missing };
}

export function readStrings(l: StringList): (string | undefined)[] {
  const out: (string | undefined)[] = new Array(l.ends.length);
  let at = 0;
  for (let i = 0; i < l.ends.length; i++) {
    out[i] = l.missing[i] ? undefined : l.text.slice(at, l.ends[i]);
    at = l.ends[i];
  }
  return out;
}

/** What the archive-wide rules read of every file, in typed arrays and shared tables. */
export interface PackedArchive {
  /** In the order of the files given to packArchive (archivePaths). */
  paths: StringList;
  /** Distinct vocabulary values; `values[i]` is the value of id i. */
  values: string[];
  /** For file f and field k (VOCABULARY_FIELDS' order), its value ids are ids[fieldStart[f·4+k] … fieldStart[f·4+k+1]). */
  fieldStart: Uint32Array;
  ids: Uint32Array;
  /** `author` and `source` as they were (null, undefined or a string), 2 bits a file and field: 0 undefined, 1 null, 2 a string. */
  scalars: Uint8Array;
  bodyHashes: StringList;
  titleKeys: StringList;
  lengths: Float64Array;
  /** 1 where the file has a signature; its words are signatures[f·SIGNATURE_BINS …]. */
  signed: Uint8Array;
  signatures: Uint32Array;
  /** The vocabulary values of the few files whose values differ from their record's (core/rules/archiveCounts.ts), by file index. */
  fileValues: [number, VocabularyValues][];
}

const FIELDS = VOCABULARY_FIELDS.length;
const REASONS: readonly DuplicateReason[] = ['exact', 'similar', 'title'];

/** What the rules read of a file, by its path (the hygiene model's map fits as it is). */
export type ArchiveFiles = ReadonlyMap<string, Pick<CountedFile, 'record' | 'sketch' | 'values'>>;

/** The files by path, from a list. */
export function archiveFileMap(files: readonly CountedFile[]): ArchiveFiles {
  return new Map(files.map((f) => [f.path, f]));
}

export function packArchive(files: ArchiveFiles): PackedArchive {
  const n = files.size;
  const records: VocabularyRecord[] = new Array(n);
  const sketches: PackedSketches = {
    bodyHashes: new Array(n), titleKeys: new Array(n), lengths: new Float64Array(n),
    signed: new Uint8Array(n), signatures: new Uint32Array(n * SIGNATURE_BINS), fileValues: [],
  };
  let i = 0;
  for (const f of files.values()) {
    records[i] = f.record;
    if (f.values) sketches.fileValues.push([i, f.values]);
    const s = f.sketch;
    sketches.bodyHashes[i] = s.bodyHash;
    sketches.titleKeys[i] = s.titleKey;
    sketches.lengths[i] = s.length;
    if (s.signature) {
      sketches.signed[i] = 1;
      sketches.signatures.set(s.signature, i * SIGNATURE_BINS);
    }
    i++;
  }
  return packParts([...files.keys()], records, sketches);
}

/**
 * The archive packed from its parts: the files' paths, their records in the same order and their
 * sketches packed in that order (the editor's sketch store packs its own, core/rules/sketchStore.ts).
 */
export function packParts(paths: readonly string[], records: readonly VocabularyRecord[], sketches: PackedSketches): PackedArchive {
  const n = paths.length;
  const valueIds = new Map<string, number>();
  const values: string[] = [];
  const fieldStart = new Uint32Array(n * FIELDS + 1);
  const ids: number[] = [];
  const scalars = new Uint8Array(n * FIELDS);
  const id = (v: string) => {
    let i = valueIds.get(v);
    if (i === undefined) {
      i = values.length;
      values.push(v);
      valueIds.set(v, i);
    }
    return i;
  };
  for (let i = 0; i < n; i++) {
    const record = records[i];
    for (let k = 0; k < FIELDS; k++) {
      const slot = i * FIELDS + k;
      fieldStart[slot] = ids.length;
      const v = record[VOCABULARY_FIELDS[k]];
      if (typeof v === 'string') {
        scalars[slot] = 2;
        ids.push(id(v));
      } else if (v === null) scalars[slot] = 1;
      else if (v !== undefined) for (const x of v) ids.push(id(x));
    }
  }
  fieldStart[n * FIELDS] = ids.length;
  return {
    paths: writeStrings(paths), values, fieldStart, ids: Uint32Array.from(ids), scalars,
    bodyHashes: writeStrings(sketches.bodyHashes), titleKeys: writeStrings(sketches.titleKeys), lengths: sketches.lengths,
    signed: sketches.signed, signatures: sketches.signatures, fileValues: sketches.fileValues,
  };
}

/** The files' paths in the packed archive's order: the host's own strings (the map's keys). */
export function archivePaths(files: ArchiveFiles): string[] {
  return [...files.keys()];
}

/** The files again, as packArchive was given them (each signature a view of the one array). */
export function unpackArchive(p: PackedArchive): CountedFile[] {
  const own = new Map(p.fileValues);
  const bodyHashes = readStrings(p.bodyHashes);
  const titleKeys = readStrings(p.titleKeys);
  return (readStrings(p.paths) as string[]).map((path, i) => {
    const list = (k: number) => {
      const slot = i * FIELDS + k;
      return Array.from(p.ids.subarray(p.fieldStart[slot], p.fieldStart[slot + 1]), (v) => p.values[v]);
    };
    const scalar = (k: number): string | null | undefined => {
      const kind = p.scalars[i * FIELDS + k];
      return kind === 2 ? p.values[p.ids[p.fieldStart[i * FIELDS + k]]] : kind === 1 ? null : undefined;
    };
    const record: VocabularyRecord = { categories: list(0), tags: list(1), author: scalar(2), source: scalar(3) };
    const sketch: DuplicateSketch = {
      bodyHash: bodyHashes[i],
      titleKey: titleKeys[i],
      signature: p.signed[i] ? p.signatures.subarray(i * SIGNATURE_BINS, (i + 1) * SIGNATURE_BINS) : undefined,
      length: p.lengths[i],
    };
    const v = own.get(i);
    return v ? { path, record, sketch, values: v } : { path, record, sketch };
  });
}

/** The duplicate groups by file index: members, then each pair's two indexes, reason and similarity. */
export interface PackedDuplicates {
  comparisons: number;
  /** Group g's members are members[groupStart[g] … groupStart[g+1]), its pairs pairA/pairB/… [pairStart[g] … pairStart[g+1]). */
  groupStart: Uint32Array;
  members: Uint32Array;
  pairStart: Uint32Array;
  pairA: Uint32Array;
  pairB: Uint32Array;
  pairReason: Uint8Array;
  pairSimilarity: Float64Array;
  groupReason: Uint8Array;
}

export type PackedFindings = Pick<ArchiveFindings, 'vocabulary' | 'variants'> & { duplicates: PackedDuplicates };

/** Each file's index in the packed archive (unpackArchive's order), by path: how the worker's reply names files. */
export function fileIndexes(files: readonly { path: string }[]): Map<string, number> {
  return new Map(files.map((f, i) => [f.path, i]));
}

/** The duplicate groups with their files as indexes (`index`: fileIndexes of the unpacked archive). */
export function packDuplicates(report: DuplicateReport, index: ReadonlyMap<string, number>): PackedDuplicates {
  const at = (p: string) => index.get(p) as number;
  const groups = report.groups;
  const memberCount = groups.reduce((s, g) => s + g.members.length, 0);
  const pairCount = groups.reduce((s, g) => s + g.pairs.length, 0);
  const out: PackedDuplicates = {
    comparisons: report.comparisons,
    groupStart: new Uint32Array(groups.length + 1),
    members: new Uint32Array(memberCount),
    pairStart: new Uint32Array(groups.length + 1),
    pairA: new Uint32Array(pairCount),
    pairB: new Uint32Array(pairCount),
    pairReason: new Uint8Array(pairCount),
    pairSimilarity: new Float64Array(pairCount),
    groupReason: new Uint8Array(groups.length),
  };
  let m = 0;
  let q = 0;
  groups.forEach((g, i) => {
    out.groupStart[i] = m;
    out.pairStart[i] = q;
    out.groupReason[i] = REASONS.indexOf(g.reason);
    for (const member of g.members) out.members[m++] = at(member);
    for (const pair of g.pairs) {
      out.pairA[q] = at(pair.a);
      out.pairB[q] = at(pair.b);
      out.pairReason[q] = REASONS.indexOf(pair.reason);
      out.pairSimilarity[q++] = pair.similarity;
    }
  });
  out.groupStart[groups.length] = m;
  out.pairStart[groups.length] = q;
  return out;
}

/** The duplicate report again, its paths taken from `paths` (the strings the host holds, not copies). */
export function unpackDuplicates(p: PackedDuplicates, paths: readonly string[]): DuplicateReport {
  const groups: DuplicateGroup[] = [];
  for (let g = 0; g + 1 < p.groupStart.length; g++) {
    const members: string[] = [];
    for (let m = p.groupStart[g]; m < p.groupStart[g + 1]; m++) members.push(paths[p.members[m]]);
    const pairs = [];
    for (let q = p.pairStart[g]; q < p.pairStart[g + 1]; q++) {
      pairs.push({ a: paths[p.pairA[q]], b: paths[p.pairB[q]], reason: REASONS[p.pairReason[q]], similarity: p.pairSimilarity[q] });
    }
    groups.push({ members, pairs, reason: REASONS[p.groupReason[g]] });
  }
  return { groups, comparisons: p.comparisons };
}
