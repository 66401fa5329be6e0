/**
 * Most rules remove every element a selector matches; this builds one such rule.
 */
import { CleanRule } from '../types';

export function removeBySelector(id: string, label: readonly [string, string], description: string, selector: string): CleanRule {
  return {
    id,
    label,
    description,
    apply(ctx) {
      for (const el of ctx.select(selector)) ctx.remove(el);
    },
  };
}
