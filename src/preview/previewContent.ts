/**
 * What the preview shows of an article, computed without VS Code: the header fields, the body
 * for the chosen view (cleaned, cleaned with removed parts marked, or the sanitized original),
 * and the footer line. Body offsets in the markup are relative to the body start.
 */
import { Article } from '../core/article';
import { cleanBody, CleanSelectors, removalSummary, sanitizeOriginal } from '../core/clean';
import { PreviewHeader, PreviewView } from './messages';

export interface PreviewContent {
  header: PreviewHeader;
  body: string;
  summary: string;
  blockedImages: number;
}

export function previewContent(article: Article, view: PreviewView, images: 'block' | 'allow', selectors?: CleanSelectors): PreviewContent {
  const preview = { images };
  // The report and the metadata come from a clean in every view: the footer and header do not
  // change when the reader toggles.
  const cleaned = cleanBody(article.body, { eol: article.eol, selectors, preview, mode: view === 'marked' ? 'mark' : 'clean' });
  const body = view === 'original' ? sanitizeOriginal(article.body, { preview }) : cleaned.html;
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
    summary: removalSummary(cleaned.removed),
    blockedImages: images === 'block' ? countPlaceholders(body) : 0,
  };
}

function countPlaceholders(html: string): number {
  let n = 0;
  for (let i = html.indexOf('class="na-img"'); i >= 0; i = html.indexOf('class="na-img"', i + 1)) n++;
  return n;
}
