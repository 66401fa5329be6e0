/**
 * The archive statistics dashboard's page (bundled into media/stats.js): draws what the extension
 * posts (statsMessages.ts) as CSS bar charts, and turns its buttons into requests the extension
 * checks before acting. Every value goes in as text: titles and categories come from scraped files.
 */
import type { Count } from '../../core/hygiene/stats';
import { VOCABULARY_FIELDS } from '../../core/hygiene/vocabulary';
import { el, fill, onMessage, vscodeApi } from '../../webview/page';
import { isToStatsView } from '../statsMessageGuards';
import type { FromStatsView, StatsLabels, ToStatsView } from '../statsMessages';

const vscode = vscodeApi<FromStatsView>();
const root = el('main', '', document.body);
root.setAttribute('aria-live', 'polite');
const TOP = 15;

/** A file's name from its path (the index's: `/` or, on Windows, `\\` between folders). */
function shortName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Horizontal bars: one row a key. */
function bars(counts: readonly Count[], labels: StatsLabels): HTMLElement {
  const list = el('div', 'bars');
  const shown = counts.slice(0, TOP);
  const max = Math.max(1, ...shown.map((c) => c.count));
  for (const c of shown) {
    const row = el('div', 'bar-row', list);
    el('span', 'bar-key', row, c.key);
    const bar = el('span', 'bar', el('span', 'bar-track', row));
    bar.style.width = `${Math.max(1, (100 * c.count) / max)}%`;
    el('span', 'bar-count', row, String(c.count));
  }
  if (counts.length === 0) el('p', 'muted', list, labels.none);
  if (counts.length > TOP) el('p', 'muted', list, fill(labels.more, counts.length - TOP));
  return list;
}

/** Vertical bars over time. */
function timeline(months: readonly Count[]): HTMLElement {
  const wrap = el('div');
  const chart = el('div', 'timeline', wrap);
  const max = Math.max(1, ...months.map((m) => m.count));
  for (const m of months) {
    const col = el('div', 'month', chart);
    col.title = `${m.key}: ${m.count}`;
    el('span', 'month-bar', col).style.height = `${(100 * m.count) / max}%`;
  }
  const axis = el('div', 'axis', wrap);
  if (months.length) {
    el('span', '', axis, months[0].key);
    el('span', '', axis, months[months.length - 1].key);
  }
  return wrap;
}

function section(title: string, ...children: Node[]): HTMLElement {
  const s = el('section');
  el('h2', '', s, title);
  s.append(...children);
  return s;
}

function button(text: string, request: FromStatsView, parent: HTMLElement, title?: string): void {
  const b = el('button', '', parent, text);
  if (title) b.title = title;
  b.addEventListener('click', () => vscode.postMessage(request));
}

/** Members drawn at first and added by each "Show more". */
const MEMBER_PAGE = 20;

/** One row a group (its reason, size and first member), its members a page at a time. */
function duplicates({ duplicateGroups, labels }: ToStatsView): HTMLElement {
  const list = el('ul', 'groups');
  for (const g of duplicateGroups) {
    const first = g.members[0];
    if (!first) continue;
    const li = el('li', 'group', list);
    el('span', 'reason', li, labels.reasons[g.reason] ?? g.reason);
    el('span', 'group-size', li, fill(labels.groupSize, g.count));
    el('span', '', li, shortName(first.path));
    const members = el('ul', 'members', li);
    const more = el('li', 'muted', undefined);
    let shown = 0;
    const page = () => {
      for (const m of g.members.slice(Math.max(1, shown), Math.max(1, shown) + MEMBER_PAGE)) {
        const row = el('li', 'member', members);
        const reason = labels.reasons[m.reason] ?? m.reason;
        el('span', 'reason', row, m.reason === 'similar' ? `${reason} · ${fill(labels.alike, Math.round(m.similarity * 100))}` : reason);
        el('span', '', row, `${shortName(first.path)} ↔ ${shortName(m.path)}`);
        button(labels.compare, { type: 'compare', a: first.path, b: m.path }, row);
      }
      shown = Math.min(g.members.length, Math.max(1, shown) + MEMBER_PAGE);
      more.replaceChildren();
      const left = g.members.length - shown;
      if (left > 0) {
        const b = el('button', '', more, fill(labels.showMore, left));
        b.addEventListener('click', page);
      } else if (g.count > g.members.length) {
        more.textContent = fill(labels.inView, g.count - g.members.length);
      }
      members.append(more);
    };
    page();
  }
  return section(labels.duplicates, list.childElementCount ? list : el('p', 'muted', undefined, labels.none));
}

function vocabulary({ stats, labels }: ToStatsView): HTMLElement {
  const list = el('ul', 'clusters');
  for (const field of VOCABULARY_FIELDS) {
    const v = stats.vocabulary[field];
    const fieldLabel = labels.fields[field] ?? field;
    for (const c of v.clusters) {
      const li = el('li', '', list);
      el('span', 'field', li, fieldLabel);
      el('span', '', li, c.values.map((x) => `${x.value} (${x.count})`).join(' ~ '));
      if (field === 'source') continue;
      for (const x of c.values.slice(1)) button(fill(labels.rename, c.dominant), { type: 'rename', field, from: x.value, to: c.dominant }, li, x.value);
    }
    for (const m of v.mixedScript) {
      const li = el('li', '', list);
      el('span', 'field', li, fieldLabel);
      el('span', '', li, `${m.value} (${m.count}) — ${labels.mixed}`);
      if (field !== 'source' && m.suggestion) button(fill(labels.rename, m.suggestion), { type: 'rename', field, from: m.value, to: m.suggestion }, li);
    }
  }
  return section(labels.vocabulary, list.childElementCount ? list : el('p', 'muted', undefined, labels.none));
}

function render(message: ToStatsView): void {
  const { stats, labels } = message;
  root.replaceChildren();
  el('h1', '', root, labels.title);
  const totals = el('div', 'totals', root);
  const figures: [number, string][] = [
    [stats.totals.articles, labels.articles], [stats.totals.undated, labels.undated], [stats.totals.withoutSource, labels.withoutSource],
    [stats.totals.withoutCategory, labels.withoutCategory], [stats.totals.problems, labels.problems],
    [stats.totals.duplicateGroups, labels.duplicateGroups], [stats.totals.vocabularyClusters, labels.vocabularyClusters],
  ];
  let problemsShown = 0;
  for (const [value, label] of figures) {
    const t = el('div', 'total', totals);
    const shown = el('span', 'total-value', t, String(value));
    el('span', 'total-label', t, label);
    if (label === labels.problems) problemsShown = Number(shown.textContent);
  }
  root.append(section(labels.perMonth, timeline(stats.perMonth)));
  const grid = el('div', 'grid', root);
  grid.append(
    section(labels.perSource, bars(stats.perSource, labels)),
    section(labels.perCategory, bars(stats.perCategory, labels)),
    section(labels.perAuthor, bars(stats.perAuthor, labels)),
    section(labels.problemsPerRule, bars(stats.problemsPerRule ?? [], labels), el('p', 'muted', undefined, message.problemsNote)),
  );
  root.append(duplicates(message), vocabulary(message));
  vscode.postMessage({
    type: 'rendered',
    articles: stats.totals.articles,
    problems: problemsShown,
    sections: root.querySelectorAll('section').length,
    bars: root.querySelectorAll('.bar').length,
    months: root.querySelectorAll('.month').length,
    fieldLabels: Array.from(root.querySelectorAll('.field'), (f) => f.textContent ?? ''),
    duplicateGroups: root.querySelectorAll('.group').length,
    duplicateMembers: root.querySelectorAll('.member').length,
  });
}

onMessage(isToStatsView, render);
el('p', 'muted', root, '…');
vscode.postMessage({ type: 'ready' });
