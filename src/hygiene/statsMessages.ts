/**
 * The messages between the stats dashboard (media/stats.js) and the extension: one typed union
 * each way. The webview sends only requests the extension checks before acting on them.
 */
import type { ArchiveStats } from '../core/hygiene/stats';

export type ToStatsView = { type: 'stats'; stats: ArchiveStats; scanning: boolean; problemsNote: string; labels: Record<string, string> };

export type FromStatsView =
  | { type: 'ready' }
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
