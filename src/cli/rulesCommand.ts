/**
 * `news-archive rules [--format text|json]`: every rule id with its default severity, whether
 * it has a fix, and its one-line description in the run's language; JSON adds the help URL (its
 * row in the README of that language).
 */
import { ruleCatalog, ruleHelpUri } from '../core/report/ruleCatalog';
import { parseArgs, stringOption } from './args';
import { CliIo } from './io';
import { currentLocale, t } from './l10n';

export const rulesUsage = 'news-archive rules [--format text|json]';

export function runRules(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { values: { format: ['text', 'json'] } });
  const rules = ruleCatalog(currentLocale());
  if (stringOption(args, 'format') === 'json') {
    io.out(JSON.stringify(rules.map((r) => ({ ...r, helpUri: ruleHelpUri(r.id, currentLocale()) })), null, 2));
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => {
    const list = [r.fixable ? t('fix') : '', r.archiveWide ? t('archive-wide') : ''].filter(Boolean);
    const marks = list.length ? list.reduce((a, b) => t('{0}, {1}', a, b)) : '';
    return `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${marks ? t('{0} ({1})', r.description, marks) : r.description}`;
  });
  io.out(lines.join('\n'));
  return 0;
}
