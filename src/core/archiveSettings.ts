/**
 * How both front ends read `.newsarchive.json`: the configuration reader (./config/) given what
 * the file may name, from the parts that define it: every per-file rule with the options it
 * declares (./rules/), the archive-wide rules (./hygiene/), and the selectors the cleaner can
 * compile (./clean/). It lives apart from ./config/ because those parts read the configuration.
 */
import { selectorError } from './clean/selectorCheck';
import { ArchiveConfig, ConfigProblem, ConfigVocabulary, parseArchiveConfig } from './config/archiveConfig';
import type { OptionSpecs } from './config/ruleOptions';
import { boundedEditDistance } from './hygiene/editDistance';
import { HYGIENE_RULE_OPTIONS } from './hygiene/hygieneConfig';
import { rules } from './rules/index';

const ruleOptions: ReadonlyMap<string, OptionSpecs> = new Map([...rules.map((r): [string, OptionSpecs] => [r.id, r.options ?? {}]), ...HYGIENE_RULE_OPTIONS]);

export const CONFIG_VOCABULARY: ConfigVocabulary = {
  rules: ruleOptions,
  nearestRule(id) {
    // Within a third of the id's length: "date-futur" is date-future, "dates" is nothing.
    const limit = Math.max(1, Math.floor(id.length / 3));
    let best: { id: string; distance: number } | undefined;
    for (const known of ruleOptions.keys()) {
      const distance = boundedEditDistance([...id.toLowerCase()], [...known], limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { id: known, distance };
    }
    return best?.id;
  },
  selectorError,
};

/** Reads the text of a `.newsarchive.json` with everything it may name. */
export function readArchiveConfig(text: string): { config: ArchiveConfig; problems: ConfigProblem[] } {
  return parseArchiveConfig(text, CONFIG_VOCABULARY);
}
