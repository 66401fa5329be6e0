/**
 * What the cleaner removed, as data: which rules removed how many things, and how many bytes of
 * markup went. The preview's footer, Clean Article's message and the CLI put it into words in
 * their own language (removalText.ts).
 */
import { Removal } from './types';

export interface RemovalSummary {
  /** One entry a rule that removed something, in the order the rules ran. */
  readonly items: readonly { readonly rule: string; readonly count: number }[];
  /** UTF-8 bytes of source markup removed, all rules together. */
  readonly bytes: number;
}

export function removalSummary(removed: readonly Removal[]): RemovalSummary {
  return {
    items: removed.map(({ rule, count }) => ({ rule, count })),
    bytes: removed.reduce((n, r) => n + r.bytes, 0),
  };
}

/** "812 B", "1.5 KB", "2.0 MB": the same in English and Chinese. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
