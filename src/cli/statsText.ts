/**
 * The text form of `news-archive stats`: short sections with bar charts for a terminal.
 */
import type { ArchiveStats, Count } from '../core/hygiene/stats';
import { VOCABULARY_FIELDS } from '../core/hygiene/vocabulary';

const TOP = 15;
const BAR_WIDTH = 30;

function bars(counts: readonly Count[], limit = TOP): string[] {
  const shown = counts.slice(0, limit);
  const max = Math.max(1, ...shown.map((c) => c.count));
  const keyWidth = Math.max(0, ...shown.map((c) => displayWidth(c.key)));
  const lines = shown.map((c) => {
    const bar = '█'.repeat(Math.max(c.count > 0 ? 1 : 0, Math.round((c.count / max) * BAR_WIDTH)));
    return `  ${c.key}${' '.repeat(keyWidth - displayWidth(c.key))}  ${String(c.count).padStart(6)}  ${bar}`;
  });
  if (counts.length > limit) lines.push(`  … ${counts.length - limit} more`);
  return lines;
}

/** Columns a string takes in a terminal: East Asian wide characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) || ch.codePointAt(0)! > 0xffff ? 2 : 1;
  return w;
}

/** Runs of three or more empty months become one line, so a sparse decade stays readable. */
function collapseEmptyMonths(lines: string[], months: readonly Count[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < months.length; ) {
    let j = i;
    while (j < months.length && months[j].count === 0) j++;
    if (j - i >= 3) {
      out.push(`  ${months[i].key} … ${months[j - 1].key}: none`);
      i = j;
    } else {
      out.push(lines[i]);
      i++;
    }
  }
  return out;
}

export function formatStatsText(stats: ArchiveStats): string {
  const t = stats.totals;
  const out: string[] = [];
  out.push(`${t.articles} articles: ${t.undated} undated, ${t.withoutSource} without a source, ${t.withoutCategory} without a category`);
  out.push(`${t.problems} problems, ${t.duplicateGroups} duplicate groups (${t.articlesInDuplicateGroups} articles), ${t.vocabularyClusters} vocabulary clusters`);
  out.push('', 'Articles per month (UTC):', ...collapseEmptyMonths(bars(stats.perMonth, Infinity), stats.perMonth));
  out.push('', 'Sources:', ...bars(stats.perSource));
  out.push('', 'Categories:', ...bars(stats.perCategory));
  out.push('', 'Authors:', ...bars(stats.perAuthor));
  if (stats.problemsPerRule) out.push('', 'Problems per rule:', ...bars(stats.problemsPerRule, Infinity));
  const r = stats.duplicates.byReason;
  out.push('', `Duplicates: ${stats.duplicates.groups.length} groups (${r.exact} exact, ${r.similar} similar, ${r.title} same title)`);
  for (const g of stats.duplicates.groups.slice(0, TOP)) {
    out.push(`  ${g.reason}:`);
    for (const p of g.pairs) out.push(`    ${p.a}`, `      ≈ ${p.b} (${p.reason}, similarity ${p.similarity.toFixed(2)})`);
  }
  if (stats.duplicates.groups.length > TOP) out.push(`  … ${stats.duplicates.groups.length - TOP} more groups`);
  out.push('', 'Vocabulary clusters (the spelling to keep first):');
  for (const field of VOCABULARY_FIELDS) {
    const v = stats.vocabulary[field];
    out.push(`  ${field}: ${v.distinct} distinct, ${v.clusters.length} clusters, ${v.mixedScript.length} mixing traditional and simplified`);
    for (const c of v.clusters.slice(0, TOP)) out.push(`    ${c.values.map((x) => `${x.value} (${x.count})`).join(' ~ ')}`);
    for (const m of v.mixedScript.slice(0, TOP)) out.push(`    mixed: ${m.value} (${m.count})${m.suggestion ? ` → ${m.suggestion}` : ''}`);
  }
  return out.join('\n');
}
