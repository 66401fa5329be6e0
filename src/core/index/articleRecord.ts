/**
 * The record the archive index keeps for one article, and the `news-archive index` output.
 */
import { Article } from '../article/article';
import { findSource } from '../article/source';

export interface ArticleRecord {
  path: string;
  title: string | undefined;
  /** ISO 8601 instant, or null when there is no usable date. */
  date: string | null;
  dateRaw: string | null;
  categories: string[];
  tags: string[];
  author: string | null;
  source: string | null;
  frontMatter: { startLine: number; endLine: number; displaced: boolean } | null;
}

export function articleRecord(path: string, article: Article): ArticleRecord {
  const fm = article.frontMatter;
  const f = article.fields;
  let frontMatter: ArticleRecord['frontMatter'] = null;
  if (fm) {
    // Lines are counted only up to the front matter's end, not over the whole body.
    let startLine = 0;
    let endLine = 0;
    const endOffset = fm.closeStart ?? fm.contentEnd;
    for (let i = 0; i < endOffset; i++) {
      if (article.text.charCodeAt(i) === 10) {
        endLine++;
        if (i < fm.openStart) startLine++;
      }
    }
    frontMatter = { startLine, endLine, displaced: fm.displacement > 0 };
  }
  return {
    path,
    title: f.title,
    date: f.date?.instant ? f.date.instant.toISOString() : null,
    dateRaw: f.date ? f.date.raw : null,
    categories: f.categories,
    tags: f.tags,
    author: f.author ?? null,
    source: findSource(article.body) ?? null,
    frontMatter,
  };
}
