/**
 * One line saying what the cleaner removed, for the preview's footer, the command's message and
 * the CLI: "Removed: 11 comments, 1 style block, 1 promo block, 2 quote spans (1.2 KB)".
 */
import { ALL_RULES } from './profiles';
import { Removal } from './types';

const LABELS = new Map(ALL_RULES.map((r) => [r.id, r.label]));

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "11 comments", "1 style block": the rule's own label, singular or plural. */
export function describeRemoval(r: Removal): string {
  const [one, many] = LABELS.get(r.rule) ?? [r.rule, r.rule];
  return `${r.count} ${r.count === 1 ? one : many}`;
}

export function removalSummary(removed: readonly Removal[]): string {
  if (removed.length === 0) return 'Removed: nothing';
  const bytes = removed.reduce((n, r) => n + r.bytes, 0);
  return `Removed: ${removed.map(describeRemoval).join(', ')} (${formatBytes(bytes)})`;
}
