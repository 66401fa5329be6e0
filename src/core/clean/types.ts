/**
 * The vocabulary of the cleaner: rules, the context they work through, and what a run returns.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Bylines } from '../article/source';

/** One named cleaning step. Rules only touch the DOM through the context, so that the same rule
 * can remove (clean) or mark in place (the preview's "Show removed"). */
export interface CleanRule {
  /** kebab-case id, shown in reports and the CLI's json. */
  readonly id: string;
  /** How the footer names one and several removed things: ['style block', 'style blocks']. */
  readonly label: readonly [string, string];
  readonly description: string;
  apply(ctx: CleanContext): void;
}

export interface Removal {
  rule: string;
  count: number;
  /** UTF-8 bytes of source markup removed (for unwrapping: the tags around the kept text). */
  bytes: number;
  /** Up to three short excerpts of what was removed. */
  samples: string[];
}

/** What the body states about itself (来源, 撰文, 责任编辑, 原标题), read by ../article/source.ts,
 * the reader the index and the preview's card use too. */
export type CleanMeta = Bylines;

/** A site whose boilerplate the cleaner knows (./sites.ts), or `generic`. */
export type CleanProfileId =
  | 'sina' | 'kuaikeji' | '36kr' | 'zhihu-daily' | 'oschina' | 'juejin' | '199it' | 'mastodon' | 'eventernote'
  | 'bangumi' | 'webtoons' | 'finviz' | 'xueqiu' | 'age-anime' | 'dt-finance' | '3dmgame' | 'gameres' | 'generic';

/** Extra selectors from `.newsarchive.json`'s `clean` section. */
export interface CleanSelectors {
  remove: readonly string[];
  unwrap: readonly string[];
}

export interface CleanOptions {
  /** 'clean' removes; 'mark' keeps removed parts in place, wrapped in markers (preview only). */
  mode?: 'clean' | 'mark';
  /** Force a profile instead of detecting it from the markup. */
  profile?: CleanProfileId;
  /** The names the front matter gives the post's feed (its categories and author: ./feedNames.ts):
   * a site whose markup says nothing of it is known from them. */
  feed?: readonly string[];
  selectors?: CleanSelectors;
  /** Line ending for collapsed whitespace; the article's own. */
  eol?: '\n' | '\r\n';
  /** Leave the 来源, 撰文, 责任编辑 and 原标题 lines in the body: for writing files, where the
   * front matter does not take them and the index, the card and the rules read them from the
   * body. Without it (the preview) they are removed from the body and shown on the card. */
  keepBylines?: boolean;
  /** Preview only: `data-na-offset` (offset in the body) on block elements, and image handling. */
  preview?: PreviewMarkup;
}

export interface PreviewMarkup {
  images: 'block' | 'allow';
  /** What a blocked image's placeholder calls an image without alt text, in the reader's language (default "image"). */
  imageLabel?: string;
}

export interface CleanResult {
  html: string;
  profile: CleanProfileId;
  removed: Removal[];
  meta: CleanMeta;
  /** Rules that threw; their partial work stays, the run goes on. */
  failures: { rule: string; message: string }[];
}

export interface CleanContext {
  readonly $: CheerioAPI;
  /** The body as parsed (offsets of nodes point into it). */
  readonly source: string;
  readonly selectors: CleanSelectors;
  /** The body's bylines as ../article/source.ts reads them: a rule removes a byline line only
   * when it reads the same there, so what goes from the body is on the card. */
  readonly bylines: CleanMeta;
  readonly keepBylines: boolean;
  /** Elements matching a selector, outside anything already removed (matters in mark mode). */
  select(selector: string): Element[];
  /** Every node in document order, outside anything already removed. */
  walk(visit: (node: AnyNode) => void): void;
  /** Removes a node and counts it for the current rule (`items` 0: only its bytes count, for the
   * later parts of one thing removed in pieces). */
  remove(node: AnyNode, items?: number): void;
  /** Removes a run of consecutive siblings as one thing (one splice: a copy of a long article
   * has thousands of blocks, and one removal each would be quadratic). */
  removeRun(nodes: readonly AnyNode[]): void;
  /** Replaces an element by its children and counts it (`items` 0: only its bytes count). */
  unwrap(node: Element, items?: number): void;
  /** Counts something the rule removed itself (attributes), with its source bytes. */
  count(bytes: number, sample: string | (() => string), items?: number): void;
  /** True when the node is one of mark mode's markers. */
  isMarker(node: AnyNode): boolean;
}
