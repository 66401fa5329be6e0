/**
 * The messages between the preview panel (extension host) and its webview script
 * (media/preview.js, built from webview/main.ts): one typed union each way, shared by both sides.
 */

/** What the header card shows. Dates travel as ISO strings; the webview formats local time. */
export interface PreviewHeader {
  title: string | undefined;
  /** ISO instant, or undefined when the date does not parse. */
  date: string | undefined;
  /** The date as written, shown when it does not parse or has no zone. */
  dateRaw: string | undefined;
  zoneless: boolean;
  author: string | undefined;
  categories: string[];
  source: string | undefined;
  writer: string | undefined;
  editor: string | undefined;
  originalTitle: string | undefined;
}

export type PreviewView = 'cleaned' | 'marked' | 'original';

/** Labels come from the extension, already localized. */
export interface PreviewLabels {
  showRemoved: string;
  original: string;
  loadImages: string;
  problems: string;
  noProblems: string;
  date: string;
  author: string;
  categories: string;
  source: string;
  writer: string;
  editor: string;
  originalTitle: string;
  locked: string;
  empty: string;
}

export type ToWebview =
  | {
      type: 'render';
      /** The document version rendered; the webview drops anything older than what it shows. */
      version: number;
      /** The resource; a different one resets the scroll position. */
      uri: string;
      view: PreviewView;
      header: PreviewHeader;
      body: string;
      /** "Removed: 11 comments, …". */
      summary: string;
      /** Why only part of the body shows, when it is too long to render whole. */
      note: string | undefined;
      blockedImages: number;
      locked: boolean;
      labels: PreviewLabels;
    }
  | { type: 'problems'; count: number; text: string };

/** What the webview reports after a render: its DOM as a reader sees it (for the host tests). */
export interface RenderedState {
  version: number;
  uri: string;
  view: PreviewView;
  title: string;
  paragraphs: string[];
  text: string;
  footer: string;
  problems: string;
  imagePlaceholders: number;
  images: number;
  removedMarks: number;
}

export type FromWebview =
  | { type: 'ready' }
  | { type: 'openLink'; href: string }
  | { type: 'reveal'; offset: number }
  | { type: 'setView'; view: PreviewView }
  | { type: 'loadImages' }
  | { type: 'rendered'; state: RenderedState };

/** What the webview keeps across reloads (getState/setState), and the serializer restores. */
export interface PreviewWebviewState {
  uri: string;
  locked: boolean;
  view: PreviewView;
  scrollY: number;
}
