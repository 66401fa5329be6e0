/** Narrowing what the stats dashboard and the extension send each other before use. */
import type { FromStatsView, RenamableField, ToStatsView } from './statsMessages';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const RENAMABLE: readonly string[] = ['categories', 'tags', 'author'] satisfies RenamableField[];

export function isFromStatsView(m: unknown): m is FromStatsView {
  if (!isRecord(m)) return false;
  switch (m.type) {
    case 'ready':
      return true;
    case 'rendered':
      return isCount(m.articles) && isCount(m.problems) && isCount(m.sections) && isCount(m.bars) && isCount(m.months)
        && Array.isArray(m.fieldLabels) && m.fieldLabels.every((l) => typeof l === 'string')
        && isCount(m.duplicateGroups) && isCount(m.duplicateMembers);
    case 'compare':
      return typeof m.a === 'string' && typeof m.b === 'string';
    case 'rename':
      return typeof m.field === 'string' && RENAMABLE.includes(m.field) && typeof m.from === 'string' && typeof m.to === 'string';
    default:
      return false;
  }
}

/** The page trusts the extension's figures, but not blindly their shape. */
export function isToStatsView(m: unknown): m is ToStatsView {
  return isRecord(m) && m.type === 'stats' && isRecord(m.stats) && Array.isArray(m.duplicateGroups) && isRecord(m.labels) && typeof m.problemsNote === 'string';
}
