/**
 * The output formats of `check` (and of `merge`): compiler-style text, our JSON, SARIF 2.1.0,
 * GitHub workflow-command annotations and JUnit XML. Each takes the run's files as report data.
 */
import * as path from 'node:path';
import { githubAnnotations } from '../core/report/githubAnnotations';
import { junitReport } from '../core/report/junit';
import { ruleCatalog } from '../core/report/ruleCatalog';
import type { ReportDiagnostic, ReportFile } from '../core/report/reportTypes';
import { sarifLog } from '../core/report/sarif';
import { currentLocale, t } from './l10n';
import { TOOL_VERSION } from './version';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

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

/** The whole output of a non-text format, for stdout. */
export function formatReport(format: Exclude<CheckFormat, 'text'>, files: readonly ReportFile[]): string {
  switch (format) {
    case 'json':
      return JSON.stringify(jsonResults(files), null, 2);
    case 'sarif':
      return JSON.stringify(sarifLog(files, { rules: ruleCatalog(currentLocale()), toolVersion: TOOL_VERSION, root: process.cwd(), locale: currentLocale() }), null, 2);
    case 'github':
      return githubAnnotations(files, displayPath, t('in the baseline')).join('\n');
    case 'junit':
      return junitReport(files, t('in the baseline'));
  }
}
