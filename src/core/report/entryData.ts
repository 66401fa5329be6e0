/**
 * What `check --cache` keeps of one file in the data section of its cache (./checkCache.ts):
 * its own placed problems and, with the archive-wide rules on, what they know of it (vocabulary
 * values, duplicate sketch, placed anchors: ./archiveFactsCodec.ts), as JSON of tuples. Apart
 * from the cache's layout, which a warm run reads without decoding any file's data.
 */
import type { MessageArgs, Severity } from '../problem';
import type { ArchiveFacts } from '../rules/archiveAnchors';
import { ArchiveTuple, decodeArchiveFacts, encodeArchiveFacts } from './archiveFactsCodec';
import type { PlacedAnchor, PositionedProblem, ReportRange } from './reportTypes';

type Range4 = [number, number, number, number];
type FixTuple = [string, MessageArgs, [...Range4, string][]];
type RelatedTuple = [string, string, MessageArgs];
type ProblemTuple = [string, Severity, string, MessageArgs, ...Range4, string, (FixTuple | null)?, RelatedTuple[]?, number?];

const r4 = (r: ReportRange): Range4 => [r.start.line, r.start.character, r.end.line, r.end.character];
const range = (t: readonly unknown[], at: number): ReportRange => ({
  start: { line: t[at] as number, character: t[at + 1] as number },
  end: { line: t[at + 2] as number, character: t[at + 3] as number },
});

type WithRelated = PositionedProblem & { related?: { path: string; messageId: string; args: MessageArgs }[]; relatedMore?: number };

function encodeProblem(p: WithRelated): ProblemTuple {
  const t: ProblemTuple = [p.rule, p.severity, p.messageId, p.args, ...r4(p.range), p.fingerprint];
  const fix: FixTuple | null = p.fix ? [p.fix.messageId, p.fix.args, p.fix.edits.map((e): [...Range4, string] => [...r4(e.range), e.newText])] : null;
  if (fix || p.related) t.push(fix);
  if (p.related) t.push(p.related.map((r): RelatedTuple => [r.path, r.messageId, r.args]), p.relatedMore ?? 0);
  return t;
}

function decodeProblem(t: ProblemTuple): PositionedProblem {
  const p: WithRelated = { rule: t[0], severity: t[1], messageId: t[2], args: t[3], range: range(t, 4), fingerprint: t[8] };
  const fix = t[9];
  if (fix) p.fix = { messageId: fix[0], args: fix[1], edits: fix[2].map((e) => ({ range: range(e, 0), newText: e[4] })) };
  const related = t[10];
  if (related) p.related = related.map((r) => ({ path: r[0], messageId: r[1], args: r[2] }));
  if (t[11]) p.relatedMore = t[11];
  return p;
}

/** What the data section keeps of a file. */
export interface EntryData {
  /** Its own problems (not the archive-wide ones); null when the file is not an article. */
  problems: PositionedProblem[] | null;
  /** What the archive-wide rules know of it, when they were on. */
  facts?: ArchiveFacts<PlacedAnchor>;
}

export function encodeEntryData(problems: readonly PositionedProblem[] | null, facts?: ArchiveFacts<PlacedAnchor>): Buffer {
  const t: [ProblemTuple[] | null, ArchiveTuple?] = [problems ? problems.map(encodeProblem) : null];
  if (facts) t.push(encodeArchiveFacts(facts));
  return Buffer.from(JSON.stringify(t), 'utf8');
}

export function decodeEntryData(bytes: Uint8Array): EntryData {
  const [tuples, archive] = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as [ProblemTuple[] | null, unknown?];
  const data: EntryData = { problems: tuples ? tuples.map(decodeProblem) : null };
  const facts = archive === undefined ? undefined : decodeArchiveFacts(archive);
  if (facts) data.facts = facts;
  return data;
}
