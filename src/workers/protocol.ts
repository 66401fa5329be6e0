/**
 * What the extension host and the archive processes say to each other: one request a job, one
 * reply a job (a job is a batch of files, so results reach the host in batches). Everything is
 * structured-cloneable data, as the IPC channel's 'advanced' serialization carries it: entries,
 * counts, sketches, problems with their line ranges.
 */
import type { ArchiveConfig } from '../core/config/archiveConfig';
import type { HygieneSettings } from '../core/hygiene/hygieneConfig';
import type { PackedArchive, PackedFindings } from './findingsCodec';
import type { VocabularyValues } from '../core/rules/archiveCounts';
import type { VocabularyRecord } from '../core/hygiene/vocabulary';
import type { DuplicateSketch } from '../core/hygiene/duplicateSketch';
import type { IndexEntry } from '../core/index/records/indexEntry';
import type { Problem, TextEdit } from '../core/problem';
import type { ProblemCounts } from '../core/problemCounts';

/** A file for the pass: which of the job's configurations applies, and the stamp the host already knows it by. */
export interface PassFile {
  path: string;
  config: number;
  /** mtime and size of the entry the host holds with counts; a match means nothing need be read. */
  known?: readonly [number, number];
}

/** Line and character of start and end, as VS Code counts them. */
export type LineRange = readonly [number, number, number, number];

export interface PlacedProblem {
  problem: Problem;
  range: LineRange;
}

export interface PlacedEdit {
  edit: TextEdit;
  range: LineRange;
}

export type JobRequest =
  | { kind: 'list'; roots: string[]; files: string; exclude: string[] }
  /** The one background pass: the index entry, its problem counts and (when asked) the duplicate sketch. */
  | { kind: 'pass'; files: PassFile[]; configs: ArchiveConfig[]; sketches: boolean }
  /** Duplicate sketches of files the index knows (a warm start read none). */
  | { kind: 'sketch'; files: { path: string; title: string | undefined; record: Pick<VocabularyRecord, 'categories' | 'tags' | 'author'> }[] }
  /** Every problem of each file, placed. */
  | { kind: 'validate'; files: PassFile[]; configs: ArchiveConfig[] }
  /** Each file's problem counts as Validate Archive counts them (its placed problems are asked for only where the Problems panel shows them). */
  | { kind: 'count'; files: PassFile[]; configs: ArchiveConfig[] }
  /** Fix All's edits for each file that has fixable problems. */
  | { kind: 'fix'; files: PassFile[]; configs: ArchiveConfig[] }
  /** The archive-wide rules' findings over what the index knows of every article (no file is read), packed (findingsCodec.ts), and each file's problems counted. */
  | { kind: 'findings'; files: PackedArchive; settings: HygieneSettings };

/**
 * The findings as data, the duplicate groups by file index (findingsCodec.ts): the host rebuilds
 * them with its own path strings and makes the lookup (maps by path). `counts`: the archive-wide
 * problems of each file that has any, by the file's index in the request (core/rules/archiveCounts.ts).
 */
export type FindingsResult = PackedFindings & { counts: [number, ProblemCounts][] };

/** A file's duplicate sketch and, where they differ from its record's, its vocabulary values. */
export interface SketchResult {
  sketch: DuplicateSketch;
  values?: VocabularyValues;
}

export type PassResult =
  | { path: string; kind: 'unchanged' }
  | { path: string; kind: 'other'; mtime: number; size: number }
  | { path: string; kind: 'unreadable'; reason: string }
  | { path: string; kind: 'article'; entry: IndexEntry; sketch: DuplicateSketch | undefined; values?: VocabularyValues };

export type CountResult =
  | { path: string; kind: 'article'; counts: ProblemCounts }
  | { path: string; kind: 'other' | 'unreadable' };

export type ValidateResult =
  | { path: string; kind: 'article'; problems: PlacedProblem[] }
  | { path: string; kind: 'other' | 'unreadable' };

export interface FixResult {
  path: string;
  mtime: number;
  /** The text the edits were made against, and the text they make (what Fix All's summary checks). */
  before: string;
  after: string;
  edits: PlacedEdit[];
  fixed: number;
}

export interface JobResults {
  list: string[];
  pass: PassResult[];
  sketch: (SketchResult | undefined)[];
  validate: ValidateResult[];
  count: CountResult[];
  /** The articles read, and the fixes of those that have any. */
  fix: { articles: number; fixes: FixResult[] };
  findings: FindingsResult;
}

export type WorkerRequest = { id: number; job: JobRequest };

/** Every reply says how big the archive process's resident set is after the job (bytes), for the pool's `rssBytes`. */
export type WorkerReply =
  | { id: number; ok: true; result: JobResults[JobRequest['kind']]; rss: number }
  | { id: number; ok: false; error: string; rss: number };
