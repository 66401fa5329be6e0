import { CleanContext, CleanRule } from '../types';

function matches(ctx: CleanContext, selector: string) {
  try {
    return ctx.select(selector);
  } catch {
    // An invalid selector is reported where the configuration is read; here it matches nothing.
    return [];
  }
}

/** `clean.remove` in `.newsarchive.json`: the archive's own boilerplate. */
export const configRemove: CleanRule = {
  id: 'config-remove',
  label: ['element removed by .newsarchive.json', 'elements removed by .newsarchive.json'],
  description: 'elements matching clean.remove selectors from .newsarchive.json',
  apply(ctx) {
    for (const selector of ctx.selectors.remove) for (const el of matches(ctx, selector)) ctx.remove(el);
  },
};

/** `clean.unwrap` in `.newsarchive.json`: wrappers to drop, keeping their content. */
export const configUnwrap: CleanRule = {
  id: 'config-unwrap',
  label: ['element unwrapped by .newsarchive.json', 'elements unwrapped by .newsarchive.json'],
  description: 'elements matching clean.unwrap selectors from .newsarchive.json, replaced by their content',
  apply(ctx) {
    for (const selector of ctx.selectors.unwrap) for (const el of matches(ctx, selector).reverse()) ctx.unwrap(el);
  },
};
