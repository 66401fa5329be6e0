/**
 * The archive-wide rules' settings from `.newsarchive.json`, beside the per-file rules:
 *   "duplicate-article": { "severity": "warning", "threshold": 0.8, "sameTitle": true }
 *   "vocabulary-variant": { "severity": "info", "relativeDistance": 0.2, "maxDistance": 2 }
 * or "off". The options are declared here and checked by the configuration reader, which
 * reports a wrong one and leaves it out: what is missing here takes its default.
 */
import type { ArchiveConfig } from '../config/archiveConfig';
import type { OptionSpec, OptionSpecs } from '../config/ruleOptions';
import type { Severity } from '../problem';

export const DUPLICATE_ARTICLE = 'duplicate-article';
export const VOCABULARY_VARIANT = 'vocabulary-variant';

const THRESHOLD = { type: 'number', min: 0.5, max: 1, default: 0.8, description: 'Body similarity (shingle Jaccard, 0.5–1) from which two articles count as near duplicates.' } as const satisfies OptionSpec;
const SAME_TITLE = { type: 'boolean', default: true, description: 'Also report articles whose normalised titles are equal, whatever their bodies.' } as const satisfies OptionSpec;
const RELATIVE_DISTANCE = { type: 'number', min: 0, max: 0.5, default: 0.2, description: "Largest edit distance, relative to the value's length, for two spellings to be variants." } as const satisfies OptionSpec;
const MAX_DISTANCE = { type: 'number', min: 0, max: 3, integer: true, default: 2, description: 'Largest edit distance in characters for two spellings to be variants.' } as const satisfies OptionSpec;

/** The options of the archive-wide rules, by rule id. */
export const HYGIENE_RULE_OPTIONS: ReadonlyMap<string, OptionSpecs> = new Map<string, OptionSpecs>([
  [DUPLICATE_ARTICLE, { threshold: THRESHOLD, sameTitle: SAME_TITLE }],
  [VOCABULARY_VARIANT, { relativeDistance: RELATIVE_DISTANCE, maxDistance: MAX_DISTANCE }],
]);

export interface HygieneSettings {
  duplicates: {
    /** undefined: warning, and info for pairs that share only their title. */
    severity: Severity | 'off' | undefined;
    threshold: number;
    sameTitle: boolean;
  };
  vocabulary: { severity: Severity | 'off'; relativeDistance: number; maxDistance: number };
}

function option<T>(options: Readonly<Record<string, unknown>> | undefined, name: string, fallback: T): T {
  const v = options?.[name];
  return typeof v === typeof fallback ? (v as T) : fallback;
}

export function hygieneSettings(config: ArchiveConfig): HygieneSettings {
  const dup = config.rules.get(DUPLICATE_ARTICLE);
  const voc = config.rules.get(VOCABULARY_VARIANT);
  return {
    duplicates: {
      severity: dup?.severity,
      threshold: option(dup?.options, 'threshold', THRESHOLD.default),
      sameTitle: option(dup?.options, 'sameTitle', SAME_TITLE.default),
    },
    vocabulary: {
      severity: voc?.severity ?? 'info',
      relativeDistance: option(voc?.options, 'relativeDistance', RELATIVE_DISTANCE.default),
      maxDistance: option(voc?.options, 'maxDistance', MAX_DISTANCE.default),
    },
  };
}
