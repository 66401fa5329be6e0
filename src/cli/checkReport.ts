/**
 * One checked file as report data: its problems placed (0-based lines, UTF-16 characters, by one
 * forward scan: ./positions.ts), fingerprinted, and then put into the run's language.
 */
import type { Article } from '../core/article/article';
import type { Locale } from '../core/locale';
import type { Message, Problem } from '../core/problem';
import { fingerprints } from '../core/report/fingerprint';
import type { PlacedAnchor, PositionedProblem, ReportDiagnostic } from '../core/report/reportTypes';
import { anchorKeys, ArchiveFacts, Span } from '../core/rules/archiveAnchors';
import type { PlacedProblem } from '../core/rules/duplicateArticle';
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

/** The archive-wide rules' facts of a file with their anchors placed and fingerprinted (archiveAnchors.ts `anchorKeys`). */
export function placedFacts(article: Article, facts: ArchiveFacts<Span>): ArchiveFacts<PlacedAnchor> {
  const keys = anchorKeys(facts.anchors);
  const at = positionsOf(article.text, keys.flatMap((k) => [k.start, k.end]));
  const prints = fingerprints(article.text, keys);
  const place = (k: Span, i: number): PlacedAnchor => ({ range: { start: at.get(k.start)!, end: at.get(k.end)! }, fingerprint: prints[i] });
  return {
    record: facts.record,
    sketch: facts.sketch,
    anchors: { title: place(facts.anchors.title, 0), values: facts.anchors.values.map((v, i) => ({ field: v.field, value: v.value, at: place(v.at, i + 1) })) },
  };
}

/** An archive-wide problem at its placed anchor, as the report keeps problems. */
export function positionedAt(p: PlacedProblem<PlacedAnchor>): PositionedProblem {
  const placed: PositionedProblem = { rule: p.ruleId, severity: p.severity, messageId: p.messageId, args: p.args ?? {}, range: p.at.range, fingerprint: p.at.fingerprint };
  if (p.related) placed.related = p.related.map((r) => ({ path: r.path, messageId: r.messageId, args: r.args ?? {} }));
  if (p.relatedMore) placed.relatedMore = p.relatedMore;
  return placed;
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
  if (p.related) d.related = p.related.map((r) => ({ path: r.path, message: words(p.rule, r, locale) }));
  if (p.relatedMore) d.relatedMore = p.relatedMore;
  return d;
}
