/**
 * The cleaner: parse the body once as a browser does (entities kept as written, offsets recorded),
 * run the profile's rules through one context, tidy white space, sanitise and serialise that tree. Never throws on markup; a rule that
 * throws is reported in `failures` and the others still run.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { findBylines } from '../article/source';
import { load } from './cheerioSlim';
import { RuleContext } from './context';
import { annotateOffsets } from './offsets';
import { newElement, parseHtmlBody } from './parseHtml';
import { prepareImages } from './previewImages';
import { detectProfile, PROFILES } from './profiles';
import { sanitize } from './sanitize';
import { CleanOptions, CleanResult } from './types';
import { normalizeWhitespace } from './whitespace';

const NO_SELECTORS = { remove: [], unwrap: [] };

export interface ParsedBody {
  $: CheerioAPI;
  /** The element holding the body's nodes; serialize its children. */
  container: Element;
}

/**
 * Parses as a browser parses a body (./parseHtml.ts) and puts the body's top-level nodes in one
 * container element: css-select is quadratic in the number of top-level nodes (a body without a
 * wrapper <div> and 20,000 paragraphs took seconds a selector; 5 ms inside a container).
 */
export function parseBody(body: string): ParsedBody {
  const root = parseHtmlBody(body);
  const container = newElement('na-body');
  container.children = root.children;
  let prev: AnyNode | null = null;
  for (const child of container.children) {
    child.parent = container;
    child.prev = prev;
    if (prev) prev.next = child;
    prev = child;
  }
  if (prev) prev.next = null;
  container.parent = root;
  root.children = [container];
  const $ = load(root, { xml: { xmlMode: false, decodeEntities: false } }, false);
  return { $, container };
}

export function cleanBody(body: string, options: CleanOptions = {}): CleanResult {
  const { $, container } = parseBody(body);
  const profile = options.profile ?? detectProfile(body, options.feed);
  const rules = PROFILES[profile];
  if (options.preview) annotateOffsets($);
  const bylines = findBylines(body);
  const ctx = new RuleContext($, body, options.selectors ?? NO_SELECTORS, options.mode === 'mark', bylines, options.keepBylines);
  const failures: CleanResult['failures'] = [];
  for (const rule of rules) {
    try {
      ctx.run(rule);
    } catch (e) {
      failures.push({ rule: rule.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  normalizeWhitespace(container, options.eol ?? '\n', /^[ \t\r\n\f]*/.exec(body)?.[0] ?? '');
  if (options.preview) prepareImages($, options.preview);
  return {
    html: sanitize(container.children, options.preview || options.mode === 'mark' ? 'preview' : 'file'),
    profile,
    removed: ctx.report(rules),
    meta: bylines,
    failures,
  };
}

/** The raw body, only sanitized: the preview's "Original" view. */
export function sanitizeOriginal(body: string, options: Pick<CleanOptions, 'preview'> = {}): string {
  const { $, container } = parseBody(body);
  if (options.preview) {
    annotateOffsets($);
    prepareImages($, options.preview);
  }
  return sanitize(container.children, options.preview ? 'preview' : 'file');
}
