/**
 * A window onto a long list of children, as the Articles and Duplicates views show them: a page
 * at first, one more page for each "Show more", sliding instead of growing past MAX_WINDOW, so a
 * node never has more than MAX_CHILDREN children (the window and its "previous" and "more" nodes).
 */

/** VS Code slows down past a few thousand siblings: a node never has more children than this. */
export const MAX_CHILDREN = 2000;
/** Children shown at once; the other two places are the "previous" and "more" nodes. */
export const MAX_WINDOW = MAX_CHILDREN - 2;

export interface PageWindow {
  /** The first child shown. */
  start: number;
  /** How many are shown from there. */
  shown: number;
}

/** Where the window starts in `total` children: removals or a slide may have left it past the last full window. */
export function windowStart(w: PageWindow, total: number): number {
  return Math.min(w.start, Math.max(0, total - w.shown));
}

/** The children shown, `[start, end)`, and how many are hidden before and after. */
export function windowRange(w: PageWindow, total: number): { start: number; end: number; before: number; after: number } {
  const start = windowStart(w, total);
  const end = Math.min(total, start + w.shown);
  return { start, end, before: start, after: total - end };
}

/** One more page after the window; past MAX_WINDOW the window slides. */
export function nextPage(w: PageWindow, total: number, pageSize: number): PageWindow {
  let { start, shown } = w;
  shown += pageSize;
  if (shown > MAX_WINDOW) {
    start += shown - MAX_WINDOW;
    shown = MAX_WINDOW;
  }
  return { start: windowStart({ start, shown }, total), shown };
}

/** One page before the window. */
export function previousPage(w: PageWindow, total: number, pageSize: number): PageWindow {
  return { start: Math.max(0, windowStart(w, total) - pageSize), shown: w.shown };
}

/** The window as it is if it shows child `at`, else the one that does: whole pages from the top, or centred on it when too far down. */
export function windowShowing(w: PageWindow, at: number, pageSize: number): PageWindow {
  if (at >= w.start && at < w.start + w.shown) return w;
  const pages = (Math.floor(at / pageSize) + 1) * pageSize;
  if (pages <= MAX_WINDOW) return { start: 0, shown: pages };
  return { start: Math.max(0, at - Math.floor(MAX_WINDOW / 2)), shown: MAX_WINDOW };
}
