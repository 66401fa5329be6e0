/**
 * The preview's page (bundled into media/preview.js). It builds the header card, toolbar, body
 * and footer; renders what the extension posts (a new article replaces the body, an edit of the
 * same one is patched with morphdom so the scroll position survives); keeps the editor and the
 * page scrolled to the same place (pageScroll.ts); turns clicks into messages (links open through
 * VS Code, a paragraph reveals its source line); and says what it shows when the tests ask.
 * Article markup arrives sanitized and goes in through a <template>, which never runs anything;
 * the CSP would stop it anyway.
 */
import morphdom from 'morphdom';
import { el, fill, onMessage, vscodeApi } from '../../webview/page';
import { isPreviewState, isToWebview } from '../messageGuards';
import type { FromWebview, PreviewImages, PreviewLabels, PreviewView, PreviewWebviewState, RenderedState, ToWebview } from '../messages';
import { formatHeaderDate } from './formatDate';
import { PageScroll } from './pageScroll';

type Render = Extract<ToWebview, { type: 'render' }>;

const vscode = vscodeApi<FromWebview, PreviewWebviewState>();
const saved = vscode.getState();
let state: PreviewWebviewState | undefined = isPreviewState(saved) ? saved : undefined;
let shown: { uri: string; version: number; view: PreviewView; labels: PreviewLabels; images: PreviewImages } | undefined;
let restoreScroll = state?.scrollY;
let dateShown = '';

const header = el('header', 'na-card', document.body);
const locked = el('span', 'na-locked', header);
const title = el('h1', 'na-title', header);
const originalTitle = el('p', 'na-original-title', header);
const fields = el('dl', 'na-fields', header);
const toolbar = el('div', 'na-toolbar', document.body);
const showRemoved = el('button', 'na-toggle', toolbar);
const original = el('button', 'na-toggle', toolbar);
const imageButton = el('button', 'na-images', toolbar);
const problems = el('span', 'na-problems', toolbar);
problems.setAttribute('role', 'status');
const body = el('article', 'na-body', document.body);
body.lang = 'zh';
const footer = el('footer', 'na-footer', document.body);
// Nothing shows until the first render: an empty card would flash (and fool a screenshot).
for (const part of [header, toolbar, footer]) part.hidden = true;

const scroll = new PageScroll(body, (offset, byReader) => {
  if (shown) vscode.postMessage({ type: 'scrolled', uri: shown.uri, offset, byReader });
  saveState({ scrollY: window.scrollY });
});

function field(label: string, value: string | undefined): void {
  if (!value) return;
  el('dt', '', fields, label);
  el('dd', '', fields, value);
}

function renderHeader(m: Render): void {
  const { header: h, labels } = m;
  title.textContent = h.title ?? '';
  originalTitle.textContent = h.originalTitle ? `${labels.originalTitle}: ${h.originalTitle}` : '';
  originalTitle.hidden = !h.originalTitle;
  locked.textContent = m.locked ? `🔒 ${labels.locked}` : '';
  locked.hidden = !m.locked;
  fields.replaceChildren();
  dateShown = formatHeaderDate(h, m.language) ?? '';
  field(labels.date, dateShown);
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

function renderBody(html: string, sameDocument: boolean): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  dropIndents(template.content);
  if (!sameDocument) {
    // Another article: nothing to keep, so no diff to compute.
    body.replaceChildren(template.content);
    return;
  }
  const next = document.createElement('article');
  next.append(template.content);
  morphdom(body, next, { childrenOnly: true });
}

function renderImageButton(images: PreviewImages, labels: PreviewLabels): void {
  imageButton.hidden = images.count === 0;
  imageButton.textContent = images.policy === 'block' ? fill(labels.loadImages, images.count) : labels.blockImages;
}

/** An image that cannot load (offline, gone) becomes a placeholder, as a blocked one is. */
function imageFailed(img: HTMLImageElement): void {
  if (!shown) return;
  const host = /^(?:https?:)?\/\/([^/?#]+)/i.exec(img.getAttribute('src') ?? '')?.[1] ?? '';
  const [w, h] = [img.getAttribute('width'), img.getAttribute('height')];
  const size = w && h && /^\d+$/.test(w) && /^\d+$/.test(h) ? `${w}×${h}` : '';
  const name = [img.alt.trim() || shown.labels.image, size, host].filter(Boolean).join(' · ');
  const placeholder = document.createElement('span');
  placeholder.className = 'na-img na-img-failed';
  placeholder.textContent = fill(shown.labels.imageFailed, name);
  placeholder.title = img.src;
  if (img.dataset.naOffset) placeholder.dataset.naOffset = img.dataset.naOffset;
  img.replaceWith(placeholder);
}

function saveState(patch: Partial<PreviewWebviewState>): void {
  if (!state && !patch.uri) return;
  state = { uri: '', locked: false, view: 'cleaned', scrollY: 0, ...state, ...patch };
  vscode.setState(state);
}

function render(m: Render): void {
  const sameDocument = shown?.uri === m.uri;
  // An older version of what is on screen: a slow render finished late; drop it.
  if (sameDocument && shown && m.version < shown.version && m.view === shown.view) return;
  for (const part of [header, toolbar, footer]) part.hidden = false;
  renderHeader(m);
  showRemoved.textContent = m.labels.showRemoved;
  original.textContent = m.labels.original;
  showRemoved.setAttribute('aria-pressed', String(m.view === 'marked'));
  original.setAttribute('aria-pressed', String(m.view === 'original'));
  renderImageButton(m.images, m.labels);
  scroll.render(() => {
    renderBody(m.body, sameDocument);
    if (!body.textContent?.trim() && !body.querySelector('img, .na-img')) el('p', 'na-empty', body, m.labels.empty);
    footer.textContent = m.footer;
  }, m.bodyLength);
  shown = { uri: m.uri, version: m.version, view: m.view, labels: m.labels, images: m.images };
  if (!sameDocument) {
    if (restoreScroll !== undefined && state?.uri === m.uri) scroll.scrollTo(restoreScroll);
    else if (m.scrollTo !== undefined) scroll.scrollToOffset(m.scrollTo);
    else scroll.scrollTo(0);
    restoreScroll = undefined;
  }
  saveState({ uri: m.uri, locked: m.locked, view: m.view });
  vscode.postMessage({ type: 'rendered', uri: m.uri, version: m.version, view: m.view });
}

/** The first block whose box reaches below the top of the viewport. */
function topBlock(): Element | undefined {
  for (const b of Array.from(body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figure, .na-img'))) {
    const box = b.getBoundingClientRect();
    if (box.height > 0 && box.bottom > 1) return b;
  }
  return undefined;
}

function describe(): RenderedState {
  return {
    version: shown?.version ?? -1,
    uri: shown?.uri ?? '',
    view: shown?.view ?? 'cleaned',
    title: title.textContent ?? '',
    date: dateShown,
    paragraphs: Array.from(body.querySelectorAll('p'), (p) => p.textContent ?? ''),
    text: body.textContent ?? '',
    footer: footer.textContent ?? '',
    problems: problems.textContent ?? '',
    imageButton: imageButton.hidden ? '' : imageButton.textContent ?? '',
    imagePlaceholders: body.querySelectorAll('.na-img').length,
    images: body.querySelectorAll('img').length,
    failedImages: body.querySelectorAll('.na-img-failed').length,
    removedMarks: body.querySelectorAll('.na-removed').length,
    scrollY: window.scrollY,
    topText: topBlock()?.textContent ?? '',
  };
}

onMessage(isToWebview, (m) => {
  switch (m.type) {
    case 'render':
      return render(m);
    case 'problems':
      problems.textContent = m.text;
      problems.classList.toggle('na-has-problems', m.count > 0);
      return;
    case 'scrollTo':
      if (shown?.uri === m.uri) scroll.scrollToOffset(m.offset);
      return;
    case 'describe':
      return vscode.postMessage({ type: 'described', id: m.id, state: describe() });
    case 'scrollAsReader': {
      const p = body.querySelectorAll('p')[m.paragraph];
      if (p) scroll.scrollTo(p.getBoundingClientRect().top + window.scrollY, true);
      return;
    }
  }
});

showRemoved.addEventListener('click', () => vscode.postMessage({ type: 'setView', view: shown?.view === 'marked' ? 'cleaned' : 'marked' }));
original.addEventListener('click', () => vscode.postMessage({ type: 'setView', view: shown?.view === 'original' ? 'cleaned' : 'original' }));
imageButton.addEventListener('click', () => vscode.postMessage({ type: shown?.images.policy === 'allow' ? 'blockImages' : 'loadImages' }));
body.addEventListener('error', (event) => {
  if (event.target instanceof HTMLImageElement) imageFailed(event.target);
}, true);

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

vscode.postMessage({ type: 'ready' });
