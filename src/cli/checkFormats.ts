/**
 * The output formats of `check` (and of `merge`): compiler-style text, our JSON, SARIF 2.1.0,
 * GitHub workflow-command annotations and JUnit XML. Each takes the run's files as report data.
 */
import * as path from 'node:path';
import { githubAnnotations } from '../core/report/githubAnnotations';
import { junitReport } from '../core/report/junit';
import { ruleCatalog } from '../core/report/ruleCatalog';
import type { ReportDiagnostic, ReportFile } from '../core/report/reportTypes';
import { sarifLog, sarifResults } from '../core/report/sarif';
import type { CheckFormat } from './checkOptions';
import { currentLocale, t } from './l10n';
import { TOOL_VERSION } from './version';

export { CHECK_FORMATS } from './checkOptions';
export type { CheckFormat } from './checkOptions';

/** One problem in our JSON output: the report's diagnostic without its fix and fingerprint. */
export type JsonDiagnostic = Pick<ReportDiagnostic, 'rule' | 'severity' | 'messageId' | 'args' | 'message' | 'fixable' | 'range' | 'related' | 'relatedMore' | 'baselineState'>;

export interface JsonFileResult {
  path: string;
  diagnostics: JsonDiagnostic[];
}

export function jsonResults(files: readonly ReportFile[]): JsonFileResult[] {
  return files.map((f) => ({
    path: f.path,
    diagnostics: f.diagnostics.map((d) => {
      const j: JsonDiagnostic = { rule: d.rule, severity: d.severity, messageId: d.messageId, args: d.args, message: d.message, fixable: d.fixable, range: d.range };
      if (d.related) j.related = d.related;
      if (d.relatedMore) j.relatedMore = d.relatedMore;
      if (d.baselineState) j.baselineState = d.baselineState;
      return j;
    }),
  }));
}

/** Paths as GitHub names them: relative to the working folder (the checkout), with `/`. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), path.resolve(file));
  return (rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(file) : rel).split(path.sep).join('/');
}

export function textLines(files: readonly ReportFile[]): string[] {
  const lines: string[] = [];
  for (const f of files) {
    for (const d of f.diagnostics) {
      const { line, character } = d.range.start;
      const known = d.baselineState === 'unchanged' ? ` ${t('(in the baseline)')}` : '';
      lines.push(`${f.path}:${line + 1}:${character + 1} ${d.severity} ${d.rule} ${d.message}${known}`);
    }
  }
  return lines;
}

/**
 * A format whose output is a head, each file's part (its own, whatever the other files), the
 * parts joined by a separator, and a tail: what lets `check --cache` keep each file's part ready
 * to emit. An empty part joins nothing. JUnit's head counts every file's cases: it has no pieces.
 */
export interface ReportPieces {
  part(file: ReportFile): string;
  separator: string;
  /** The head and tail around one or more parts; `empty` is the whole output when no file has a part. */
  head: string;
  tail: string;
  empty: string;
}

const PARTS = '\u0000parts\u0000';

/** `JSON.stringify(value, null, 2)` as it reads at `depth` levels of nesting. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** Head and tail of a JSON document whose array holding PARTS (at `depth`) takes the parts. */
function around(document: unknown, depth: number): { head: string; tail: string; separator: string } {
  const text = JSON.stringify(document, null, 2);
  const mark = JSON.stringify(PARTS);
  const at = text.indexOf(mark);
  return { head: text.slice(0, at), tail: text.slice(at + mark.length), separator: `,\n${'  '.repeat(depth)}` };
}

export function reportPieces(format: CheckFormat): ReportPieces | undefined {
  switch (format) {
    case 'text':
      return { part: (f) => textLines([f]).join('\n'), separator: '\n', head: '', tail: '', empty: '' };
    case 'github': {
      const note = t('in the baseline');
      return { part: (f) => githubAnnotations([f], displayPath, note).join('\n'), separator: '\n', head: '', tail: '', empty: '' };
    }
    case 'json':
      return { part: (f) => nested(jsonResults([f])[0], 1), ...around([PARTS], 1), empty: JSON.stringify([], null, 2) };
    case 'sarif': {
      // Without indentation: tools read SARIF, and at 50,000 posts it is 159 MB instead of 294
      // (a warm `check --cache` emits every byte of it again).
      const options = { rules: ruleCatalog(currentLocale()), toolVersion: TOOL_VERSION, root: process.cwd(), locale: currentLocale() };
      const log = sarifLog([], options);
      const empty = JSON.stringify(log);
      log.runs[0].results = [PARTS as never];
      const text = JSON.stringify(log);
      const mark = JSON.stringify(PARTS);
      const at = text.indexOf(mark);
      const pieces = { head: text.slice(0, at), tail: text.slice(at + mark.length), separator: ',' };
      const index = new Map(log.runs[0].tool.driver.rules.map((r, i) => [r.id, i]));
      return { part: (f) => sarifResults([f], options, index).map((r) => JSON.stringify(r)).join(','), ...pieces, empty };
    }
    case 'junit':
      return undefined;
  }
}

/** The output of pieces for `parts` (each file's, empty ones included). */
export function joinParts(pieces: ReportPieces, parts: readonly string[]): string {
  const some = parts.filter((p) => p !== '');
  return some.length === 0 ? pieces.empty : pieces.head + some.join(pieces.separator) + pieces.tail;
}

/** The whole output of a non-text format, for stdout; `withBaseline` when the run was marked against a baseline. */
export function formatReport(format: Exclude<CheckFormat, 'text'>, files: readonly ReportFile[], withBaseline: boolean): string {
  const pieces = reportPieces(format);
  return pieces ? joinParts(pieces, files.map(pieces.part)) : junitReport(files, t('in the baseline'), withBaseline);
}
