/**
 * The archive in figures, for `news-archive stats` and the stats dashboard: totals, articles per
 * month (UTC, from the date Hexo reads), per source and per category value, problems per rule,
 * duplicate groups and vocabulary clusters.
 */
import type { ArticleRecord } from '../index/articleRecord';
import type { DuplicateGroup, DuplicateReason, DuplicateReport } from './duplicates';
import { MixedScriptValue, VOCABULARY_FIELDS, VocabularyCluster, VocabularyField, VocabularyReport, VocabularyValue } from './vocabulary';

export interface Count {
  key: string;
  count: number;
}

export interface ArchiveStats {
  totals: {
    articles: number;
    undated: number;
    withoutSource: number;
    withoutCategory: number;
    /** Problems found by the validation rules (0 when they were not run). */
    problems: number;
    duplicateGroups: number;
    articlesInDuplicateGroups: number;
    vocabularyClusters: number;
  };
  /** `YYYY-MM` in UTC, oldest first; months without articles inside the range are listed as 0. */
  perMonth: Count[];
  perSource: Count[];
  perCategory: Count[];
  perAuthor: Count[];
  /** undefined when the rules were not run. */
  problemsPerRule: Count[] | undefined;
  duplicates: {
    byReason: Record<DuplicateReason, number>;
    groups: DuplicateGroup[];
  };
  vocabulary: Record<VocabularyField, { distinct: number; clusters: VocabularyCluster[]; mixedScript: MixedScriptValue[] }>;
}

export interface StatsInput {
  records: readonly (Pick<ArticleRecord, 'date' | 'source'> & { readonly categories: readonly string[] })[];
  duplicates: DuplicateReport;
  vocabulary: VocabularyReport;
  /** Problems per rule id, when the validation rules were run. */
  problemsPerRule?: ReadonlyMap<string, number>;
}

function byCountThenKey(a: Count, b: Count): number {
  return b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function toCounts(values: readonly VocabularyValue[]): Count[] {
  return values.map((v) => ({ key: v.value, count: v.count }));
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

export function archiveStats(input: StatsInput): ArchiveStats {
  const months = new Map<string, number>();
  let undated = 0;
  let withoutSource = 0;
  let withoutCategory = 0;
  for (const r of input.records) {
    if (r.date) {
      const month = r.date.slice(0, 7);
      months.set(month, (months.get(month) ?? 0) + 1);
    } else undated++;
    if (!r.source) withoutSource++;
    if (r.categories.length === 0) withoutCategory++;
  }
  const sortedMonths = [...months.keys()].sort();
  const perMonth = sortedMonths.length
    ? monthsBetween(sortedMonths[0], sortedMonths[sortedMonths.length - 1]).map((key) => ({ key, count: months.get(key) ?? 0 }))
    : [];
  const byReason: Record<DuplicateReason, number> = { exact: 0, similar: 0, title: 0 };
  for (const g of input.duplicates.groups) byReason[g.reason]++;
  const vocabulary = {} as ArchiveStats['vocabulary'];
  let clusters = 0;
  for (const field of VOCABULARY_FIELDS) {
    const v = input.vocabulary[field];
    vocabulary[field] = { distinct: v.values.length, clusters: v.clusters, mixedScript: v.mixedScript };
    clusters += v.clusters.length;
  }
  const problemsPerRule = input.problemsPerRule
    ? [...input.problemsPerRule].map(([key, count]) => ({ key, count })).sort(byCountThenKey)
    : undefined;
  return {
    totals: {
      articles: input.records.length,
      undated,
      withoutSource,
      withoutCategory,
      problems: problemsPerRule ? problemsPerRule.reduce((n, c) => n + c.count, 0) : 0,
      duplicateGroups: input.duplicates.groups.length,
      articlesInDuplicateGroups: input.duplicates.groups.reduce((n, g) => n + g.members.length, 0),
      vocabularyClusters: clusters,
    },
    perMonth,
    perSource: toCounts(input.vocabulary.source.values),
    perCategory: toCounts(input.vocabulary.categories.values),
    perAuthor: toCounts(input.vocabulary.author.values),
    problemsPerRule,
    duplicates: { byReason, groups: input.duplicates.groups },
    vocabulary,
  };
}
