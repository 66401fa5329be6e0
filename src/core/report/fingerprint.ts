/**
 * A problem's fingerprint: what identifies it when the file changes elsewhere. It hashes the
 * rule, the message id and the text of the lines the problem covers (not their numbers), so a
 * line inserted above leaves it as it was, and a change on the faulty line itself makes it new.
 * Identical problems on identical lines of one file are told apart by their order (`:1`, `:2`):
 * GitHub's `primaryLocationLineHash` does the same.
 */
import { createHash } from 'node:crypto';

export interface Locatable {
  ruleId: string;
  messageId: string;
  start: number;
  end: number;
}

function lineStart(text: string, offset: number): number {
  if (offset === 0) return 0;
  const at = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return at + 1;
}

function lineEnd(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** The fingerprints of one file's problems, in the problems' order. */
export function fingerprints(text: string, problems: readonly Locatable[]): string[] {
  const seen = new Map<string, number>();
  return problems.map((p) => {
    const from = lineStart(text, Math.min(p.start, text.length));
    const to = lineEnd(text, Math.min(Math.max(p.end, p.start), text.length));
    const hash = createHash('sha256').update(`${p.ruleId}\0${p.messageId}\0`).update(text.slice(from, to).trim()).digest('hex').slice(0, 16);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}
