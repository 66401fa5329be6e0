import { rawText } from '../text';
import { CleanRule } from '../types';

/** "复制代码" buttons after code listings (`<span class="copy-code-btn">`, Discuz's
 * `<em onclick="copycode(…)">`). Runs before event-handlers, which would erase the onclick. */
export const copyButtons: CleanRule = {
  id: 'copy-buttons',
  label: ['copy button', 'copy buttons'],
  description: '"copy code" buttons next to code listings',
  apply(ctx) {
    for (const el of ctx.select('.copy-code-btn, [onclick^="copycode"]')) ctx.remove(el);
    for (const el of ctx.select('button, span, em, a')) {
      const text = rawText(el).trim();
      if ((text === '复制代码' || text === 'Copy code') && el.children.length === 1) ctx.remove(el);
    }
  },
};
