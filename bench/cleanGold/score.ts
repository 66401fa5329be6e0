/**
 * Character-weighted precision and recall of an extractor's paragraphs against the gold ones
 * (./paragraphs.ts splits both).
 *
 * 1. A candidate paragraph equal to a gold paragraph (same hash) is a hit for its whole length;
 *    each gold paragraph is hit at most once (a body printed twice gets credit once).
 * 2. Of what is left, a candidate that contains whole gold paragraphs (the extractor joined two
 *    of them, or kept a boilerplate tail on one) is credited with their lengths; a gold paragraph
 *    that contains whole candidates (the extractor split it, or cut a piece off) credits theirs.
 *    This needs the gold paragraphs' text, which the benchmark recovers from the source post by
 *    hash; without it only step 1 counts. Partial overlaps get no credit.
 *
 * precision = credited code points / candidate code points; recall = credited / gold code points.
 */
import type { Paragraph } from './paragraphs';

export interface GoldParagraph {
  hash: string;
  length: number;
  /** Recovered from the source post; absent when the post is not at hand. */
  text?: string;
}

export interface Score {
  /** Code points credited. */
  hit: number;
  /** Code points the extractor kept. */
  kept: number;
  /** Code points of the gold. */
  gold: number;
}

export function scoreParagraphs(gold: readonly GoldParagraph[], candidates: readonly Paragraph[]): Score {
  return matchParagraphs(gold, candidates).score;
}

/** The score, and which gold paragraphs and candidates got no credit (for a diff of the two). */
export function matchParagraphs(gold: readonly GoldParagraph[], candidates: readonly Paragraph[]): { score: Score; lost: number[]; extra: number[] } {
  const open = new Map<string, number[]>();
  gold.forEach((g, i) => open.set(g.hash, [...(open.get(g.hash) ?? []), i]));
  const goldDone = new Array<boolean>(gold.length).fill(false);
  const candDone = new Array<boolean>(candidates.length).fill(false);
  let hit = 0;
  candidates.forEach((c, i) => {
    const slots = open.get(c.hash);
    const slot = slots?.shift();
    if (slot === undefined) return;
    goldDone[slot] = candDone[i] = true;
    hit += c.length;
  });
  candidates.forEach((c, i) => {
    if (candDone[i]) return;
    gold.forEach((g, j) => {
      if (goldDone[j] || g.text === undefined || !c.text.includes(g.text)) return;
      goldDone[j] = true;
      hit += g.length;
    });
  });
  gold.forEach((g, j) => {
    if (goldDone[j] || g.text === undefined) return;
    candidates.forEach((c, i) => {
      if (candDone[i] || !g.text?.includes(c.text)) return;
      candDone[i] = true;
      hit += c.length;
    });
  });
  const unmarked = (done: boolean[]) => done.flatMap((d, i) => (d ? [] : [i]));
  return { score: { hit, kept: sum(candidates), gold: sum(gold) }, lost: unmarked(goldDone), extra: unmarked(candDone) };
}

const sum = (xs: readonly { length: number }[]) => xs.reduce((n, x) => n + x.length, 0);

export function addScores(a: Score, b: Score): Score {
  return { hit: a.hit + b.hit, kept: a.kept + b.kept, gold: a.gold + b.gold };
}

/** Precision, recall and F1 in [0, 1]; an empty side counts as perfect only when the other is empty too. */
export function prf(s: Score): { precision: number; recall: number; f1: number } {
  const precision = s.kept === 0 ? (s.gold === 0 ? 1 : 0) : s.hit / s.kept;
  const recall = s.gold === 0 ? (s.kept === 0 ? 1 : 0) : s.hit / s.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
