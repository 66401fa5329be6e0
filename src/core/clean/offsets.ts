/**
 * The preview reveals a clicked paragraph's source line. Each block element (and each `<br>`, for
 * text split by line breaks) carries its offset in the body, taken from the parser before any rule
 * moves things.
 */
import type { CheerioAPI } from 'cheerio';
import { elementsOf } from './dom';

export const OFFSET_ATTRIBUTE = 'data-na-offset';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'figure', 'img', 'br', 'div', 'dt', 'dd', 'caption']);

export function annotateOffsets($: CheerioAPI): void {
  for (const el of elementsOf($.root()[0])) {
    // The article's own attributes of that name would point anywhere.
    delete el.attribs[OFFSET_ATTRIBUTE];
    if (BLOCKS.has(el.name) && el.startIndex !== null) el.attribs[OFFSET_ATTRIBUTE] = String(el.startIndex);
  }
}
