/**
 * Cleaning a whole file: the body is replaced, the front matter (and BOM) stays byte for byte.
 * The edit is data, applied by the command (one undoable edit) or by the CLI's --write.
 * The 来源, 撰文, 责任编辑 and 原标题 lines stay in the written body (see keepBylines): the
 * index, the preview's card and the rules read them there, so cleaning never erases them.
 */
import { Article } from '../article/article';
import { cleanBody } from './cleanBody';
import { feedNames } from './feedNames';
import { CleanResult, CleanSelectors } from './types';

export interface ArticleCleaning {
  result: CleanResult;
  /** Replace [start, end) of the file with newText; undefined when cleaning changes nothing. */
  edit: { start: number; end: number; newText: string } | undefined;
}

export function cleanArticleText(article: Article, selectors?: CleanSelectors): ArticleCleaning {
  const result = cleanBody(article.body, { eol: article.eol, selectors, keepBylines: true, feed: feedNames(article) });
  const unchanged = result.html === article.body;
  return {
    result,
    edit: unchanged ? undefined : { start: article.bodyStart, end: article.text.length, newText: result.html },
  };
}
