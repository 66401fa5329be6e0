/**
 * `news-archive rules [--format text|json]`: every rule id with its default severity, whether
 * it has a fix, and its one-line description; JSON adds the help URL (its row in the README of the run's language).
 */
import { ruleCatalog, ruleHelpUri } from '../core/report/ruleCatalog';
import { parseArgs, stringOption } from './args';
import { CliIo } from './io';
import { currentLocale, t } from './l10n';

export const rulesUsage = 'news-archive rules [--format text|json]';

export function runRules(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { values: { format: ['text', 'json'] } });
  const rules = ruleCatalog();
  if (stringOption(args, 'format') === 'json') {
    io.out(JSON.stringify(rules.map((r) => ({ ...r, helpUri: ruleHelpUri(r.id, currentLocale()) })), null, 2));
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => {
    const marks = [r.fixable ? t('fix') : '', r.archiveWide ? t('archive-wide') : ''].filter(Boolean).join(', ');
    return `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}${marks ? ` (${marks})` : ''}`;
  });
  io.out(lines.join('\n'));
  return 0;
}
