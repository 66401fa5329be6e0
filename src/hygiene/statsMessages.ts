/**
 * The messages between the stats dashboard's page (media/stats.js, built from webview/main.ts)
 * and the extension: one typed union each way, shared by both sides. Guards in
 * statsMessageGuards.ts narrow what each side receives.
 */
import type { ArchiveStats } from '../core/hygiene/stats';
import type { DuplicateReason } from '../core/hygiene/duplicates';
import type { DuplicateGroupSummary } from '../core/hygiene/duplicateSummary';
import type { VocabularyField } from '../core/hygiene/vocabulary';

/** Every word the page shows, already in the display language. */
export interface StatsLabels {
  title: string;
  articles: string;
  undated: string;
  withoutSource: string;
  withoutCategory: string;
  problems: string;
  duplicateGroups: string;
  vocabularyClusters: string;
  perMonth: string;
  perSource: string;
  perCategory: string;
  perAuthor: string;
  problemsPerRule: string;
  duplicates: string;
  vocabulary: string;
  compare: string;
  /** `{0}`: the spelling to rename to. */
  rename: string;
  none: string;
  /** `{0}`: how many more rows there are. */
  more: string;
  mixed: string;
  /** `{0}`: the share of the text two articles have in common, in percent. */
  alike: string;
  /** `{0}`: the number of articles in a duplicate group. */
  groupSize: string;
  /** `{0}`: members not shown yet. */
  showMore: string;
  /** `{0}`: members the page was not sent (the Duplicates view lists them). */
  inView: string;
  fields: Record<VocabularyField, string>;
  reasons: Record<DuplicateReason, string>;
}

/**
 * `stats.duplicates.groups` stays empty: the groups travel as `duplicateGroups`, one row a group
 * with at most 2,000 of its members, so a cluster of thousands stays a small message.
 */
export type ToStatsView = { type: 'stats'; stats: ArchiveStats; duplicateGroups: DuplicateGroupSummary[]; problemsNote: string; labels: StatsLabels };

/** What the page drew, reported back after each render (the tests read it: a webview's DOM is not readable through VS Code's API). */
export interface StatsRendered {
  articles: number;
  /** The problems figure as drawn. */
  problems: number;
  sections: number;
  bars: number;
  months: number;
  /** The field badges of the vocabulary list, as shown. */
  fieldLabels: string[];
  /** Duplicate groups drawn, and their members drawn (a page of each). */
  duplicateGroups: number;
  duplicateMembers: number;
}

export type RenamableField = 'categories' | 'tags' | 'author';

export type FromStatsView =
  | { type: 'ready' }
  | ({ type: 'rendered' } & StatsRendered)
  | { type: 'compare'; a: string; b: string }
  | { type: 'rename'; field: RenamableField; from: string; to: string };
