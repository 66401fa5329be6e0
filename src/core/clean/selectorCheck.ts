/**
 * Whether the cleaner can use a CSS selector from `.newsarchive.json`: compiled by the same call
 * the cleaner makes (`RuleContext.select`, on a document parsed as ./cleanBody.ts parses), so what
 * passes here is what runs there. The reason comes from the selector engine, in its words.
 */
import type { CheerioAPI } from 'cheerio';
import { load } from './cheerioSlim';

let empty: CheerioAPI | undefined;

export function selectorError(selector: string): string | undefined {
  if (selector.trim() === '') return 'empty';
  empty ??= load('', { xml: { xmlMode: false, decodeEntities: false } }, false);
  try {
    empty.root().find(selector);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
