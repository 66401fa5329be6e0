/**
 * One archive file as an article: where its front matter and body are, what Hexo reads from the
 * front matter, and (on demand) a position-aware YAML document. Parsing never throws: problems
 * are data for the rules to report.
 */
import type { EncodingFault } from './encoding';
import { findFrontMatter, FrontMatterBlock } from './frontMatterBlock';
import { HexoReading } from './hexoData';
import { readFrontMatter } from './hexoReading';
import { ArticleDate, readCategoryPath, readDate, readStringList, readText } from './hexoFields';
import { LineEnding, lineEndingOf, LineIndex } from './lineIndex';

export type { LineEnding };

export interface ArticleFields {
  title: string | undefined;
  date: ArticleDate | undefined;
  categories: string[];
  tags: string[];
  author: string | undefined;
}

export interface Article {
  readonly text: string;
  readonly eol: LineEnding;
  readonly bom: boolean;
  /** undefined when the file has no front matter at all. */
  readonly frontMatter: FrontMatterBlock | undefined;
  /** The YAML between the fences ('' without front matter). */
  readonly yaml: string;
  readonly bodyStart: number;
  readonly body: string;
  /** Lazily built offset ⇄ line/character map of the whole text. */
  readonly lines: LineIndex;
  /** What Hexo reads from the front matter (nothing when the block is `unread`); computed on first use. */
  readonly hexo: HexoReading;
  /** title, date, categories, tags and author with Hexo's meaning; computed on first use. */
  readonly fields: ArticleFields;
  /**
   * The file's bytes are not UTF-8 (./encoding.ts): the text is their UTF-8 decoding with U+FFFD
   * in place of bad bytes, so no fix may be written from it. Undefined when the bytes are UTF-8
   * or were never seen (text typed or handed over as text).
   */
  readonly encoding: EncodingFault | undefined;
}

export interface ParseOptions {
  /** What the file's bytes were found to be, when they are not UTF-8. */
  encoding?: EncodingFault;
}

const EMPTY_FIELDS: ArticleFields = { title: undefined, date: undefined, categories: [], tags: [], author: undefined };


class ParsedArticle implements Article {
  readonly eol: LineEnding;
  readonly bom: boolean;
  readonly frontMatter: FrontMatterBlock | undefined;
  readonly bodyStart: number;
  private lineIndex: LineIndex | undefined;
  private reading: HexoReading | undefined;
  private fieldValues: ArticleFields | undefined;

  constructor(readonly text: string, readonly encoding: EncodingFault | undefined) {
    this.eol = lineEndingOf(text);
    this.bom = text.charCodeAt(0) === 0xfeff;
    this.frontMatter = findFrontMatter(text);
    this.bodyStart = this.frontMatter ? this.frontMatter.end : this.bom ? 1 : 0;
  }

  get yaml(): string {
    const fm = this.frontMatter;
    return fm ? this.text.slice(fm.contentStart, fm.contentEnd) : '';
  }

  get body(): string {
    return this.text.slice(this.bodyStart);
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  get hexo(): HexoReading {
    if (!this.reading) {
      this.reading = readFrontMatter(this.text, this.frontMatter);
    }
    return this.reading;
  }

  get fields(): ArticleFields {
    if (!this.fieldValues) {
      const data = this.hexo.data;
      this.fieldValues = data
        ? {
            title: readText(data.title),
            date: readDate(data.date),
            categories: readCategoryPath(data.categories),
            tags: readStringList(data.tags),
            author: readText(data.author),
          }
        : EMPTY_FIELDS;
    }
    return this.fieldValues;
  }
}

export function parseArticle(text: string, options?: ParseOptions): Article {
  return new ParsedArticle(typeof text === 'string' ? text : String(text), options?.encoding);
}
