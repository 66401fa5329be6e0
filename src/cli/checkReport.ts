/**
 * One checked file as report data: its problems placed (0-based lines, UTF-16 characters, by one
 * forward scan: ./positions.ts), fingerprinted, and then put into the run's language.
 */
import type { Article } from '../core/article/article';
import type { Locale } from '../core/locale';
import type { Problem } from '../core/problem';
import { fingerprints } from '../core/report/fingerprint';
import type { PositionedProblem, ReportDiagnostic } from '../core/report/reportTypes';
import { formatMessage } from '../core/rules/messages';
import { positionsOf } from './positions';

export function positionedProblems(article: Article, problems: readonly Problem[]): PositionedProblem[] {
  const offsets = problems.flatMap((p) => [p.start, p.end, ...(p.fix?.edits.flatMap((e) => [e.start, e.end]) ?? [])]);
  const at = positionsOf(article.text, offsets);
  const prints = fingerprints(article.text, problems.map((p) => ({ ruleId: p.ruleId, messageId: p.messageId, start: p.start, end: p.end })));
  return problems.map((p, i) => {
    const placed: PositionedProblem = {
      rule: p.ruleId,
      severity: p.severity,
      messageId: p.messageId,
      args: p.args ?? {},
      range: { start: at.get(p.start)!, end: at.get(p.end)! },
      fingerprint: prints[i],
    };
    if (p.fix) {
      placed.fix = {
        messageId: p.fix.messageId,
        args: p.fix.args ?? {},
        edits: p.fix.edits.map((e) => ({ range: { start: at.get(e.start)!, end: at.get(e.end)! }, newText: e.newText })),
      };
    }
    if (p.related) placed.related = p.related.map((r) => ({ path: r.path, messageId: r.messageId, args: r.args ?? {} }));
    if (p.relatedMore) placed.relatedMore = p.relatedMore;
    return placed;
  });
}

export function reportDiagnostic(p: PositionedProblem, locale: Locale): ReportDiagnostic {
  const d: ReportDiagnostic = {
    rule: p.rule,
    severity: p.severity,
    messageId: p.messageId,
    args: p.args,
    message: formatMessage(p.rule, p, locale),
    fixable: p.fix !== undefined,
    range: p.range,
    fingerprint: p.fingerprint,
  };
  if (p.fix) d.fix = { message: formatMessage(p.rule, p.fix, locale), edits: p.fix.edits };
  if (p.related) d.related = p.related.map((r) => ({ path: r.path, message: formatMessage(p.rule, r, locale) }));
  if (p.relatedMore) d.relatedMore = p.relatedMore;
  return d;
}
