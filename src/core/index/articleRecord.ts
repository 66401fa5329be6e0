/**
 * The record the archive index keeps for one article, and the `news-archive index` output.
 */
import { Article } from '../article/article';
import { findSource } from '../article/source';
import { IndexEntry, unpackFrontMatter } from './records/indexEntry';

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

/**
 * The record of an index entry: what `news-archive index` prints and what archive hygiene reads.
 * The front matter's lines are unpacked only when asked for (the editor keeps thousands of records).
 */
export function entryRecord(path: string, e: IndexEntry, options: { frontMatter: boolean }): ArticleRecord {
  return {
    path,
    title: e.title,
    date: Number.isNaN(e.time) ? null : new Date(e.time).toISOString(),
    dateRaw: e.dateRaw ?? null,
    categories: [...e.categories],
    tags: [...e.tags],
    author: e.author ?? null,
    source: e.source ?? null,
    frontMatter: options.frontMatter ? unpackFrontMatter(e.frontMatter) ?? null : null,
  };
}
