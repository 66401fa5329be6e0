/**
 * What a reader would see of a node: its text with references decoded, and whether there is any.
 */
import type { AnyNode } from 'domhandler';
import { decodeEntities } from './entities';

/** White space a page shows as nothing: ASCII and Unicode spaces, the ideographic space U+3000
 * that Chinese sites indent with, no-break and zero-width spaces. */
const BLANK = /^[\s\u00a0\u200b-\u200d\u3000\ufeff]*$/u;

export function isBlankText(text: string): boolean {
  return BLANK.test(decodeEntities(text));
}

/** Raw text (references as written) of a node and its descendants, comments excluded. */
export function rawText(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if ('children' in node && (node.type === 'tag' || node.type === 'root' || node.type === 'script' || node.type === 'style')) {
    let out = '';
    for (const child of node.children) out += rawText(child);
    return out;
  }
  return '';
}

/** Collapses runs of white space to one space and trims: for samples and comparisons. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
}

/** A node's text as a reader sees it, for matching: references decoded, white space squashed. */
export function shownText(node: AnyNode): string {
  return squash(decodeEntities(rawText(node)));
}
