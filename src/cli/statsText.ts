/**
 * The text form of `news-archive stats`: short sections with bar charts for a terminal, in the
 * run's language, lined up in terminal columns (a Chinese category takes two a character).
 */
import type { DuplicateReason } from '../core/hygiene/duplicates';
import type { ArchiveStats, Count } from '../core/hygiene/stats';
import { VOCABULARY_FIELDS, VocabularyField } from '../core/hygiene/vocabulary';
import { count, t } from './l10n';
import { padEnd, padStart, textWidth } from './textWidth';

const TOP = 15;
const BAR_WIDTH = 30;

function bars(counts: readonly Count[], limit = TOP): string[] {
  const shown = counts.slice(0, limit);
  const max = Math.max(1, ...shown.map((c) => c.count));
  const keyWidth = Math.max(0, ...shown.map((c) => textWidth(c.key)));
  const lines = shown.map((c) => {
    const bar = '█'.repeat(Math.max(c.count > 0 ? 1 : 0, Math.round((c.count / max) * BAR_WIDTH)));
    return `  ${padEnd(c.key, keyWidth)}  ${padStart(String(c.count), 6)}  ${bar}`;
  });
  if (counts.length > limit) lines.push(`  ${t('… {0} more', counts.length - limit)}`);
  return lines;
}

/** Runs of three or more empty months become one line, so a sparse decade stays readable. */
function collapseEmptyMonths(lines: string[], months: readonly Count[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < months.length; ) {
    let j = i;
    while (j < months.length && months[j].count === 0) j++;
    if (j - i >= 3) {
      out.push(`  ${t('{0} … {1}: none', months[i].key, months[j - 1].key)}`);
      i = j;
    } else {
      out.push(lines[i]);
      i++;
    }
  }
  return out;
}

const heading = (label: string) => t('{0}:', label);

function reasonText(reason: DuplicateReason): string {
  switch (reason) {
    case 'exact':
      return t('same text');
    case 'similar':
      return t('similar text');
    case 'title':
      return t('same title');
  }
}

function fieldText(field: VocabularyField): string {
  switch (field) {
    case 'categories':
      return t('Categories');
    case 'tags':
      return t('Tags');
    case 'author':
      return t('Authors');
    case 'source':
      return t('Sources');
  }
}

export function formatStatsText(stats: ArchiveStats): string {
  const s = stats.totals;
  const out: string[] = [];
  out.push(t('{0}: {1} undated, {2} without a source, {3} without a category', count('article', s.articles), s.undated, s.withoutSource, s.withoutCategory));
  out.push(t('{0}, {1} ({2} in them), {3}', count('problem', s.problems), count('duplicateGroup', s.duplicateGroups), count('article', s.articlesInDuplicateGroups), count('vocabularyCluster', s.vocabularyClusters)));
  out.push('', heading(t('Articles per month (UTC)')), ...collapseEmptyMonths(bars(stats.perMonth, Infinity), stats.perMonth));
  out.push('', heading(t('Sources')), ...bars(stats.perSource));
  out.push('', heading(t('Categories')), ...bars(stats.perCategory));
  out.push('', heading(t('Authors')), ...bars(stats.perAuthor));
  if (stats.problemsPerRule) out.push('', heading(t('Problems per rule')), ...bars(stats.problemsPerRule, Infinity));
  const r = stats.duplicates.byReason;
  out.push('', t('Duplicates: {0} ({1} same text, {2} similar, {3} same title)', count('group', stats.duplicates.groups.length), r.exact, r.similar, r.title));
  for (const g of stats.duplicates.groups.slice(0, TOP)) {
    out.push(`  ${heading(reasonText(g.reason))}`);
    for (const p of g.pairs) out.push(`    ${p.a}`, `      ≈ ${p.b} ${t('({0}, similarity {1})', reasonText(p.reason), p.similarity.toFixed(2))}`);
  }
  if (stats.duplicates.groups.length > TOP) out.push(`  ${count('moreGroup', stats.duplicates.groups.length - TOP)}`);
  out.push('', heading(t('Vocabulary clusters (the spelling to keep first)')));
  for (const field of VOCABULARY_FIELDS) {
    const v = stats.vocabulary[field];
    out.push(`  ${t('{0}: {1}, {2}, {3} mixing traditional and simplified', fieldText(field), count('distinctValue', v.distinct), count('cluster', v.clusters.length), v.mixedScript.length)}`);
    for (const c of v.clusters.slice(0, TOP)) out.push(`    ${c.values.map((x) => `${x.value} (${x.count})`).join(' ~ ')}`);
    for (const m of v.mixedScript.slice(0, TOP)) out.push(`    ${t('mixed: {0} ({1})', m.value, m.count)}${m.suggestion ? ` → ${m.suggestion}` : ''}`);
  }
  return out.join('\n');
}
