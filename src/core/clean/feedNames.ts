/**
 * The names a post's front matter gives its feed: the categories and the author, as Hexo reads
 * them, and, where Hexo reads nothing (piled quotes, `title: @…`), the generator's own
 * `author:` and list lines, read line by line.
 */
import type { Article } from '../article/article';

const LINE = /^(?:author:|[ \t]+-)[ \t]*(.+?)[ \t]*$/gm;

export function feedNames(article: Pick<Article, 'fields' | 'yaml'>): string[] {
  const names = [...article.fields.categories];
  if (article.fields.author) names.push(article.fields.author);
  for (const m of article.yaml.matchAll(LINE)) names.push(m[1].replace(/^(['"])(.*)\1$/, '$2'));
  return names;
}
