/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run; the tool's rules with their help URLs
 * and default levels; each result with its rule, level, message, one location whose region is
 * 1-based lines and columns counted in UTF-16 code units (the run says so in `columnKind`), a
 * partial fingerprint for code scanning to follow it across commits, the fix where the rule has
 * one, and `baselineState` when the run compared against a baseline. Paths under the working
 * folder are relative URIs against `%SRCROOT%`, as code scanning expects. The messages and the
 * rules' help URLs are in the run's language (`run.language`, an RFC 5646 tag).
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../locale';
import type { Severity } from '../problem';
import { DOCS_URL, ruleHelpUri } from './ruleCatalog';
import type { BaselineState, ReportFile, ReportRange, RuleInfo } from './reportTypes';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partialFingerprints key of our fingerprints (./fingerprint.ts); bump it when they change. */
export const FINGERPRINT_KEY = 'newsArchive/v1';
const SRCROOT = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  /** Absent means `fail`; `merge --baseline` writes `pass` for a baseline's problem that is gone. */
  kind?: 'pass';
  level: SarifLevel;
  message: { text: string };
  /** No region only for a baseline's problem that is gone (./mergeBaseline.ts). */
  locations: { physicalLocation: { artifactLocation: SarifArtifactLocation; region?: SarifRegion } }[];
  partialFingerprints?: Record<string, string>;
  /** `absent` only in `merge --baseline`'s log. */
  baselineState?: BaselineState | 'absent';
  fixes?: {
    description: { text: string };
    artifactChanges: { artifactLocation: SarifArtifactLocation; replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[] }[];
  }[];
  properties?: { severity: Severity; messageId: string };
}

export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel; enabled?: boolean };
  properties: { fixable: boolean; archiveWide: boolean };
}

export interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
  language: string;
  columnKind: 'utf16CodeUnits';
  originalUriBaseIds?: Record<string, { uri: string }>;
  results: SarifResult[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifOptions {
  rules: readonly RuleInfo[];
  toolVersion: string;
  /** The folder relative paths are relative to (`%SRCROOT%`): the working folder. */
  root: string;
  /** The language of the messages; the help URLs open that language's README. Default English. */
  locale?: Locale;
}

const LANGUAGE_TAG: Readonly<Record<Locale, string>> = { en: 'en-US', 'zh-cn': 'zh-CN' };

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function region(range: ReportRange): SarifRegion {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A relative URI under the root (each segment percent-encoded), else an absolute file: URI. */
export function artifactLocation(file: string, root: string): SarifArtifactLocation {
  const absolute = path.resolve(root, file);
  const rel = path.relative(root, absolute);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export function sarifRules(rules: readonly RuleInfo[], locale: Locale = 'en'): SarifRule[] {
  return rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description },
    helpUri: ruleHelpUri(r.id, locale),
    defaultConfiguration: r.severity === 'off' ? { level: 'warning', enabled: false } : { level: sarifLevel(r.severity) },
    properties: { fixable: r.fixable, archiveWide: r.archiveWide },
  }));
}

export function sarifLog(files: readonly ReportFile[], options: SarifOptions): SarifLog {
  const locale = options.locale ?? 'en';
  const rules = sarifRules(options.rules, locale);
  const results = sarifResults(files, options, new Map(rules.map((r, i) => [r.id, i])));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'news-archive', version: options.toolVersion, informationUri: DOCS_URL, rules } },
      language: LANGUAGE_TAG[locale],
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.root.endsWith(path.sep) ? options.root : options.root + path.sep).href } },
      results,
    }],
  };
}

/** The results of `files`, in order; `index` gives each rule's place in the log's rules. */
export function sarifResults(files: readonly ReportFile[], options: SarifOptions, index: ReadonlyMap<string, number>): SarifResult[] {
  const results: SarifResult[] = [];
  for (const file of files) {
    const location = artifactLocation(file.path, options.root);
    for (const d of file.diagnostics) {
      const result: SarifResult = {
        ruleId: d.rule,
        level: sarifLevel(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(d.range) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: d.fingerprint },
        properties: { severity: d.severity, messageId: d.messageId },
      };
      const at = index.get(d.rule);
      if (at !== undefined) result.ruleIndex = at;
      if (d.baselineState) result.baselineState = d.baselineState;
      if (d.fix) {
        result.fixes = [{
          description: { text: d.fix.message },
          artifactChanges: [{ artifactLocation: location, replacements: d.fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) }],
        }];
      }
      results.push(result);
    }
  }
  return results;
}
