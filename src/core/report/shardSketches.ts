/**
 * A shard's sketches (`index --shard K/N --sketches`): what the archive-wide rules know of each
 * of the shard's articles (archiveFactsCodec.ts) and their settings. The map step of the
 * archive-wide rules across a job matrix: each job writes its shard's; `merge` reduces them all
 * to the archive's duplicate groups and variants (./mergeReports.ts), which no shard can see.
 */
import type { HygieneSettings } from '../hygiene/hygieneConfig';
import type { ArchiveFacts } from '../rules/archiveAnchors';
import { ArchiveTuple, decodeArchiveFacts } from './archiveFactsCodec';
import type { PlacedAnchor } from './reportTypes';

export const SKETCHES_FORMAT = 'news-archive-sketches';
export const SKETCHES_VERSION = 1;

export interface SketchesFile {
  format: typeof SKETCHES_FORMAT;
  version: typeof SKETCHES_VERSION;
  /** The archive-wide rules' settings, from the configuration of the run's first path. */
  settings: HygieneSettings;
  /** Each article of the shard, by the path the run named it with (as `check` names it). */
  files: { path: string; archive: ArchiveTuple }[];
}

export interface ShardSketches {
  settings: HygieneSettings;
  files: { path: string; facts: ArchiveFacts<PlacedAnchor> }[];
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

function isSettings(s: unknown): s is HygieneSettings {
  const x = s as Partial<HygieneSettings> | null;
  const d = x?.duplicates;
  const v = x?.vocabulary;
  return !!d && !!v && (d.severity === undefined || SEVERITIES.has(d.severity)) && typeof d.threshold === 'number' && typeof d.sameTitle === 'boolean' &&
    SEVERITIES.has(v.severity) && typeof v.relativeDistance === 'number' && typeof v.maxDistance === 'number';
}

/** Whether `data` says it is a sketches file (then readSketches tells whether it is a good one). */
export function isSketchesData(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === SKETCHES_FORMAT;
}

/** The shard's sketches in `data`, or undefined when it is not a sketches file of this version. */
export function readSketches(data: unknown): ShardSketches | undefined {
  const x = data as Partial<SketchesFile> | null;
  if (!isSketchesData(x) || x!.version !== SKETCHES_VERSION || !isSettings(x!.settings) || !Array.isArray(x!.files)) return undefined;
  const files: ShardSketches['files'] = [];
  for (const f of x!.files as unknown[]) {
    const path = (f as { path?: unknown }).path;
    const facts = decodeArchiveFacts((f as { archive?: unknown }).archive);
    if (typeof path !== 'string' || !facts) return undefined;
    files.push({ path, facts });
  }
  return { settings: x!.settings, files };
}
