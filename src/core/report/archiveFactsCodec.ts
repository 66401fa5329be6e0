/**
 * What the archive-wide rules know of one file (rules/archiveAnchors.ts), its anchors placed and
 * fingerprinted, as compact JSON data: one tuple a file, for what keeps these facts outside the
 * process (`check --cache`, and a shard's `index --sketches` for `merge`).
 */
import { RENAMABLE_FIELDS } from '../hygiene/frontMatterValues';
import { decodeSketch, encodeSketch, SketchTuple } from '../hygiene/sketchCodec';
import type { ArchiveFacts } from '../rules/archiveAnchors';
import type { PlacedAnchor, ReportRange } from './reportTypes';

/** [start line, start character, end line, end character, fingerprint]. */
type AnchorTuple = [number, number, number, number, string];

/** [categories, tags, author, source, sketch, title anchor, [field index, value, ...anchor][]]. */
export type ArchiveTuple = [string[], string[], string | null, string | null, SketchTuple, AnchorTuple, [number, string, ...AnchorTuple][]];

const anchorTuple = (a: PlacedAnchor): AnchorTuple => [a.range.start.line, a.range.start.character, a.range.end.line, a.range.end.character, a.fingerprint];

function anchorOf(t: readonly unknown[], at: number): PlacedAnchor | undefined {
  const n = t.slice(at, at + 4);
  if (n.length !== 4 || !n.every((x) => typeof x === 'number') || typeof t[at + 4] !== 'string') return undefined;
  const [l0, c0, l1, c1] = n as number[];
  const range: ReportRange = { start: { line: l0, character: c0 }, end: { line: l1, character: c1 } };
  return { range, fingerprint: t[at + 4] as string };
}

export function encodeArchiveFacts(f: ArchiveFacts<PlacedAnchor>): ArchiveTuple {
  const { record: r, anchors } = f;
  return [[...r.categories], [...r.tags], r.author ?? null, r.source ?? null, encodeSketch(f.sketch), anchorTuple(anchors.title),
    anchors.values.map((v): [number, string, ...AnchorTuple] => [RENAMABLE_FIELDS.indexOf(v.field), v.value, ...anchorTuple(v.at)])];
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isOptionalString = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** The facts in `t`, or undefined when `t` is not a tuple encodeArchiveFacts wrote. */
export function decodeArchiveFacts(t: unknown): ArchiveFacts<PlacedAnchor> | undefined {
  if (!Array.isArray(t) || t.length !== 7 || !isStrings(t[0]) || !isStrings(t[1]) || !isOptionalString(t[2]) || !isOptionalString(t[3]) || !Array.isArray(t[5]) || !Array.isArray(t[6])) return undefined;
  const sketch = decodeSketch(t[4]);
  const title = anchorOf(t[5], 0);
  if (!sketch || !title) return undefined;
  const values: ArchiveFacts<PlacedAnchor>['anchors']['values'] = [];
  for (const v of t[6] as unknown[]) {
    if (!Array.isArray(v) || typeof v[1] !== 'string') return undefined;
    const field = RENAMABLE_FIELDS[v[0] as number];
    const at = anchorOf(v, 2);
    if (field === undefined || !at) return undefined;
    values.push({ field, value: v[1], at });
  }
  return { record: { categories: t[0], tags: t[1], author: t[2], source: t[3] }, sketch, anchors: { title, values } };
}
