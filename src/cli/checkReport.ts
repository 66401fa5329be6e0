/**
 * One checked file as report data: its problems placed (0-based lines, UTF-16 characters, by one
 * forward scan: ./positions.ts), fingerprinted, and then put into the run's language.
 */
import type { Article } from '../core/article/article';
import type { Locale } from '../core/locale';
import type { Message, Problem } from '../core/problem';
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
    return placed;
  });
}

/**
 * Messages already put into words in this run: an archive says the same few sentences thousands
 * of times (a cached run formats every problem again, so this is most of its work).
 */
const said = new Map<string, string>();

function words(rule: string, message: Message, locale: Locale): string {
  const args = message.args;
  let key = `${locale}\0${rule}\0${message.messageId}`;
  if (args && Object.keys(args).length > 0) key += `\0${JSON.stringify(args)}`;
  let text = said.get(key);
  if (text === undefined) {
    if (said.size >= 20000) said.clear();
    text = formatMessage(rule, message, locale);
    said.set(key, text);
  }
  return text;
}

export function reportDiagnostic(p: PositionedProblem, locale: Locale): ReportDiagnostic {
  const d: ReportDiagnostic = {
    rule: p.rule,
    severity: p.severity,
    messageId: p.messageId,
    args: p.args,
    message: words(p.rule, p, locale),
    fixable: p.fix !== undefined,
    range: p.range,
    fingerprint: p.fingerprint,
  };
  if (p.fix) d.fix = { message: words(p.rule, p.fix, locale), edits: p.fix.edits };
  return d;
}
