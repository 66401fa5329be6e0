import type { AnyNode, Element } from 'domhandler';
import { CleanRule } from '../types';

/** Tags a highlighter puts inside code; anything else in `<pre><code>` is markup the page meant
 * to show (a tutorial's `<form>`), parsed as elements only because the feed did not escape it. */
const HIGHLIGHT_TAGS = new Set(['span', 'b', 'strong', 'i', 'em', 'u', 's', 'br', 'code', 'font', 'sub', 'sup', 'mark', 'del', 'ins', 'small', 'a']);

function holdsMarkup(node: AnyNode): boolean {
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style' && node.type !== 'comment') return false;
  if (node.type === 'comment' || !HIGHLIGHT_TAGS.has(node.name)) return true;
  return node.children.some(holdsMarkup);
}

/** Escapes `<` and `>`, and `&` unless it starts a reference, which stays as written. */
function escapeMarkup(raw: string): string {
  return raw.replace(/&(?![a-zA-Z0-9#]{1,31};)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const codeMarkupAsText: CleanRule = {
  id: 'code-markup-as-text',
  label: ['code block shown as text', 'code blocks shown as text'],
  description: 'markup inside <pre>/<code> (such as raw <form> examples) turned into text, so it shows and never runs',
  apply(ctx) {
    for (const pre of ctx.select('pre')) {
      const code: Element = ctx.$(pre).children('code').length === 1 && pre.children.filter((c) => c.type === 'tag').length === 1
        ? (ctx.$(pre).children('code')[0] as Element)
        : pre;
      if (!code.children.some((c) => !ctx.isMarker(c) && holdsMarkup(c))) continue;
      ctx.count(0, ctx.$(code).html() ?? '');
      // Child by child, from the source as written; a mark-mode marker (a copy button) stays.
      for (const child of [...code.children]) {
        if (ctx.isMarker(child)) continue;
        const raw = child.startIndex !== null && child.endIndex !== null
          ? ctx.source.slice(child.startIndex, child.endIndex + 1)
          : ctx.$.html(child);
        ctx.$(child).replaceWith(escapeMarkup(raw));
      }
    }
  },
};
