/**
 * What the preview shows of an article, computed without VS Code: the header fields, the body
 * for the chosen view (cleaned, cleaned with removed parts marked, or the sanitized original),
 * what the cleaner removed and how many remote images the article has. Body offsets in the
 * markup are relative to the body start.
 */
import { Article } from '../core/article/article';
import { cleanBody, CleanSelectors, feedNames, removalSummary, RemovalSummary, sanitizeOriginal } from '../core/clean';
import { PreviewHeader, PreviewImages, PreviewView } from './messages';

export interface PreviewContent {
  header: PreviewHeader;
  body: string;
  /** Characters of the body the markup covers (less than the body when it is truncated). */
  bodyLength: number;
  /** What the cleaner removed, as data (the footer puts it into words). */
  summary: RemovalSummary;
  images: PreviewImages;
  /** Set when the body was too long to render whole: how much of it the preview shows. */
  truncated: { shown: number; total: number } | undefined;
}

/**
 * Longer bodies are previewed up to a paragraph end near this many characters: a render of
 * 5 MB would hold the extension host for seconds (bench/clean.bench.ts), this one for a few
 * hundred milliseconds, and only when typing pauses (see ArticlePreview.scheduleRender).
 */
export const PREVIEW_MAX_CHARS = 1_000_000;

/** The body up to the last block end before `max` characters (offsets stay those of the file). */
export function previewablePart(body: string, max = PREVIEW_MAX_CHARS): string {
  if (body.length <= max) return body;
  const window = body.slice(0, max);
  const p = window.lastIndexOf('</p>');
  const div = window.lastIndexOf('</div>');
  if (Math.max(p, div) > max / 2) return p > div ? window.slice(0, p + 4) : window.slice(0, div + 6);
  // No block end near: at least never cut inside a tag.
  const tag = window.lastIndexOf('<');
  return tag > 0 ? window.slice(0, tag) : window;
}

function occurrences(html: string, needle: string): number {
  let n = 0;
  for (let i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + needle.length)) n++;
  return n;
}

export interface PreviewOptions {
  view: PreviewView;
  images: 'block' | 'allow';
  selectors?: CleanSelectors;
  /** What a placeholder calls an image without alt text, in the reader's language. */
  imageLabel?: string;
}

export function previewContent(article: Article, { view, images, selectors, imageLabel }: PreviewOptions): PreviewContent {
  const preview = { images, imageLabel };
  const source = previewablePart(article.body);
  // The summary, the card and the image count come from the clean in every view, so they do not
  // change when the reader toggles; "Show removed" marks in a second run.
  const feed = feedNames(article);
  const cleaned = cleanBody(source, { eol: article.eol, selectors, preview, feed });
  const body = view === 'original'
    ? sanitizeOriginal(source, { preview })
    : view === 'marked' ? cleanBody(source, { eol: article.eol, selectors, preview, mode: 'mark', feed }).html : cleaned.html;
  const f = article.fields;
  return {
    header: {
      title: f.title,
      date: f.date?.instant?.toISOString(),
      dateRaw: f.date?.raw,
      zoneless: f.date?.zoneless ?? false,
      author: f.author,
      categories: f.categories,
      source: cleaned.meta.source,
      writer: cleaned.meta.writer,
      editor: cleaned.meta.editor,
      originalTitle: cleaned.meta.originalTitle,
    },
    body,
    bodyLength: source.length,
    summary: removalSummary(cleaned.removed),
    // Blocked, each image of the article is a placeholder; allowed, an <img>.
    images: { policy: images, count: occurrences(cleaned.html, images === 'block' ? 'class="na-img"' : '<img ') },
    truncated: source.length < article.body.length ? { shown: source.length, total: article.body.length } : undefined,
  };
}
