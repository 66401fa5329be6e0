/**
 * A `check` run as data, for the formats CI reads (SARIF, GitHub annotations, JUnit, our JSON):
 * each file's problems with editor positions (0-based lines, UTF-16 characters), the fix as
 * positioned edits, and a fingerprint of the text at fault (./fingerprint.ts) for baselines.
 * Messages are already in the run's language: the front end put them into words.
 */
import type { MessageArgs, Severity } from '../problem';

export interface ReportPosition {
  /** 0-based. */
  line: number;
  /** 0-based, in UTF-16 code units, as the editor and SARIF's default columnKind count. */
  character: number;
}

export interface ReportRange {
  start: ReportPosition;
  end: ReportPosition;
}

export interface ReportFix {
  /** The fix's title in the run's language. */
  message: string;
  edits: { range: ReportRange; newText: string }[];
}

/**
 * A problem placed in its file, with its message still as data: what the cache keeps, and what
 * a run turns into a ReportDiagnostic in its language.
 */
export interface PositionedProblem {
  rule: string;
  severity: Severity;
  messageId: string;
  args: MessageArgs;
  range: ReportRange;
  fix?: { messageId: string; args: MessageArgs; edits: { range: ReportRange; newText: string }[] };
  fingerprint: string;
  /** Other files the problem is about (archive-wide rules: the nearest copies), each with a message of the rule. */
  related?: { path: string; messageId: string; args: MessageArgs }[];
  /** Further files it is about, not listed. */
  relatedMore?: number;
}

/** An archive-wide anchor placed in its file (rules/archiveAnchors.ts), fingerprinted as its problem is. */
export interface PlacedAnchor {
  range: ReportRange;
  fingerprint: string;
}

/** Whether a baseline (../report/baseline.ts) knew the problem: SARIF's `baselineState`. */
export type BaselineState = 'new' | 'unchanged';

export interface ReportDiagnostic {
  rule: string;
  severity: Severity;
  /** The message as data, the same in every language: for tools that group problems. */
  messageId: string;
  args: MessageArgs;
  /** The message in the run's language. */
  message: string;
  fixable: boolean;
  range: ReportRange;
  fix?: ReportFix;
  /** Stable under edits elsewhere in the file (./fingerprint.ts). */
  fingerprint: string;
  /** Other files the problem is about, with what each is, in the run's language. */
  related?: RelatedFile[];
  relatedMore?: number;
  /** Set only when the run compared against a baseline. */
  baselineState?: BaselineState;
}

export interface RelatedFile {
  path: string;
  message: string;
}

export interface ReportFile {
  /** As the run named it (relative to the working folder, or absolute). */
  path: string;
  diagnostics: ReportDiagnostic[];
}

/** What a report says about a rule: SARIF's `reportingDescriptor`, `news-archive rules`. */
export interface RuleInfo {
  id: string;
  description: string;
  severity: Severity | 'off';
  fixable: boolean;
  /** Needs the whole archive (duplicates, vocabulary) rather than one file. */
  archiveWide: boolean;
}
