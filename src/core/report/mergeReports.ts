/**
 * Merging the reports of a job matrix (`check --shard K/N` in N jobs) into one: our JSON (files
 * concatenated, in path order) or SARIF (one run: the first report's tool and rules, every
 * result, in path order). A file reported by two shards (an overlap) keeps its first report.
 * The archive-wide rules' problems of a shard are about that shard's files only (a duplicate
 * group cut in pieces, a variant counted in one part): merging leaves them out rather than pass
 * a shard's partial groups off as the archive's.
 */
import { DUPLICATE_ARTICLE, VOCABULARY_VARIANT } from '../hygiene/hygieneConfig';
import type { SarifLog, SarifResult } from './sarif';

/** The rules whose problems a shard finds only among its own files. */
export const SHARD_PARTIAL_RULES: ReadonlySet<string> = new Set([DUPLICATE_ARTICLE, VOCABULARY_VARIANT]);

/** How many of the reports' problems are of the shard-partial rules (and left out by merging). */
export function partialProblems(report: ShardReport): number {
  if (report.kind === 'sarif') return report.log.runs[0].results.filter((r) => SHARD_PARTIAL_RULES.has(r.ruleId)).length;
  return report.files.reduce((n, f) => n + f.diagnostics.filter(isPartial).length, 0);
}

function isPartial(d: unknown): boolean {
  const rule = (d as { rule?: unknown }).rule;
  return typeof rule === 'string' && SHARD_PARTIAL_RULES.has(rule);
}

export interface JsonReportFile {
  path: string;
  diagnostics: unknown[];
}

export type ShardReport = { kind: 'json'; files: JsonReportFile[] } | { kind: 'sarif'; log: SarifLog };

/** What a report's text holds, or undefined when it is neither kind. */
export function readShardReport(text: string): ShardReport | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (Array.isArray(data) && data.every((f) => typeof f === 'object' && f !== null && typeof (f as JsonReportFile).path === 'string' && Array.isArray((f as JsonReportFile).diagnostics))) {
    return { kind: 'json', files: data as JsonReportFile[] };
  }
  const log = data as Partial<SarifLog> | null;
  if (log && log.version === '2.1.0' && Array.isArray(log.runs) && log.runs.length === 1 && Array.isArray(log.runs[0].results)) return { kind: 'sarif', log: log as SarifLog };
  return undefined;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function mergeJson(reports: readonly JsonReportFile[][]): JsonReportFile[] {
  const seen = new Map<string, JsonReportFile>();
  for (const files of reports) for (const f of files) if (!seen.has(f.path)) seen.set(f.path, { ...f, diagnostics: f.diagnostics.filter((d) => !isPartial(d)) });
  return [...seen.values()].sort((a, b) => byCodePoint(a.path, b.path));
}

function uriOf(r: SarifResult): string {
  return r.locations[0]?.physicalLocation.artifactLocation.uri ?? '';
}

export function mergeSarif(logs: readonly SarifLog[]): SarifLog {
  const [first] = logs;
  const owner = new Map<string, number>();
  const results: SarifResult[] = [];
  logs.forEach((log, i) => {
    for (const r of log.runs[0].results) {
      if (SHARD_PARTIAL_RULES.has(r.ruleId)) continue;
      const uri = uriOf(r);
      const at = owner.get(uri);
      if (at !== undefined && at !== i) continue;
      owner.set(uri, i);
      results.push(r);
    }
  });
  // Stable: a file's results keep their order.
  const sorted = results.map((r, i) => ({ r, i })).sort((a, b) => byCodePoint(uriOf(a.r), uriOf(b.r)) || a.i - b.i).map((x) => x.r);
  return { ...first, runs: [{ ...first.runs[0], results: sorted }] };
}
