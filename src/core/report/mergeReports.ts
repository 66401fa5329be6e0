/**
 * Merging the reports of a job matrix (`check --shard K/N` in N jobs) into one: our JSON (files
 * concatenated, in path order) or SARIF (one run: the first report's tool and rules, every
 * result, in path order). A file reported by two shards (an overlap) keeps its first report.
 * The archive-wide rules' problems of a shard are about that shard's files only (a duplicate
 * group cut in pieces, a variant counted in one part): merging leaves them out rather than pass
 * a shard's partial groups off as the archive's, and puts in the archive's own where the shards'
 * sketches are given (./shardSketches.ts: map in each job, reduce here), each in its file's order.
 */
import { DUPLICATE_ARTICLE, VOCABULARY_VARIANT } from '../hygiene/hygieneConfig';
import type { Severity } from '../problem';
import { REPORT_RULE_ORDER } from '../rules/archiveProblems';
import { sortPlaced } from '../rules/problemOrder';
import type { ReportRange } from './reportTypes';
import type { SarifLog, SarifResult } from './sarif';
import { isSketchesData, readSketches, ShardSketches } from './shardSketches';

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

/** What a shard job left: its report, or its sketches (`index --shard K/N --sketches`). */
export type ShardInput = ShardReport | { kind: 'sketches'; sketches: ShardSketches } | { kind: 'bad-sketches' };

/** What a shard job's file holds, or undefined when it is none of these. */
export function readShardInput(text: string): ShardInput | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (isSketchesData(data)) {
    const sketches = readSketches(data);
    return sketches ? { kind: 'sketches', sketches } : { kind: 'bad-sketches' };
  }
  return shardReportOf(data);
}

/** What a report's text holds, or undefined when it is neither kind. */
export function readShardReport(text: string): ShardReport | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  return shardReportOf(data);
}

function shardReportOf(data: unknown): ShardReport | undefined {
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

/** A problem of our JSON or SARIF as the one problem order reads it. */
interface Ordered<T> {
  rule: string;
  severity: Severity;
  range: ReportRange;
  item: T;
}

function jsonOrdered(d: unknown): Ordered<unknown> {
  const x = d as { rule: string; severity: Severity; range: ReportRange };
  return { rule: x.rule, severity: x.severity, range: x.range, item: d };
}

function sarifOrdered(r: SarifResult): Ordered<SarifResult> {
  const g = r.locations[0]?.physicalLocation.region;
  const severity = (r.properties?.severity as Severity | undefined) ?? (r.level === 'note' ? 'info' : r.level === 'none' ? 'hint' : r.level);
  const range: ReportRange = g
    ? { start: { line: g.startLine, character: g.startColumn }, end: { line: g.endLine ?? g.startLine, character: g.endColumn ?? g.startColumn } }
    : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { rule: r.ruleId, severity, range, item: r };
}

/** Each file's diagnostics with the archive's own archive-wide ones (by path) among them, in the report's order. */
export function withArchiveJson(files: readonly JsonReportFile[], archive: ReadonlyMap<string, readonly unknown[]>): JsonReportFile[] {
  return files.map((f) => {
    const more = archive.get(f.path);
    if (!more?.length) return f;
    return { ...f, diagnostics: sortPlaced([...f.diagnostics, ...more].map(jsonOrdered), REPORT_RULE_ORDER).map((o) => o.item) };
  });
}

/** The merged log with the archive's own archive-wide results among each file's, in the report's order. */
export function withArchiveSarif(log: SarifLog, archive: readonly SarifResult[]): SarifLog {
  if (archive.length === 0) return log;
  const byFile = new Map<string, SarifResult[]>();
  for (const r of [...log.runs[0].results, ...archive]) {
    const uri = uriOf(r);
    const list = byFile.get(uri);
    if (list) list.push(r);
    else byFile.set(uri, [r]);
  }
  const results = [...byFile.entries()]
    .sort((a, b) => byCodePoint(a[0], b[0]))
    .flatMap(([, list]) => sortPlaced(list.map(sarifOrdered), REPORT_RULE_ORDER).map((o) => o.item));
  return { ...log, runs: [{ ...log.runs[0], results }] };
}
