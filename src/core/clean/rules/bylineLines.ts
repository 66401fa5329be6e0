import type { AnyNode, Element } from 'domhandler';
import { readByline } from '../../article/source';
import { decodeEntities } from '../entities';
import { rawText, squash } from '../text';
import { CleanRule } from '../types';

/** A forum post (GameRes) ends with `<font …>来源：Unity官方平台</font><br><font …>原文：https://…</font><br>`:
 * lines between line breaks, not paragraphs, so the byline rule does not see them. A line that is
 * the 来源 the card shows, or 原文 and a link (where the post was taken from), goes from the
 * preview; Clean Article keeps both, as it keeps every byline. */
const ORIGINAL = /^原文[：:]\s*https?:\/\/\S+$/u;
const BLOCK = /^(?:div|p|table|ul|ol|li|h[1-6]|blockquote|pre|section|figure|img)$/;

function lines(parent: Element): AnyNode[][] {
  const out: AnyNode[][] = [];
  let line: AnyNode[] = [];
  for (const child of parent.children) {
    line.push(child);
    if (child.type === 'tag' && child.name === 'br') {
      out.push(line);
      line = [];
    }
  }
  if (line.length) out.push(line);
  return out;
}

export const bylineLines: CleanRule = {
  id: 'byline-lines',
  label: ['byline line', 'byline lines'],
  description: 'lines between line breaks holding only 来源 (shown on the card) or 原文 and a link',
  apply(ctx) {
    if (ctx.keepBylines) return;
    const parents = new Set<Element>();
    for (const br of ctx.select('br')) if (br.parent?.type === 'tag') parents.add(br.parent);
    for (const parent of parents) {
      for (const line of lines(parent)) {
        if (line.some((n) => n.type === 'tag' && BLOCK.test(n.name))) continue;
        const text = squash(decodeEntities(line.map(rawText).join('')));
        const byline = readByline(text);
        const isSource = byline?.field === 'source' && ctx.bylines.source === byline.value;
        if (!isSource && !ORIGINAL.test(text)) continue;
        line.forEach((n, i) => ctx.remove(n, i === 0 ? 1 : 0));
      }
    }
  },
};
