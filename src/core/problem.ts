/**
 * What every part of the core says about a file: a problem with its rule, severity and exact
 * offsets, and a fix as data (the fewest text edits, applied in one place: edits.ts). The rules
 * make them, the archive-wide rules too; the editor and the command line put them into words.
 */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Replace `text.slice(start, end)` with `newText` (file offsets, UTF-16 units). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export type ProblemData = Record<string, string | number | boolean>;

export interface Problem {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fix?: Fix;
  data?: ProblemData;
}
