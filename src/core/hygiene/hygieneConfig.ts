/**
 * The archive-wide rules' settings from `.newsarchive.json`, beside the per-file rules:
 *   "duplicate-article": { "severity": "warning", "threshold": 0.8, "sameTitle": true }
 *   "vocabulary-variant": { "severity": "info", "relativeDistance": 0.2, "maxDistance": 2 }
 * or "off". A wrong option is reported and its default used.
 */
import type { ArchiveConfig, ConfigProblem } from '../config/archiveConfig';
import type { Severity } from '../problem';

export const DUPLICATE_ARTICLE = 'duplicate-article';
export const VOCABULARY_VARIANT = 'vocabulary-variant';

export interface HygieneSettings {
  duplicates: {
    /** undefined: warning, and info for pairs that share only their title. */
    severity: Severity | 'off' | undefined;
    threshold: number;
    sameTitle: boolean;
  };
  vocabulary: { severity: Severity | 'off'; relativeDistance: number; maxDistance: number };
  problems: ConfigProblem[];
}

function numberOption(options: Readonly<Record<string, unknown>>, rule: string, name: string, min: number, max: number, fallback: number, problems: ConfigProblem[]): number {
  const v = options[name];
  if (v === undefined) return fallback;
  if (typeof v === 'number' && v >= min && v <= max) return v;
  problems.push({ path: `rules.${rule}.${name}`, message: `"${name}" must be a number from ${min} to ${max}; using ${fallback}` });
  return fallback;
}

export function hygieneSettings(config: ArchiveConfig): HygieneSettings {
  const problems: ConfigProblem[] = [];
  const dup = config.rules[DUPLICATE_ARTICLE];
  const voc = config.rules[VOCABULARY_VARIANT];
  const dupOptions = dup?.options ?? {};
  const sameTitle = dupOptions.sameTitle;
  if (sameTitle !== undefined && typeof sameTitle !== 'boolean') {
    problems.push({ path: `rules.${DUPLICATE_ARTICLE}.sameTitle`, message: '"sameTitle" must be true or false; using true' });
  }
  const vocOptions = voc?.options ?? {};
  return {
    duplicates: {
      severity: dup?.severity,
      threshold: numberOption(dupOptions, DUPLICATE_ARTICLE, 'threshold', 0.5, 1, 0.8, problems),
      sameTitle: typeof sameTitle === 'boolean' ? sameTitle : true,
    },
    vocabulary: {
      severity: voc?.severity ?? 'info',
      relativeDistance: numberOption(vocOptions, VOCABULARY_VARIANT, 'relativeDistance', 0, 0.5, 0.2, problems),
      maxDistance: numberOption(vocOptions, VOCABULARY_VARIANT, 'maxDistance', 0, 3, 2, problems),
    },
    problems,
  };
}
