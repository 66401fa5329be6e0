/**
 * Scroll sync on the page: where the body's blocks are (anchors, measured once per layout), the
 * source offset at the top of the viewport, and scrolling to one. A scroll the page makes itself
 * (to follow the editor, or after a render) is reported as not the reader's, so the editor does
 * not scroll back: VS Code's Markdown preview keeps the same guard (scrollDisabledCount).
 */
import { Anchor, monotonic, offsetAtTop, topOfOffset } from './scrollMap';

const OFFSET_SELECTOR = '[data-na-offset]';
/** A scroll event this soon after the page scrolled itself is its echo, not the reader. */
const OWN_SCROLL_MS = 150;
/** As the Markdown preview: at most one report every 50 ms while scrolling. */
const REPORT_MS = 50;

export class PageScroll {
  private anchors: Anchor[] | undefined;
  private ownScrollUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private bodyLength = 0;

  constructor(private readonly body: HTMLElement, private readonly report: (offset: number, byReader: boolean) => void) {
    window.addEventListener('scroll', () => this.scheduleReport(), { passive: true });
    // Layout moves when the width changes or an image arrives: measure again when next needed.
    window.addEventListener('resize', () => this.invalidate());
    body.addEventListener('load', () => this.invalidate(), true);
    body.addEventListener('error', () => this.invalidate(), true);
  }

  /** Around each render: new blocks, new layout. */
  render(update: () => void, bodyLength: number): void {
    const before = window.scrollY;
    update();
    this.bodyLength = bodyLength;
    this.invalidate();
    // A shorter page clamps the scroll position: that is not the reader scrolling.
    if (window.scrollY !== before) this.ownScrollUntil = performance.now() + OWN_SCROLL_MS;
  }

  invalidate(): void {
    this.anchors = undefined;
  }

  /** Puts source offset `offset` at the top of the viewport (the front matter: the page's top). */
  scrollToOffset(offset: number): void {
    this.scrollTo(topOfOffset(this.measure(), offset));
  }

  scrollTo(y: number, byReader = false): void {
    const target = Math.max(0, Math.min(Math.round(y), document.documentElement.scrollHeight - window.innerHeight));
    if (Math.abs(window.scrollY - target) < 1) return;
    if (!byReader) this.ownScrollUntil = performance.now() + OWN_SCROLL_MS;
    window.scrollTo(0, target);
  }

  /** The source offset at the top of the viewport (-1 within the card). */
  topOffset(): number {
    return offsetAtTop(this.measure(), window.scrollY);
  }

  private measure(): Anchor[] {
    if (this.anchors) return this.anchors;
    const found: Anchor[] = [];
    for (const el of Array.from(this.body.querySelectorAll<HTMLElement>(OFFSET_SELECTOR))) {
      const box = el.getClientRects()[0];
      const offset = Number(el.dataset.naOffset);
      if (box && Number.isFinite(offset)) found.push({ offset, top: box.top + window.scrollY });
    }
    const end = this.body.getBoundingClientRect().bottom + window.scrollY;
    found.push({ offset: this.bodyLength, top: end });
    this.anchors = monotonic(found);
    return this.anchors;
  }

  private scheduleReport(): void {
    const byReader = performance.now() > this.ownScrollUntil;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.report(this.topOffset(), byReader && performance.now() > this.ownScrollUntil);
    }, REPORT_MS);
  }
}
