/** The URL-typed fields (headimg and thumbnail by default) as Hexo reads them, with their place. */
import type { Article } from '../article/article';
import type { ArchiveConfig } from '../config/archiveConfig';
import { entryFor, hexoReads, isDuplicated } from './support';

export interface UrlField {
  name: string;
  url: string;
  /** The value as written (quotes included). */
  start: number;
  end: number;
  /** Where the URL text itself starts in the file (inside the quotes). */
  textStart: number;
  quote: '' | "'" | '"';
}

const cache = new WeakMap<Article, { config: ArchiveConfig; fields: UrlField[] }>();

/** Three rules ask for the same fields: read them once per article. */
export function urlFields(article: Article, config: ArchiveConfig): UrlField[] {
  const cached = cache.get(article);
  if (cached?.config === config) return cached.fields;
  const fields = readUrlFields(article, config);
  cache.set(article, { config, fields });
  return fields;
}

function readUrlFields(article: Article, config: ArchiveConfig): UrlField[] {
  if (!hexoReads(article)) return [];
  const data = article.hexo.data ?? {};
  const out: UrlField[] = [];
  for (const [name, schema] of config.fields) {
    if (!schema.types.includes('url') || isDuplicated(article, name)) continue;
    const value = Object.hasOwn(data, name) ? data[name] : undefined;
    const entry = entryFor(article, name);
    if (typeof value !== 'string' || value === '' || !entry?.valueSpan) continue;
    const written = article.text.slice(entry.valueSpan.start, entry.valueSpan.end);
    const quote = written[0] === "'" || written[0] === '"' ? written[0] : '';
    out.push({ name, url: value, start: entry.valueSpan.start, end: entry.valueSpan.end, textStart: entry.valueSpan.start + quote.length, quote });
  }
  return out;
}
