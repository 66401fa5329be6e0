/**
 * Scroll sync's map between the article's source and the page, as VS Code's Markdown preview
 * keeps one between lines and elements (preview-src/scroll-sync.ts): every block of the cleaned
 * body carries its source offset, so each is an anchor (offset, top of its box on the page), and
 * between two anchors both are interpolated linearly. Pure functions: the page measures, these map.
 */

export interface Anchor {
  readonly offset: number;
  /** Page coordinate of the top of its box (scrollY included). */
  readonly top: number;
}

/**
 * The anchors that go down the page as their offsets grow, in page order. A rule may have moved
 * a block, and nested blocks share a top: both stay in only when they keep the order.
 */
export function monotonic(anchors: Iterable<Anchor>): Anchor[] {
  const kept: Anchor[] = [];
  for (const a of anchors) {
    const last = kept[kept.length - 1];
    if (!last || (a.offset > last.offset && a.top >= last.top)) kept.push(a);
  }
  return kept;
}

/** The last index whose `key` is at most `value` (-1 when none is), by binary search. */
function lastAtMost(anchors: readonly Anchor[], key: 'offset' | 'top', value: number): number {
  let lo = 0;
  let hi = anchors.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid][key] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function between(a: Anchor, b: Anchor | undefined, from: 'offset' | 'top', to: 'offset' | 'top', value: number): number {
  if (!b || b[from] === a[from]) return a[to];
  return a[to] + ((value - a[from]) / (b[from] - a[from])) * (b[to] - a[to]);
}

/** The source offset at page coordinate `y`; -1 above the first anchor (the card: front matter). */
export function offsetAtTop(anchors: readonly Anchor[], y: number): number {
  const i = lastAtMost(anchors, 'top', y);
  if (i < 0) return -1;
  return Math.round(between(anchors[i], anchors[i + 1], 'top', 'offset', y));
}

/** The page coordinate of source offset `offset`; 0 for the front matter (the page's top). */
export function topOfOffset(anchors: readonly Anchor[], offset: number): number {
  if (offset < 0 || anchors.length === 0) return 0;
  const i = lastAtMost(anchors, 'offset', offset);
  if (i < 0) return anchors[0].top;
  return between(anchors[i], anchors[i + 1], 'offset', 'top', offset);
}
