/**
 * The one reader of the facts a post's body states about itself: 来源 (the original publisher,
 * such as the seed's `<p>　　来源：北京日报·识政</p>`), 撰文 (the writer), 责任编辑 (the editor)
 * and 原标题 (the title at the source). The index, the preview's card and the cleaner all read
 * them here, so they cannot disagree.
 *
 * A byline is a label at the start of a line of text (after a tag, a blank or the body's start),
 * then a separator as the archive writes them: `：`, `:`, `丨`, `|`, `｜`, or blanks alone
 * (`来源 新华社`; then the value must be a name, not a sentence: `来源于…` and `来源 不明的消息称，…`
 * are prose). The line runs to the next tag other than inline formatting (`span`, `font`, `b`,
 * `strong`, `em`, `i`, `u`), or to a line break; references in it are decoded. The first line
 * of each kind wins.
 */
import { decodeHTML } from 'entities/lib/decode.js';

export type BylineField = 'source' | 'writer' | 'editor' | 'originalTitle';

export type Bylines = Partial<Record<BylineField, string>>;

export interface Byline {
  field: BylineField;
  value: string;
}

const FIELDS: Readonly<Record<string, BylineField>> = {
  '来源': 'source', '文章来源': 'source', '撰文': 'writer', '责任编辑': 'editor', '原标题': 'originalTitle',
};

const LABEL = /^(?:文章来源|来源|撰文|责任编辑|原标题)/u;
const BLANK = '[\\s\\u00a0\\u3000]';
const MARKED = new RegExp(`^${BLANK}*[：:丨|｜]${BLANK}*`, 'u');
const BLANKS = new RegExp(`^${BLANK}+`, 'u');
const BLANK_RUNS = new RegExp(`${BLANK}+`, 'gu');
const SENTENCE = /[，。；！？,;!?]/u;
const LONGEST: Readonly<Record<BylineField, number>> = { source: 80, writer: 60, editor: 60, originalTitle: 120 };

/** The byline one line of visible text states (references already decoded), or undefined. */
export function readByline(text: string): Byline | undefined {
  const line = text.replace(BLANK_RUNS, ' ').trim();
  const label = LABEL.exec(line);
  if (!label) return undefined;
  const field = FIELDS[label[0]];
  const rest = line.slice(label[0].length);
  const marked = MARKED.exec(rest);
  const separator = marked ?? BLANKS.exec(rest);
  if (!separator) return undefined;
  const value = rest.slice(separator[0].length).trim();
  if (value === '' || value.length > LONGEST[field]) return undefined;
  if (!marked && SENTENCE.test(value)) return undefined;
  return { field, value };
}

/** Where a label may start: the body's start, after a tag, a blank or an ideographic space. */
const CANDIDATE = /(?:^|(?<=[>\s\u3000]))(?:文章来源|来源|撰文|责任编辑|原标题)/gu;
const SOURCE_CANDIDATE = /(?:^|(?<=[>\s\u3000]))(?:文章)?来源/gu;
/** The tags a line runs through; any other tag ends it. */
const INLINE_TAG = /^<\/?(?:span|font|b|strong|em|i|u)(?:[\s/][^<>]*)?>/i;
const LINE_CHARS = 400;

/** The line of text from `at`: to the next tag that is not inline formatting, or a line break. */
function lineAt(html: string, at: number): string {
  let out = '';
  let i = at;
  const end = Math.min(html.length, at + LINE_CHARS);
  while (i < end) {
    const c = html[i];
    if (c === '\n' || c === '\r') break;
    if (c === '<') {
      const tag = INLINE_TAG.exec(html.slice(i, i + 200));
      if (!tag) break;
      i += tag[0].length;
      continue;
    }
    const next = html.slice(i, end).search(/[<\n\r]/);
    const stop = next < 0 ? end : i + next;
    out += html.slice(i, stop);
    i = stop;
  }
  return out.includes('&') ? decodeHTML(out) : out;
}

function scan(body: string, candidates: RegExp, want: (field: BylineField) => boolean, enough: (found: Bylines) => boolean): Bylines {
  const found: Bylines = {};
  candidates.lastIndex = 0;
  for (let m = candidates.exec(body); m; m = candidates.exec(body)) {
    const byline = readByline(lineAt(body, m.index));
    if (byline && want(byline.field) && found[byline.field] === undefined) {
      found[byline.field] = byline.value;
      if (enough(found)) break;
    }
  }
  return found;
}

/** 知乎日报's author card names the writer, `<span class="author">曾杰律师，</span>`, where the
 * body has no 撰文 line; the name without the comma the card puts after it. */
const AUTHOR_CARD = /<span class="author">([^<>]{1,60})<\/span>/;

/** The writer an author card names (see AUTHOR_CARD), or undefined. */
export function authorCardName(text: string): string | undefined {
  const name = (text.includes('&') ? decodeHTML(text) : text).replace(/[\s\u3000]+/gu, ' ').trim().replace(/[，,、：:]$/u, '').trim();
  return name === '' ? undefined : name;
}

/** Every byline the body (HTML) states, the first of each kind. */
export function findBylines(body: string): Bylines {
  const found = scan(body, CANDIDATE, () => true, (f) => Object.keys(f).length === 4);
  if (found.writer === undefined) {
    const card = AUTHOR_CARD.exec(body);
    const name = card ? authorCardName(card[1]) : undefined;
    if (name) found.writer = name;
  }
  return found;
}

/** The body's 来源, as findBylines reads it (the index's one field of the four). */
export function findSource(body: string): string | undefined {
  return scan(body, SOURCE_CANDIDATE, (f) => f === 'source', () => true).source;
}
