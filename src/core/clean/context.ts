/**
 * The one place that changes the DOM for the rules, and counts what each rule removed. In 'mark'
 * mode nothing is removed: removed parts are wrapped in markers (visible content) or replaced by
 * a chip showing their source (comments, styles, scripts: things a page never shows), and later
 * rules look past them, so marking reports the same counts as cleaning.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import { appendChildren, markupBytes, replaceNode, tagBytes, textLike, unwrapNode } from './dom';
import { escapeHtml } from './entities';
import { squash } from './text';
import { CleanContext, CleanMeta, CleanRule, CleanSelectors, Removal } from './types';

const SAMPLE_CHARS = 80;
const CHIP_CHARS = 160;
const MAX_SAMPLES = 3;

/** Elements a page never renders as content: marked as a source chip rather than wrapped. */
const UNSEEN = new Set([
  'style', 'script', 'noscript', 'template', 'meta', 'link', 'base', 'title', 'iframe', 'object', 'embed',
  'applet', 'frame', 'frameset', 'input', 'button', 'select', 'textarea', 'option', 'param', 'source', 'svg',
]);

const INLINE = new Set(['a', 'span', 'font', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'sub', 'sup', 'img', 'label', 'code']);

export const REMOVED_CLASS = 'na-removed';
export const UNWRAPPED_CLASS = 'na-unwrapped';
export const SOURCE_CHIP_CLASS = 'na-source';

export class RuleContext implements CleanContext {
  private readonly removals = new Map<string, Removal>();
  private readonly removedMarkers = new WeakSet<AnyNode>();
  private readonly unwrapMarkers = new WeakSet<AnyNode>();
  private rule: CleanRule | undefined;

  constructor(
    readonly $: CheerioAPI,
    readonly source: string,
    readonly selectors: CleanSelectors,
    private readonly marking: boolean,
    readonly bylines: CleanMeta,
    readonly keepBylines = false,
  ) {}

  run(rule: CleanRule): void {
    this.rule = rule;
    try {
      rule.apply(this);
    } finally {
      this.rule = undefined;
    }
  }

  report(order: readonly CleanRule[]): Removal[] {
    return order.flatMap((r) => {
      const removal = this.removals.get(r.id);
      return removal && removal.count > 0 ? [removal] : [];
    });
  }

  select(selector: string): Element[] {
    // From the root as the one context: with the body's top-level nodes as contexts, css-select
    // is quadratic in their number (a body without a wrapper <div> has thousands).
    const found = this.$.root().find(selector).toArray().filter((el): el is Element => 'attribs' in el);
    return this.marking ? found.filter((el) => !this.unwrapMarkers.has(el) && !this.insideRemoved(el)) : found;
  }

  walk(visit: (node: AnyNode) => void): void {
    const stack: AnyNode[] = [...this.$.root()[0].children].reverse();
    while (stack.length) {
      const node = stack.pop()!;
      if (this.removedMarkers.has(node)) continue;
      visit(node);
      // The visitor may have detached the node; its children are then gone too.
      if (node.parent === null && node.type !== 'root') continue;
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }

  isMarker(node: AnyNode): boolean {
    return this.removedMarkers.has(node) || this.unwrapMarkers.has(node);
  }

  isRemovedMarker(node: AnyNode): boolean {
    return this.removedMarkers.has(node);
  }

  remove(node: AnyNode, items = 1): void {
    this.count(this.marking ? this.unmarkedBytes(node) : markupBytes(node), () => this.$.html(node), items);
    if (!this.marking) {
      replaceNode(node, []);
      return;
    }
    const id = this.currentRule().id;
    if (node.type === 'comment' || (node.type !== 'text' && 'name' in node && UNSEEN.has(node.name))) {
      const outer = this.$.html(node);
      const chip = this.marker('span', `${REMOVED_CLASS} ${SOURCE_CHIP_CLASS}`, id);
      const text = textLike(this.models().text, escapeHtml(outer.length > CHIP_CHARS ? `${outer.slice(0, CHIP_CHARS)}…` : outer));
      replaceNode(node, [chip]);
      appendChildren(chip, [text]);
      this.removedMarkers.add(chip);
      return;
    }
    const wrapper = this.marker('name' in node && INLINE.has(node.name) ? 'span' : 'div', REMOVED_CLASS, id);
    replaceNode(node, [wrapper]);
    appendChildren(wrapper, [node]);
    this.removedMarkers.add(wrapper);
  }

  removeRun(nodes: readonly AnyNode[]): void {
    const parent = nodes[0]?.parent;
    if (!parent) return;
    let bytes = 0;
    for (const n of nodes) bytes += this.marking ? this.unmarkedBytes(n) : markupBytes(n);
    this.count(bytes, () => this.$.html(nodes[0]));
    const kids = parent.children;
    const i = kids.indexOf(nodes[0]);
    let wrapper: Element | undefined;
    if (this.marking) {
      wrapper = this.marker('div', REMOVED_CLASS, this.currentRule().id);
      wrapper.parent = parent;
      wrapper.children = [...nodes];
      this.removedMarkers.add(wrapper);
    }
    kids.splice(i, nodes.length, ...(wrapper ? [wrapper] : []));
    for (const n of nodes) n.parent = wrapper ?? null;
    nodes[0].prev = null;
    nodes[nodes.length - 1].next = null;
    const before = i > 0 ? kids[i - 1] : null;
    const after = kids[i + (wrapper ? 1 : 0)] ?? null;
    if (wrapper) {
      wrapper.prev = before;
      wrapper.next = after;
    }
    if (before) before.next = wrapper ?? after;
    if (after) after.prev = wrapper ?? before;
  }

  unwrap(node: Element, items = 1): void {
    this.count(tagBytes(node), () => this.$.html(node), items);
    if (!this.marking) {
      unwrapNode(node);
      return;
    }
    const wrapper = this.marker('span', UNWRAPPED_CLASS, this.currentRule().id);
    const children = [...node.children];
    replaceNode(node, [wrapper]);
    appendChildren(wrapper, children);
    this.unwrapMarkers.add(wrapper);
  }

  /** A new marker element, cloned from a parsed model: a parse per marker would cost more. */
  private marker(tag: 'span' | 'div', className: string, rule: string): Element {
    const el = this.models()[tag].cloneNode(false);
    el.attribs = { class: className, 'data-na-rule': rule };
    return el;
  }

  private modelNodes: { span: Element; div: Element; text: Text } | undefined;

  private models(): { span: Element; div: Element; text: Text } {
    if (!this.modelNodes) {
      const [span, div] = this.$('<span></span><div>x</div>').toArray() as Element[];
      this.modelNodes = { span, div, text: div.children[0] as Text };
    }
    return this.modelNodes;
  }

  count(bytes: number, sample: string | (() => string), items = 1): void {
    const id = this.currentRule().id;
    let removal = this.removals.get(id);
    if (!removal) this.removals.set(id, (removal = { rule: id, count: 0, bytes: 0, samples: [] }));
    removal.count += items;
    removal.bytes += bytes;
    if (items > 0 && removal.samples.length < MAX_SAMPLES) {
      const s = squash(typeof sample === 'string' ? sample : sample());
      removal.samples.push(s.length > SAMPLE_CHARS ? `${s.slice(0, SAMPLE_CHARS)}…` : s);
    }
  }

  private currentRule(): CleanRule {
    if (!this.rule) throw new Error('the cleaner context was used outside a rule');
    return this.rule;
  }

  /** Bytes of a node as if earlier rules had removed rather than marked: markers inside it are
   * not counted again (removed ones at all, unwrapped ones for their wrapper). */
  private unmarkedBytes(node: AnyNode): number {
    let bytes = markupBytes(node);
    const visit = (n: AnyNode): void => {
      if (!('children' in n)) return;
      for (const child of n.children) {
        if (this.removedMarkers.has(child)) {
          bytes -= markupBytes(child);
        } else {
          if (this.unwrapMarkers.has(child) && child.type === 'tag') bytes -= tagBytes(child);
          visit(child);
        }
      }
    };
    visit(node);
    return bytes;
  }

  private insideRemoved(node: AnyNode): boolean {
    for (let p: AnyNode | null = node; p; p = p.parent) if (this.removedMarkers.has(p)) return true;
    return false;
  }
}
