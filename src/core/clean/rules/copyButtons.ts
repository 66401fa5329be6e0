import type { Element } from 'domhandler';
import { CleanRule } from '../types';

/** "复制代码" buttons after code listings (`<span class="copy-code-btn">`, Discuz's
 * `<em onclick="copycode(…)">`). Runs before event-handlers, which would erase the onclick. */
const LABELS = new Set(['复制代码', 'Copy code']);
const TAGS = new Set(['button', 'span', 'em', 'a']);

export const copyButtons: CleanRule = {
  id: 'copy-buttons',
  label: ['copy button', 'copy buttons'],
  description: '"copy code" buttons next to code listings',
  apply(ctx) {
    const found: Element[] = [];
    ctx.walk((node) => {
      if (node.type !== 'tag') return;
      const only = node.children.length === 1 ? node.children[0] : undefined;
      const labelled = only?.type === 'text' && LABELS.has(only.data.trim()) && TAGS.has(node.name);
      const classed = /(?:^|\s)copy-code-btn(?:\s|$)/.test(node.attribs.class ?? '') || (node.attribs.onclick ?? '').startsWith('copycode');
      if (labelled || classed) found.push(node);
    });
    for (const el of found) ctx.remove(el);
  },
};
