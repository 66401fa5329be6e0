/**
 * The archive's vocabulary: every category, tag, author and source with the number of articles
 * using it, and the clusters of spellings that look like one value written several ways. Two
 * spellings join when their folded keys are equal (see vocabularyKey.ts) or when the keys are a
 * few edits apart relative to their length. Han characters never count as edits: a different
 * ideograph is a different word (国内 / 国际), and script variants are already folded.
 */
import { boundedEditDistance, deletions } from './editDistance';
import { foldToSimplified, isHan, scriptMix } from './scriptFolding';
import { vocabularyKey } from './vocabularyKey';

export const VOCABULARY_FIELDS = ['categories', 'tags', 'author', 'source'] as const;
export type VocabularyField = (typeof VOCABULARY_FIELDS)[number];

/** What the vocabulary reads from one article (an `ArticleRecord` fits). */
export interface VocabularyRecord {
  categories: readonly string[];
  tags: readonly string[];
  author: string | null | undefined;
  source: string | null | undefined;
}

export interface VocabularyValue {
  value: string;
  /** Articles using the value (an article counts once even if it repeats it). */
  count: number;
}

export interface VocabularyCluster {
  field: VocabularyField;
  /**
   * The spelling to settle on: one not mixing traditional and simplified characters, then the
   * most used, then a tidy one (no stray spaces, no full-width letters), then code point order.
   */
  dominant: string;
  /** Every spelling, the dominant first, then by count and code point order. */
  values: VocabularyValue[];
  /** Articles using any spelling of the cluster. */
  count: number;
}

/** A value mixing traditional and simplified characters, such as `新浪财经－国內`. */
export interface MixedScriptValue extends VocabularyValue {
  /** The value in simplified characters when most of it already is; undefined otherwise. */
  suggestion: string | undefined;
}

export interface FieldVocabulary {
  /** Every value, by count then code point order. */
  values: VocabularyValue[];
  /** Only clusters with more than one spelling. */
  clusters: VocabularyCluster[];
  /** Values mixing scripts, by count then code point order. */
  mixedScript: MixedScriptValue[];
}

export type VocabularyReport = Record<VocabularyField, FieldVocabulary>;

export interface VocabularyOptions {
  /** Largest edit distance, as a share of the longer key, for two keys to join (default 0.2). */
  relativeDistance?: number;
  /** Cap on the edit distance whatever the length (default 2). */
  maxDistance?: number;
}

function fieldValues(record: VocabularyRecord, field: VocabularyField): readonly string[] {
  const v = record[field];
  if (typeof v === 'string') return v === '' ? [] : [v];
  return v ?? [];
}

function byCountThenValue(a: VocabularyValue, b: VocabularyValue): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Pairs of keys (indexes) within the allowed edit distance, found through shared deletions. */
function nearKeyPairs(keys: readonly string[], options: Required<VocabularyOptions>): [number, number][] {
  const allowed = (length: number) => Math.min(options.maxDistance, Math.floor(length * options.relativeDistance));
  const byDeletion = new Map<string, number[]>();
  const chars = keys.map((k) => [...k]);
  const hanOnly = chars.map((c) => c.filter(isHan).join(''));
  for (let i = 0; i < keys.length; i++) {
    // A partner may be up to `maxDistance` longer, which may allow it more edits than this key.
    const depth = allowed(chars[i].length + options.maxDistance);
    if (depth === 0) continue;
    for (const d of deletions(chars[i], depth)) {
      const list = byDeletion.get(d);
      if (list) list.push(i);
      else byDeletion.set(d, [i]);
    }
  }
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of byDeletion.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x];
        const b = list[y];
        const id = a * keys.length + b;
        if (seen.has(id)) continue;
        seen.add(id);
        if (hanOnly[a] !== hanOnly[b]) continue;
        const limit = allowed(Math.max(chars[a].length, chars[b].length));
        if (limit > 0 && boundedEditDistance(chars[a], chars[b], limit) <= limit) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/**
 * Whether a spelling is written tidily: no stray or doubled spaces, no full-width letters or
 * digits (full-width punctuation is normal among Chinese characters and stays).
 */
function isTidy(value: string): boolean {
  return !/^\s|\s$|\s\s|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]/.test(value);
}

/**
 * Which spelling a cluster should settle on: one that does not mix scripts, then the most used,
 * then a tidy one, then the first in code point order.
 */
function byPreference(a: VocabularyValue, b: VocabularyValue): number {
  return Number(mixesScripts(a.value)) - Number(mixesScripts(b.value)) || b.count - a.count ||
    Number(isTidy(b.value)) - Number(isTidy(a.value)) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

export function clusterValues(field: VocabularyField, values: readonly VocabularyValue[], options: VocabularyOptions = {}): VocabularyCluster[] {
  const opts: Required<VocabularyOptions> = { relativeDistance: options.relativeDistance ?? 0.2, maxDistance: options.maxDistance ?? 2 };
  const keyIndex = new Map<string, number>();
  const valueKey: number[] = [];
  for (const v of values) {
    const key = vocabularyKey(v.value);
    let k = keyIndex.get(key);
    if (k === undefined) keyIndex.set(key, (k = keyIndex.size));
    valueKey.push(k);
  }
  const keys = [...keyIndex.keys()];
  const sets = new UnionFind(keys.length);
  for (const [a, b] of nearKeyPairs(keys, opts)) sets.union(a, b);
  const groups = new Map<number, VocabularyValue[]>();
  values.forEach((v, i) => {
    const root = sets.find(valueKey[i]);
    const g = groups.get(root);
    if (g) g.push(v);
    else groups.set(root, [v]);
  });
  const clusters: VocabularyCluster[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.sort(byCountThenValue);
    const dominant = [...members].sort(byPreference)[0];
    const values = [dominant, ...members.filter((m) => m !== dominant)];
    clusters.push({ field, dominant: dominant.value, values, count: members.reduce((n, m) => n + m.count, 0) });
  }
  return clusters.sort((a, b) => b.count - a.count || (a.dominant < b.dominant ? -1 : a.dominant > b.dominant ? 1 : 0));
}

function mixesScripts(value: string): boolean {
  const mix = scriptMix(value);
  return mix.traditional > 0 && mix.simplified > 0;
}

function mixedScriptValues(values: readonly VocabularyValue[]): MixedScriptValue[] {
  const found: MixedScriptValue[] = [];
  for (const v of values) {
    const mix = scriptMix(v.value);
    if (mix.traditional === 0 || mix.simplified === 0) continue;
    found.push({ ...v, suggestion: mix.simplified > mix.traditional ? foldToSimplified(v.value) : undefined });
  }
  return found;
}

export function vocabularyReport(records: Iterable<VocabularyRecord>, options: VocabularyOptions = {}): VocabularyReport {
  const counts = Object.fromEntries(VOCABULARY_FIELDS.map((f) => [f, new Map<string, number>()])) as Record<VocabularyField, Map<string, number>>;
  for (const record of records) {
    for (const field of VOCABULARY_FIELDS) {
      for (const value of new Set(fieldValues(record, field))) counts[field].set(value, (counts[field].get(value) ?? 0) + 1);
    }
  }
  const report = {} as VocabularyReport;
  for (const field of VOCABULARY_FIELDS) {
    const values = [...counts[field]].map(([value, count]) => ({ value, count })).sort(byCountThenValue);
    report[field] = { values, clusters: clusterValues(field, values, options), mixedScript: mixedScriptValues(values) };
  }
  return report;
}

export interface VariantAdvice {
  /** The spelling to use instead. */
  preferred: string;
  /** Why: another spelling of the same value is more common, or the value mixes scripts. */
  reason: 'variant' | 'mixed-script';
  /** Articles using the preferred spelling (0 when it is only suggested). */
  preferredCount: number;
}

/** For each field, every spelling that should change, and what it should become. */
export function variantMap(report: VocabularyReport): Record<VocabularyField, Map<string, VariantAdvice>> {
  const result = {} as Record<VocabularyField, Map<string, VariantAdvice>>;
  for (const field of VOCABULARY_FIELDS) {
    const map = new Map<string, VariantAdvice>();
    for (const c of report[field].clusters) {
      for (const v of c.values) if (v.value !== c.dominant) map.set(v.value, { preferred: c.dominant, reason: 'variant', preferredCount: c.values[0].count });
    }
    for (const m of report[field].mixedScript) {
      if (m.suggestion !== undefined && !map.has(m.value) && !report[field].clusters.some((c) => c.dominant === m.value)) {
        map.set(m.value, { preferred: m.suggestion, reason: 'mixed-script', preferredCount: 0 });
      }
    }
    result[field] = map;
  }
  return result;
}
