import type { AnyNode } from 'domhandler';
import { isBlankText } from '../text';
import { CleanRule } from '../types';

/** `<hr>` and `<br>` before anything is shown (Mastodon's toots open with `<hr>`, 雪球's fund
 * reports with `<br>`): a rule or a line break above nothing. */
function inParagraph(node: AnyNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'tag' && /^(?:p|h[1-6]|li|td|th)$/.test(p.name)) return true;
  return false;
}

export const leadingBreaks: CleanRule = {
  id: 'leading-breaks',
  label: ['leading line break or rule', 'leading line breaks and rules'],
  description: '<hr> and <br> before the body\'s first text or image',
  apply(ctx) {
    const found: AnyNode[] = [];
    let done = false;
    ctx.walk((node) => {
      if (done || ctx.isMarker(node)) return;
      if (node.type === 'text') done = !isBlankText(node.data);
      // One inside a paragraph is that paragraph's emptiness, for empty-paragraphs.
      else if (node.type === 'tag' && (node.name === 'hr' || node.name === 'br') && !inParagraph(node)) found.push(node);
      else if (node.type === 'tag' && /^(?:img|iframe|video|table|picture|svg)$/.test(node.name)) done = true;
    });
    for (const node of found) ctx.remove(node);
  },
};
