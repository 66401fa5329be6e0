/**
 * Removing boilerplate leaves runs of blank lines (one post has 94). White-space-only text with a
 * line break becomes one line break; the body's leading white space (the blank line after the
 * front matter) is kept as the source had it. `<pre>` keeps its white space.
 */
import type { AnyNode, ParentNode } from 'domhandler';

const ASCII_BLANK = /^[ \t\r\n\f]*$/;

function mergeTexts(parent: ParentNode): void {
  const kids = parent.children;
  for (let i = kids.length - 1; i > 0; i--) {
    const a = kids[i - 1];
    const b = kids[i];
    if (a.type === 'text' && b.type === 'text') {
      a.data += b.data;
      kids.splice(i, 1);
      a.next = b.next;
      if (b.next) b.next.prev = a;
    }
  }
}

export function normalizeWhitespace(root: ParentNode, eol: string, leading: string): void {
  const visit = (parent: ParentNode, top: boolean): void => {
    mergeTexts(parent);
    parent.children.forEach((child: AnyNode, i) => {
      if (child.type === 'text') {
        if (top && i === 0 && ASCII_BLANK.test(child.data)) {
          child.data = leading;
          return;
        }
        if (ASCII_BLANK.test(child.data) && /[\r\n]/.test(child.data)) child.data = eol;
      } else if (child.type === 'tag' && child.name !== 'pre' && child.name !== 'textarea') {
        visit(child, false);
      }
    });
  };
  visit(root, true);
  const kids = root.children;
  const last = kids[kids.length - 1];
  if (kids.length > 1 && last.type === 'text' && ASCII_BLANK.test(last.data)) last.data = eol;
}
