/**
 * Duplicate groups as a list shows them (the stats dashboard): each group one row with its count
 * and reason, and at most `maxMembers` of its members (first in code point order), each with the
 * reason of its strongest own pair. A group of thousands costs `maxMembers`, not its size squared.
 */
import type { DuplicateGroup, DuplicateLookup, DuplicateReason } from './duplicates';

export interface DuplicateMemberRow {
  path: string;
  reason: DuplicateReason;
  similarity: number;
}

export interface DuplicateGroupSummary {
  reason: DuplicateReason;
  /** Members of the group, shown or not. */
  count: number;
  /** The first members, at most the limit. */
  members: DuplicateMemberRow[];
}

export function summariseGroups(groups: readonly DuplicateGroup[], lookup: DuplicateLookup, maxMembers: number): DuplicateGroupSummary[] {
  return groups.map((g) => ({
    reason: g.reason,
    count: g.members.length,
    members: g.members.slice(0, maxMembers).map((path) => {
      const pair = lookup.pairsOf(path)[0];
      return { path, reason: pair?.reason ?? g.reason, similarity: pair?.similarity ?? 0 };
    }),
  }));
}
