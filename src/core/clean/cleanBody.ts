/**
 * The cleaner: parse the body (entities kept as written, offsets recorded), run the profile's
 * rules through one context, tidy white space, sanitize. Never throws on markup; a rule that
 * throws is reported in `failures` and the others still run.
 */
import { load } from 'cheerio';
import { RuleContext } from './context';
import { annotateOffsets } from './offsets';
import { prepareImages } from './previewImages';
import { detectProfile, PROFILES } from './profiles';
import { sanitize } from './sanitize';
import { CleanOptions, CleanResult } from './types';
import { normalizeWhitespace } from './whitespace';

const NO_SELECTORS = { remove: [], unwrap: [] };

export function parseBody(body: string) {
  return load(body, { xml: { xmlMode: false, decodeEntities: false, withStartIndices: true, withEndIndices: true } }, false);
}

export function cleanBody(body: string, options: CleanOptions = {}): CleanResult {
  const $ = parseBody(body);
  const profile = options.profile ?? detectProfile(body);
  const rules = PROFILES[profile];
  if (options.preview) annotateOffsets($);
  const ctx = new RuleContext($, body, options.selectors ?? NO_SELECTORS, options.mode === 'mark', options.keepBylines);
  const failures: CleanResult['failures'] = [];
  for (const rule of rules) {
    try {
      ctx.run(rule);
    } catch (e) {
      failures.push({ rule: rule.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  normalizeWhitespace($, options.eol ?? '\n', /^[ \t\r\n\f]*/.exec(body)?.[0] ?? '');
  if (options.preview) prepareImages($, options.preview.images);
  return {
    html: sanitize($.html(), options.preview || options.mode === 'mark' ? 'preview' : 'file'),
    profile,
    removed: ctx.report(rules),
    meta: ctx.meta,
    failures,
  };
}

/** The raw body, only sanitized: the preview's "Original" view. */
export function sanitizeOriginal(body: string, options: Pick<CleanOptions, 'preview'> = {}): string {
  const $ = parseBody(body);
  if (options.preview) {
    annotateOffsets($);
    prepareImages($, options.preview.images);
  }
  return sanitize($.html(), options.preview ? 'preview' : 'file');
}
