/**
 * Whether an element shows anything: text that is not blank, or media. Mark mode's removal
 * markers count as absent, so a container emptied by marking is judged as if it were cleaned.
 */
import type { AnyNode } from 'domhandler';
import { isBlankText } from './text';
import { CleanContext } from './types';

const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'canvas', 'svg', 'math', 'table', 'hr', 'iframe', 'object', 'embed']);

export function hasContent(node: AnyNode, ctx: Pick<CleanContext, 'isMarker'> & { isRemovedMarker?(node: AnyNode): boolean }): boolean {
  if (node.type === 'text') return !isBlankText(node.data);
  if (node.type !== 'tag' && node.type !== 'root') return false;
  if (ctx.isRemovedMarker?.(node)) return false;
  if (node.type === 'tag' && MEDIA.has(node.name)) return true;
  return node.children.some((child) => hasContent(child, ctx));
}
