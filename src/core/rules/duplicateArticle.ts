/**
 * `duplicate-article`, archive-wide: on each member of a duplicate group (core/hygiene/duplicates.ts),
 * at its title (or where its body starts), saying how many copies the group has and naming the
 * nearest few as related paths, the rest counted. Bounded per file (issue 19): a member of a
 * group of thousands costs about RELATED_COPIES steps.
 */
import type { DuplicateLookup, DuplicatePair } from '../hygiene/duplicates';
import { DUPLICATE_ARTICLE } from '../hygiene/hygieneConfig';
import type { Message, Problem, Severity } from '../problem';
import type { ArchiveAnchors } from './archiveAnchors';

/** Copies named as related paths; the others are counted in `relatedMore`. */
export const RELATED_COPIES = 5;

export const DUPLICATE_ARTICLE_MESSAGES = {
  duplicate: 'Duplicate article: {why}, one of {count} copies; compare them with "News Archive: Compare Duplicates" and delete or merge the extra copies.',
  sameText: 'the same text as {other}',
  nearlySame: 'nearly the same text as {other} ({percent}% alike)',
  sameTitle: 'the same title as {other}',
  copy: 'Duplicate: {other}',
} as const;

type Id = keyof typeof DUPLICATE_ARTICLE_MESSAGES;

function why(pair: DuplicatePair, other: string): Message<Id> {
  switch (pair.reason) {
    case 'exact':
      return { messageId: 'sameText', args: { other } };
    case 'similar':
      return { messageId: 'nearlySame', args: { other, percent: Math.round(pair.similarity * 100) } };
    case 'title':
      return { messageId: 'sameTitle', args: { other } };
  }
}

/** A problem placed at `P` (file offsets, or a front end's own positions). */
export type PlacedProblem<P> = Omit<Problem, 'start' | 'end'> & { at: P };

/**
 * The problem of `path` if it is in a duplicate group, at its title anchor. `nameOf` writes a
 * path as the front end shows it (relative to the workspace, or as given on the command line);
 * `severity` is the configured one (otherwise: warning, info when the article shares only its title).
 */
export function duplicateArticleProblems<P>(anchors: ArchiveAnchors<P>, path: string, lookup: DuplicateLookup, nameOf: (path: string) => string, severity?: Severity): PlacedProblem<P>[] {
  const group = lookup.groupOf(path);
  const pair = lookup.pairsOf(path)[0];
  if (!group || !pair) return [];
  const nearest = lookup.nearest(path, RELATED_COPIES);
  const more = group.members.length - 1 - nearest.length;
  return [{
    ruleId: DUPLICATE_ARTICLE,
    severity: severity ?? (pair.reason === 'title' ? 'info' : 'warning'),
    at: anchors.title,
    messageId: 'duplicate',
    args: { why: why(pair, nameOf(pair.a === path ? pair.b : pair.a)), count: group.members.length },
    related: nearest.map((c) => ({ path: c.path, messageId: 'copy', args: { other: nameOf(c.path) } })),
    ...(more > 0 ? { relatedMore: more } : {}),
  }];
}
