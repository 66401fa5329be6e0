/**
 * Narrowing what each side of the preview receives before use: the page's messages (and a
 * reloaded panel's saved state) on the extension side, the extension's messages on the page.
 */
import { FromWebview, PreviewView, PreviewWebviewState, RenderedState, ToWebview } from './messages';

const VIEWS: readonly PreviewView[] = ['cleaned', 'marked', 'original'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';

export function isPreviewView(v: unknown): v is PreviewView {
  return typeof v === 'string' && (VIEWS as readonly string[]).includes(v);
}

function isRenderedState(v: unknown): v is RenderedState {
  return isRecord(v) && isNumber(v.version) && isString(v.uri) && isPreviewView(v.view)
    && Array.isArray(v.paragraphs) && v.paragraphs.every(isString)
    && [v.title, v.date, v.text, v.footer, v.problems, v.imageButton, v.topText].every(isString)
    && [v.imagePlaceholders, v.images, v.failedImages, v.removedMarks, v.scrollY].every(isNumber);
}

export function isFromWebview(m: unknown): m is FromWebview {
  if (!isRecord(m)) return false;
  switch (m.type) {
    case 'ready':
    case 'loadImages':
    case 'blockImages':
      return true;
    case 'openLink':
      return isString(m.href);
    case 'reveal':
      return isNumber(m.offset) && Number.isInteger(m.offset) && m.offset >= 0;
    case 'setView':
      return isPreviewView(m.view);
    case 'rendered':
      return isString(m.uri) && isNumber(m.version) && isPreviewView(m.view);
    case 'scrolled':
      return isString(m.uri) && isNumber(m.offset) && typeof m.byReader === 'boolean';
    case 'described':
      return isNumber(m.id) && isRenderedState(m.state);
    default:
      return false;
  }
}

export function isToWebview(m: unknown): m is ToWebview {
  if (!isRecord(m)) return false;
  switch (m.type) {
    case 'render':
      return isString(m.uri) && isNumber(m.version) && isPreviewView(m.view) && isString(m.body) && isRecord(m.header) && isRecord(m.labels) && isRecord(m.images);
    case 'problems':
      return isNumber(m.count) && isString(m.text);
    case 'scrollTo':
      return isString(m.uri) && isNumber(m.offset);
    case 'describe':
      return isNumber(m.id);
    case 'scrollAsReader':
      return isNumber(m.paragraph);
    default:
      return false;
  }
}

export function isPreviewState(v: unknown): v is PreviewWebviewState {
  return isRecord(v) && isString(v.uri) && typeof v.locked === 'boolean' && isPreviewView(v.view) && isNumber(v.scrollY);
}
