import type { AnyNode, Element } from 'domhandler';
import { isBlankText } from '../text';
import { CleanRule } from '../types';

/** 快科技 ends a post with its topic tags, `<a href="…/tag/….htm">#特斯拉#</a>`: a paragraph of
 * links to the site's tag pages and nothing else. A tag inside a sentence stays. */
function isTagLink(node: AnyNode): boolean {
  return node.type === 'tag' && node.name === 'a' && /\/tags?\//.test(node.attribs.href ?? '');
}

function onlyTags(el: Element): boolean {
  let tags = 0;
  for (const child of el.children) {
    if (isTagLink(child)) tags++;
    else if (child.type === 'text' ? !isBlankText(child.data) : child.type === 'tag' && !(child.name === 'br')) return false;
  }
  return tags > 0;
}

export const tagLinks: CleanRule = {
  id: 'tag-links',
  label: ['tag-link paragraph', 'tag-link paragraphs'],
  description: 'paragraphs holding only links to the site\'s tag pages (快科技)',
  apply(ctx) {
    for (const p of ctx.select('p, div')) if (p.parent && onlyTags(p)) ctx.remove(p);
  },
};
