/**
 * The messages between the preview panel (extension host) and its page (media/preview.js, built
 * from webview/main.ts): one typed union each way, shared by both sides and narrowed by
 * messageGuards.ts. Positions in the article travel as offsets into the body (the cleaned HTML
 * carries them as `data-na-offset`); a negative offset means the front matter above it.
 */

/** What the header card shows. Dates travel as ISO strings; the page formats local time. */
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
  /** `{0}`: how many images the article has. */
  loadImages: string;
  blockImages: string;
  /** `{0}`: the image's alt text and host. */
  imageFailed: string;
  /** What a placeholder calls an image without alt text. */
  image: string;
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

/** The article's remote images: whether they load, and how many the article has (the same in every view). */
export interface PreviewImages {
  policy: 'block' | 'allow';
  count: number;
}

export type ToWebview =
  | {
      type: 'render';
      /** The document version rendered (0: the file as read from disk, before VS Code opened it). */
      version: number;
      /** The resource; a different one replaces the page and resets the scroll position. */
      uri: string;
      view: PreviewView;
      header: PreviewHeader;
      body: string;
      /** Characters of the body the markup covers: the end of the last paragraph, for scroll sync. */
      bodyLength: number;
      /** "Removed: 11 comments, …", with a note when only part of a long body shows. */
      footer: string;
      images: PreviewImages;
      locked: boolean;
      labels: PreviewLabels;
      /** VS Code's display language (`zh-cn`, `en`, …): the card's date is written its way. */
      language: string;
      /** On a new document: the body offset at the top of its editor, to start there. */
      scrollTo: number | undefined;
    }
  | { type: 'problems'; count: number; text: string }
  /** The editor scrolled: show the same place at the top of the preview. */
  | { type: 'scrollTo'; uri: string; offset: number }
  /** The host tests ask what the page shows (`described` answers with the same id). */
  | { type: 'describe'; id: number }
  /** The host tests scroll the page as a reader does: paragraph `paragraph` (0-based) to the top. */
  | { type: 'scrollAsReader'; paragraph: number };

/** The page as a reader sees it, for the host tests: VS Code cannot read a webview's DOM. */
export interface RenderedState {
  version: number;
  uri: string;
  view: PreviewView;
  title: string;
  /** The card's date as shown. */
  date: string;
  paragraphs: string[];
  text: string;
  footer: string;
  problems: string;
  /** The image button's text ('' when it is hidden). */
  imageButton: string;
  imagePlaceholders: number;
  images: number;
  failedImages: number;
  removedMarks: number;
  scrollY: number;
  /** The text of the first paragraph (or other block) at the top of the viewport. */
  topText: string;
}

export type FromWebview =
  | { type: 'ready' }
  | { type: 'openLink'; href: string }
  | { type: 'reveal'; offset: number }
  | { type: 'setView'; view: PreviewView }
  | { type: 'loadImages' }
  | { type: 'blockImages' }
  /** What the page now shows, after each render. */
  | { type: 'rendered'; uri: string; version: number; view: PreviewView }
  /** The body offset at the top of the viewport after a scroll; `byReader` unless the page scrolled itself. */
  | { type: 'scrolled'; uri: string; offset: number; byReader: boolean }
  | { type: 'described'; id: number; state: RenderedState };

/** What the page keeps across reloads (getState/setState), and the serializer restores. */
export interface PreviewWebviewState {
  uri: string;
  locked: boolean;
  view: PreviewView;
  scrollY: number;
}
