/**
 * The messages between the stats dashboard (media/stats.js) and the extension: one typed union
 * each way. The webview sends only requests the extension checks before acting on them.
 */
import type { ArchiveStats } from '../core/hygiene/stats';

export type ToStatsView = { type: 'stats'; stats: ArchiveStats; scanning: boolean; problemsNote: string; labels: Record<string, string> };

/** What the page drew, reported back after each render (the tests read it: a webview's DOM is not readable through VS Code's API). */
export interface StatsRendered {
  articles: number;
  sections: number;
  bars: number;
  months: number;
}

export type FromStatsView =
  | { type: 'ready' }
  | ({ type: 'rendered' } & StatsRendered)
  | { type: 'compare'; a: string; b: string }
  | { type: 'rename'; field: 'categories' | 'tags' | 'author'; from: string; to: string }
  | { type: 'open'; uri: string };

export function parseStatsMessage(m: unknown): FromStatsView | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const o = m as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  switch (o.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered': {
      const n = (k: string) => (typeof o[k] === 'number' ? (o[k] as number) : -1);
      return { type: 'rendered', articles: n('articles'), sections: n('sections'), bars: n('bars'), months: n('months') };
    }
    case 'compare': {
      const a = str('a');
      const b = str('b');
      return a && b ? { type: 'compare', a, b } : undefined;
    }
    case 'open': {
      const uri = str('uri');
      return uri ? { type: 'open', uri } : undefined;
    }
    case 'rename': {
      const field = str('field');
      const from = str('from');
      const to = str('to');
      return (field === 'categories' || field === 'tags' || field === 'author') && from !== undefined && to !== undefined
        ? { type: 'rename', field, from, to }
        : undefined;
    }
    default:
      return undefined;
  }
}
