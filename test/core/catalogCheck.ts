/**
 * What a translation catalog lacks against the English the rules declare: a message id with no
 * entry, an entry whose placeholders are not the English ones, an entry no rule declares, a
 * template the formatter cannot read. The unit test runs it on the real catalogs and on a rule
 * made to lack its entry, so it is seen to fail.
 */
import type { Catalog } from '../../src/core/rules/messages';
import { placeholders } from '../../src/core/rules/messageFormat';

function names(template: string): string[] | string {
  try {
    return [...new Set(placeholders(template).map((p) => p.name))].sort();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export function catalogGaps(english: Catalog, translation: Catalog, language: string): string[] {
  const gaps: string[] = [];
  for (const [ruleId, messages] of Object.entries(english)) {
    for (const [id, text] of Object.entries(messages)) {
      const own = translation[ruleId]?.[id];
      const want = names(text);
      if (typeof want === 'string') gaps.push(`${ruleId}/${id}: English: ${want}`);
      else if (typeof own !== 'string' || own === '') gaps.push(`${ruleId}/${id}: no ${language} text`);
      else {
        const got = names(own);
        if (typeof got === 'string') gaps.push(`${ruleId}/${id}: ${language}: ${got}`);
        else if (got.join() !== want.join()) gaps.push(`${ruleId}/${id}: ${language} has {${got.join('}, {')}}, English {${want.join('}, {')}}`);
      }
    }
  }
  for (const [ruleId, messages] of Object.entries(translation)) {
    for (const id of Object.keys(messages)) if (english[ruleId]?.[id] === undefined) gaps.push(`${ruleId}/${id}: ${language} only (no rule declares it)`);
  }
  return gaps;
}
