/**
 * The preview's page (bundled into media/preview.js). It builds the header card, toolbar, body
 * and footer; renders what the extension posts, patching only the body (morphdom) so the scroll
 * position survives; turns clicks into messages (links open through VS Code, a paragraph
 * reveals its source line); and reports what it rendered. Article markup arrives sanitized and
 * goes in through a <template>, which never runs anything; the CSP would stop it anyway.
 */
import morphdom from 'morphdom';
import { isPreviewState } from '../messageGuards';
import type { FromWebview, PreviewHeader, PreviewLabels, PreviewView, PreviewWebviewState, RenderedState, ToWebview } from '../messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: PreviewWebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const saved = vscode.getState();
let state: PreviewWebviewState | undefined = isPreviewState(saved) ? saved : undefined;
let shown: { uri: string; version: number; view: PreviewView } | undefined;
let restoreScroll = state?.scrollY;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent?: HTMLElement): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  parent?.append(e);
  return e;
}

const header = el('header', 'na-card', document.body);
const locked = el('span', 'na-locked', header);
const title = el('h1', 'na-title', header);
const originalTitle = el('p', 'na-original-title', header);
const fields = el('dl', 'na-fields', header);
const toolbar = el('div', 'na-toolbar', document.body);
const showRemoved = el('button', 'na-toggle', toolbar);
const original = el('button', 'na-toggle', toolbar);
const loadImages = el('button', 'na-load-images', toolbar);
const problems = el('span', 'na-problems', toolbar);
const body = el('article', 'na-body', document.body);
body.lang = 'zh';
const footer = el('footer', 'na-footer', document.body);
// Nothing shows until the first render: an empty card would flash (and fool a screenshot).
for (const part of [header, toolbar, footer]) part.hidden = true;

function isToWebview(m: unknown): m is ToWebview {
  if (typeof m !== 'object' || m === null || !('type' in m)) return false;
  return m.type === 'render' || m.type === 'problems';
}

function field(label: string, value: string | undefined): void {
  if (!value) return;
  el('dt', '', fields).textContent = label;
  el('dd', '', fields).textContent = value;
}

function formatDate(h: PreviewHeader): string | undefined {
  if (!h.date || h.zoneless) return h.dateRaw;
  return new Date(h.date).toLocaleString(navigator.language, { dateStyle: 'medium', timeStyle: 'short' });
}

function renderHeader(h: PreviewHeader, labels: PreviewLabels, isLocked: boolean): void {
  title.textContent = h.title ?? '';
  originalTitle.textContent = h.originalTitle ? `${labels.originalTitle}: ${h.originalTitle}` : '';
  originalTitle.hidden = !h.originalTitle;
  locked.textContent = isLocked ? `🔒 ${labels.locked}` : '';
  locked.hidden = !isLocked;
  fields.replaceChildren();
  field(labels.date, formatDate(h));
  field(labels.author, h.author);
  field(labels.categories, h.categories.join(' › '));
  field(labels.source, h.source);
  field(labels.writer, h.writer);
  field(labels.editor, h.editor);
}

/** The `　　` a Chinese paragraph starts with is indentation: CSS indents instead, evenly. */
function dropIndents(root: DocumentFragment): void {
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const first = p.firstChild;
    if (first && first.nodeType === Node.TEXT_NODE && first.textContent) {
      const trimmed = first.textContent.replace(/^[\s\u3000\u00a0]+/u, '');
      if (trimmed !== first.textContent) {
        first.textContent = trimmed;
        p.classList.add('na-indented');
      }
    }
  }
}

function renderBody(html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  dropIndents(template.content);
  const next = document.createElement('article');
  next.append(template.content);
  morphdom(body, next, { childrenOnly: true });
}

function setView(view: PreviewView): void {
  vscode.postMessage({ type: 'setView', view });
}

function report(uri: string, version: number, view: PreviewView): void {
  const rendered: RenderedState = {
    version,
    uri,
    view,
    title: title.textContent ?? '',
    paragraphs: Array.from(body.querySelectorAll('p')).slice(0, 500).map((p) => p.textContent ?? ''),
    text: (body.textContent ?? '').slice(0, 100_000),
    footer: footer.textContent ?? '',
    problems: problems.textContent ?? '',
    imagePlaceholders: body.querySelectorAll('.na-img').length,
    images: body.querySelectorAll('img').length,
    removedMarks: body.querySelectorAll('.na-removed').length,
  };
  vscode.postMessage({ type: 'rendered', state: rendered });
}

function saveState(patch: Partial<PreviewWebviewState>): void {
  if (!state && !patch.uri) return;
  state = { uri: '', locked: false, view: 'cleaned', scrollY: 0, ...state, ...patch };
  vscode.setState(state);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const m = event.data;
  if (!isToWebview(m)) return;
  if (m.type === 'problems') {
    problems.textContent = m.text;
    problems.classList.toggle('na-has-problems', m.count > 0);
    return;
  }
  const sameDocument = shown?.uri === m.uri;
  // An older version of what is on screen: a slow render finished late; drop it.
  if (sameDocument && shown && m.version < shown.version && m.view === shown.view) return;
  for (const part of [header, toolbar, footer]) part.hidden = false;
  renderHeader(m.header, m.labels, m.locked);
  showRemoved.textContent = m.labels.showRemoved;
  original.textContent = m.labels.original;
  showRemoved.setAttribute('aria-pressed', String(m.view === 'marked'));
  original.setAttribute('aria-pressed', String(m.view === 'original'));
  loadImages.textContent = `${m.labels.loadImages} (${m.blockedImages})`;
  loadImages.hidden = m.blockedImages === 0;
  renderBody(m.body);
  if (!body.textContent?.trim() && !body.querySelector('img, .na-img')) el('p', 'na-empty', body).textContent = m.labels.empty;
  footer.textContent = m.note ? `${m.summary}. ${m.note}` : m.summary;
  if (!sameDocument) {
    window.scrollTo(0, restoreScroll !== undefined && state?.uri === m.uri ? restoreScroll : 0);
    restoreScroll = undefined;
  }
  shown = { uri: m.uri, version: m.version, view: m.view };
  saveState({ uri: m.uri, locked: m.locked, view: m.view });
  report(m.uri, m.version, m.view);
});

showRemoved.addEventListener('click', () => setView(shown?.view === 'marked' ? 'cleaned' : 'marked'));
original.addEventListener('click', () => setView(shown?.view === 'original' ? 'cleaned' : 'original'));
loadImages.addEventListener('click', () => vscode.postMessage({ type: 'loadImages' }));

/** The source offset under a click: a `<br>` before the text, else the nearest block. */
function offsetAt(event: MouseEvent): number | undefined {
  const range = document.caretRangeFromPoint(event.clientX, event.clientY);
  let node: Node | null = range?.startContainer ?? (event.target instanceof Node ? event.target : null);
  while (node && node !== body) {
    for (let s = node.previousSibling; s; s = s.previousSibling) {
      if (s instanceof HTMLBRElement && s.dataset.naOffset) return Number(s.dataset.naOffset);
    }
    if (node instanceof HTMLElement && node.dataset.naOffset) return Number(node.dataset.naOffset);
    node = node.parentNode;
  }
  return undefined;
}

body.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (link) {
    // Never navigate the webview: VS Code opens the link, after asking.
    event.preventDefault();
    const href = link.getAttribute('href');
    if (href) vscode.postMessage({ type: 'openLink', href });
    return;
  }
  if (!window.getSelection()?.isCollapsed) return;
  const offset = offsetAt(event);
  if (offset !== undefined && Number.isFinite(offset)) vscode.postMessage({ type: 'reveal', offset });
});
body.addEventListener('auxclick', (event) => {
  if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
});

let scrollQueued = false;
window.addEventListener('scroll', () => {
  if (scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => {
    scrollQueued = false;
    saveState({ scrollY: window.scrollY });
  });
});

vscode.postMessage({ type: 'ready' });
