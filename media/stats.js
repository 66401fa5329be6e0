// The archive statistics dashboard: draws what the extension posts (src/hygiene/statsMessages.ts)
// as CSS bar charts. Every value is set as text, never as HTML: titles and categories come from
// scraped files.
// @ts-check
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('stats'));
  const TOP = 15;

  /** @param {string} tag @param {string} [cls] @param {string} [text] */
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** @param {string} template @param {...(string|number)} args */
  function fill(template, ...args) {
    return template.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
  }

  /** @param {string} uri */
  function shortName(uri) {
    const parts = decodeURIComponent(uri).split('/');
    return parts[parts.length - 1];
  }

  /** Horizontal bars: one row a key. @param {{key: string, count: number}[]} counts @param {Record<string,string>} labels */
  function bars(counts, labels) {
    const list = el('div', 'bars');
    const shown = counts.slice(0, TOP);
    const max = Math.max(1, ...shown.map((c) => c.count));
    for (const c of shown) {
      const row = el('div', 'bar-row');
      row.append(el('span', 'bar-key', c.key));
      const track = el('span', 'bar-track');
      const bar = el('span', 'bar');
      bar.style.width = `${Math.max(1, (100 * c.count) / max)}%`;
      track.append(bar);
      row.append(track, el('span', 'bar-count', String(c.count)));
      list.append(row);
    }
    if (counts.length === 0) list.append(el('p', 'muted', labels.none));
    if (counts.length > TOP) list.append(el('p', 'muted', fill(labels.more, counts.length - TOP)));
    return list;
  }

  /** Vertical bars over time. @param {{key: string, count: number}[]} months */
  function timeline(months) {
    const chart = el('div', 'timeline');
    const max = Math.max(1, ...months.map((m) => m.count));
    for (const m of months) {
      const col = el('div', 'month');
      col.title = `${m.key}: ${m.count}`;
      const bar = el('span', 'month-bar');
      bar.style.height = `${(100 * m.count) / max}%`;
      col.append(bar);
      chart.append(col);
    }
    const axis = el('div', 'axis');
    if (months.length) axis.append(el('span', '', months[0].key), el('span', '', months[months.length - 1].key));
    const wrap = el('div');
    wrap.append(chart, axis);
    return wrap;
  }

  /** @param {string} title @param {...Node} children */
  function section(title, ...children) {
    const s = el('section');
    s.append(el('h2', '', title), ...children);
    return s;
  }

  /** @param {any} msg */
  function render(msg) {
    const { stats, labels } = msg;
    root.replaceChildren();
    root.append(el('h1', '', labels.title));
    const totals = el('div', 'totals');
    for (const k of ['articles', 'undated', 'withoutSource', 'withoutCategory', 'problems', 'duplicateGroups', 'vocabularyClusters']) {
      const t = el('div', 'total');
      t.append(el('span', 'total-value', String(stats.totals[k])), el('span', 'total-label', labels[k]));
      totals.append(t);
    }
    root.append(totals);
    root.append(section(labels.perMonth, timeline(stats.perMonth)));
    const grid = el('div', 'grid');
    grid.append(
      section(labels.perSource, bars(stats.perSource, labels)),
      section(labels.perCategory, bars(stats.perCategory, labels)),
      section(labels.perAuthor, bars(stats.perAuthor, labels)),
      section(labels.problemsPerRule, bars(stats.problemsPerRule || [], labels), el('p', 'muted', msg.problemsNote)),
    );
    root.append(grid);

    const dup = el('ul', 'groups');
    for (const g of stats.duplicates.groups) {
      for (const p of g.pairs) {
        const li = el('li');
        const button = el('button', '', labels.compare);
        button.addEventListener('click', () => vscode.postMessage({ type: 'compare', a: p.a, b: p.b }));
        const share = p.reason === 'similar' ? ` ${Math.round(p.similarity * 100)}%` : '';
        li.append(el('span', 'reason', p.reason + share), el('span', '', `${shortName(p.a)} ↔ ${shortName(p.b)}`), button);
        dup.append(li);
      }
    }
    root.append(section(labels.duplicates, stats.duplicates.groups.length ? dup : el('p', 'muted', labels.none)));

    const vocab = el('ul', 'clusters');
    for (const field of ['categories', 'tags', 'author', 'source']) {
      const v = stats.vocabulary[field];
      for (const c of v.clusters) {
        const li = el('li');
        li.append(el('span', 'field', field), el('span', '', c.values.map((/** @type {any} */ x) => `${x.value} (${x.count})`).join(' ~ ')));
        if (field !== 'source') {
          for (const x of c.values.slice(1)) {
            const b = el('button', '', fill(labels.rename, c.dominant));
            b.title = x.value;
            b.addEventListener('click', () => vscode.postMessage({ type: 'rename', field, from: x.value, to: c.dominant }));
            li.append(b);
          }
        }
        vocab.append(li);
      }
      for (const m of v.mixedScript) {
        const li = el('li');
        li.append(el('span', 'field', field), el('span', '', `${m.value} (${m.count}) — ${labels.mixed}`));
        if (field !== 'source' && m.suggestion) {
          const b = el('button', '', fill(labels.rename, m.suggestion));
          b.addEventListener('click', () => vscode.postMessage({ type: 'rename', field, from: m.value, to: m.suggestion }));
          li.append(b);
        }
        vocab.append(li);
      }
    }
    root.append(section(labels.vocabulary, vocab.childElementCount ? vocab : el('p', 'muted', labels.none)));
    vscode.postMessage({
      type: 'rendered',
      articles: stats.totals.articles,
      sections: root.querySelectorAll('section').length,
      bars: root.querySelectorAll('.bar').length,
      months: root.querySelectorAll('.month').length,
    });
  }

  window.addEventListener('message', (event) => {
    const msg = event.data;
    if (msg && msg.type === 'stats' && msg.stats) render(msg);
  });
  root.append(el('p', 'muted', '…'));
  vscode.postMessage({ type: 'ready' });
})();
