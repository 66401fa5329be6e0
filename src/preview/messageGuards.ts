/** Narrowing what the webview sends (and what a reloaded panel's state holds) before use. */
import { FromWebview, PreviewView, PreviewWebviewState, RenderedState } from './messages';

const VIEWS: readonly PreviewView[] = ['cleaned', 'marked', 'original'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function isPreviewView(v: unknown): v is PreviewView {
  return typeof v === 'string' && (VIEWS as readonly string[]).includes(v);
}

function isRenderedState(v: unknown): v is RenderedState {
  return isRecord(v) && typeof v.version === 'number' && typeof v.uri === 'string' && isPreviewView(v.view)
    && typeof v.title === 'string' && Array.isArray(v.paragraphs) && v.paragraphs.every((p) => typeof p === 'string')
    && typeof v.text === 'string' && typeof v.footer === 'string' && typeof v.problems === 'string'
    && typeof v.imagePlaceholders === 'number' && typeof v.images === 'number' && typeof v.removedMarks === 'number';
}

export function isFromWebview(m: unknown): m is FromWebview {
  if (!isRecord(m)) return false;
  switch (m.type) {
    case 'ready':
    case 'loadImages':
      return true;
    case 'openLink':
      return typeof m.href === 'string';
    case 'reveal':
      return typeof m.offset === 'number' && Number.isInteger(m.offset) && m.offset >= 0;
    case 'setView':
      return isPreviewView(m.view);
    case 'rendered':
      return isRenderedState(m.state);
    default:
      return false;
  }
}

export function isPreviewState(v: unknown): v is PreviewWebviewState {
  return isRecord(v) && typeof v.uri === 'string' && typeof v.locked === 'boolean' && isPreviewView(v.view) && typeof v.scrollY === 'number';
}
