/**
 * The preview reveals a clicked paragraph's source line. Each block element (and each `<br>`, for
 * text split by line breaks) carries its offset in the body, taken from the parser before any rule
 * moves things.
 */
import type { CheerioAPI } from 'cheerio';

export const OFFSET_ATTRIBUTE = 'data-na-offset';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, table, tr, td, th, figure, img, br, div, dt, dd, caption';

export function annotateOffsets($: CheerioAPI): void {
  // The article's own attributes of that name would point anywhere.
  $(`[${OFFSET_ATTRIBUTE}]`).removeAttr(OFFSET_ATTRIBUTE);
  for (const el of $(BLOCKS).toArray()) {
    if (el.startIndex !== null) el.attribs[OFFSET_ATTRIBUTE] = String(el.startIndex);
  }
}
