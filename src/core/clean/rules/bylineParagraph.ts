/**
 * A paragraph that is one byline and nothing else, as ../../article/source.ts reads it: the
 * byline, editor-line and original-title rules remove such a paragraph only when the body's
 * reader gives the same value, so what leaves the body is on the preview's card.
 */
import type { Element } from 'domhandler';
import { Byline, BylineField, readByline } from '../../article/source';
import { containsElement } from '../dom';
import { decodeEntities } from '../entities';
import { rawText } from '../text';
import type { CleanContext } from '../types';

const NOT_A_BYLINE = new Set(['img', 'a', 'table']);

export function paragraphByline(ctx: CleanContext, p: Element, fields: readonly BylineField[]): Byline | undefined {
  if (containsElement(p, NOT_A_BYLINE)) return undefined;
  const byline = readByline(decodeEntities(rawText(p)));
  if (!byline || !fields.includes(byline.field) || ctx.bylines[byline.field] !== byline.value) return undefined;
  return byline;
}
