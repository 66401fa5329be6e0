/**
 * Chinese body text for generated posts: a pool of paragraphs built once per seed, each with its
 * UTF-8 size, so that filling a body to a target size costs no encoding.
 */
import { Random } from './random';
import { PUBLISHERS, SENTENCE_PARTS, STOCKS, SUBJECTS } from './vocabulary';

export interface Paragraph {
  text: string;
  bytes: number;
}

function sentence(rng: Random): string {
  const { lead, middle, end } = SENTENCE_PARTS;
  const n = rng.int(1, 3);
  const parts: string[] = [rng.pick(lead)];
  for (let i = 0; i < n; i++) parts.push(rng.chance(0.3) ? `${rng.pick(SUBJECTS)}${rng.pick(middle)}` : rng.pick(middle));
  if (rng.chance(0.4)) parts.push(`同比增长${rng.int(1, 99)}.${rng.int(0, 9)}%`);
  return parts.join('，') + (rng.chance(0.5) ? `，${rng.pick(end)}` : '') + '。';
}

/** A stock name linked the way Sina marks stocks up, with the empty quote span after it. */
export function stockLink(rng: Random): string {
  const [code, name] = rng.pick(STOCKS);
  return `<span id="stock_${code}"><a href="https://finance.sina.com.cn/realstock/company/${code}/nc.shtml" class="keyword" target="_blank" data-sudaclick="content_marketkeywords_p">${name}</a></span><span id="quote_${code}"></span>`;
}

export function paragraphPool(rng: Random, size: number): Paragraph[] {
  const pool: Paragraph[] = [];
  for (let i = 0; i < size; i++) {
    const sentences: string[] = [];
    const n = rng.int(1, 5);
    for (let j = 0; j < n; j++) sentences.push(sentence(rng));
    let text = sentences.join('');
    if (rng.chance(0.15)) text = stockLink(rng) + text;
    if (rng.chance(0.05)) text = `据${rng.pick(PUBLISHERS)}报道，` + text;
    pool.push({ text, bytes: Buffer.byteLength(text) });
  }
  return pool;
}
