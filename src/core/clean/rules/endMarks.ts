import type { Element } from 'domhandler';
import { shownText } from '../text';
import { CleanRule } from '../types';

/** `- THE END -`, `—END—`, `-完-`: a paragraph saying the article is over. Nothing else in it,
 * and the dashes around END or 完, so a sentence ending in "the end" stays. */
const END = /^(?:[-—–~_=·\s]*THE\s+END[-—–~_=·\s]*|[-—–~_=·]+\s*(?:END|完)\s*[-—–~_=·]+)$/iu;
const BLOCKS = new Set(['p', 'div', 'section', 'center', 'h5', 'h6']);

export const endMarks: CleanRule = {
  id: 'end-marks',
  label: ['end mark', 'end marks'],
  description: 'paragraphs holding only an end mark such as "- THE END -" or "—END—"',
  apply(ctx) {
    const found: Element[] = [];
    ctx.walk((node) => {
      if (node.type === 'tag' && BLOCKS.has(node.name) && END.test(shownText(node))) found.push(node);
    });
    // The innermost of nested blocks holding the same mark; its wrappers go as empty containers.
    for (const el of found) if (!found.some((other) => other !== el && other.parent && isInside(other, el))) ctx.remove(el);
  },
};

function isInside(node: Element, ancestor: Element): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
