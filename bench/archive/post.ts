/**
 * One generated post: front matter in the scraper's format of its era, then the body. The
 * format follows ../shared/corpus/README.md: a blank first line, `---`, the keys in a fixed
 * order, `---`, a blank line, `<div>   `, the HTML, `  `, `</div>` and 12 spaces, no final newline.
 */
import { makeBody, personName } from './body';
import { Defect, FILE_DEFECTS, FRONT_MATTER_DEFECTS } from './defects';
import { Random } from './random';
import { Paragraph } from './text';
import { fileNameFor, makeTitle } from './titles';
import { BodyStyle, Feed, FEEDS, PUBLISHERS } from './vocabulary';

export interface GeneratedPost {
  /** File name (without folder), unique within one generated archive. */
  name: string;
  text: string;
  feed: Feed;
  /** The title as intended (before any defect broke it). */
  title: string;
  date: Date;
  defects: Defect[];
}

/** The archive spans ten years, with more posts in later years, as a growing scraper collects. */
const START = Date.UTC(2013, 0, 1);
const END = Date.UTC(2023, 0, 1);
const ERA_C = Date.UTC(2019, 0, 1);
const ERA_A = Date.UTC(2020, 6, 1);

const MEDIAN_BYTES: Record<BodyStyle, number> = { sina: 4500, news: 2200, zhihu: 3500, xueqiu: 250, game: 2000, social: 300, anime: 400 };
const SOURCE_SHARE: Record<BodyStyle, number> = { sina: 0.4, news: 0.3, zhihu: 0.05, xueqiu: 0.05, game: 0.2, social: 0, anime: 0 };
const FEED_WEIGHTS = FEEDS.map((f) => [f, f.weight] as const);

const pad = (n: number) => String(n).padStart(2, '0');

/** `2021-11-26 07:21:47`: the feed's local time (UTC+8) with no zone, as some feeds gave it. */
function zonelessDate(d: Date): string {
  const l = new Date(d.getTime() + 8 * 3600_000);
  return `${l.getUTCFullYear()}-${pad(l.getUTCMonth() + 1)}-${pad(l.getUTCDate())} ${pad(l.getUTCHours())}:${pad(l.getUTCMinutes())}:${pad(l.getUTCSeconds())}`;
}

function quoteTitle(title: string, era: 'A' | 'B' | 'C', style: BodyStyle): string {
  if (era === 'B' && style === 'anime' && !/[:'"#@`&*!|>%{}[\],]/.test(title)) return title;
  return title.includes("'") ? `"${title}"` : `'${title}'`;
}

function imageFor(rng: Random, feed: Feed): string | undefined {
  if (feed.style === 'xueqiu' || rng.chance(0.3)) return undefined;
  const host = feed.style === 'sina' ? 'n.sinaimg.cn/finance' : feed.style === 'game' ? 'img.3dmgame.com/uploads/images/news' : 'pic.example-cdn.com/img';
  return `https://${host}/${rng.int(2015, 2022)}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}/${rng.int(100000, 999999)}.jpg`;
}

export class PostGenerator {
  private readonly names = new Set<string>();

  constructor(private readonly rng: Random, private readonly pool: readonly Paragraph[]) {}

  next(): GeneratedPost {
    const rng = this.rng;
    const feed = rng.weighted(FEED_WEIGHTS);
    const date = new Date(START + Math.floor(Math.sqrt(rng.next()) * (END - START) / 1000) * 1000);
    const era = date.getTime() < ERA_C ? 'B' : date.getTime() < ERA_A ? 'C' : 'A';
    const title = makeTitle(rng, feed.style, date);
    const fmDefect = rng.weighted(FRONT_MATTER_DEFECTS);
    const defects: Defect[] = fmDefect ? [fmDefect] : [];
    for (const [d, p] of FILE_DEFECTS) if (rng.chance(p)) defects.push(d);
    // One era re-quoted titles on every run; keep that era's piles to the defect's share.
    const pile = fmDefect === 'yaml-quote-pile';

    const image = imageFor(rng, feed);
    const headimg = image !== undefined ? `'${image}'` : rng.weighted([["''", 2], [undefined, 1], [`'https://picsum.photos/400/300?random=${rng.int(1, 9999)}'`, 3]] as const);
    const author = feed.personAuthors && era !== 'B' && rng.chance(0.8) ? personName(rng) : era === 'B' ? `${feed.site} - ${feed.feed}` : feed.site;

    const fm: string[] = [];
    let titleLine: string;
    if (fmDefect === 'yaml-colon-title') titleLine = `title: ${title.text.replace(/\n/g, ' ')}: 最新消息`;
    else if (fmDefect === 'yaml-at-title') titleLine = `title: @${title.text.replace(/^@/, '').replace(/\n/g, ' ')}`;
    else if (pile) {
      const q = '"'.repeat(rng.pick([7, 9]));
      titleLine = `title: ${q}'${title.text.replace(/\n/g, ' ')}'${q}`;
    } else titleLine = `title: ${quoteTitle(title.text, era, feed.style)}`;
    if (fmDefect !== 'missing-title') fm.push(titleLine);

    if (fmDefect === 'scalar-categories') fm.push(`categories: ${feed.category}`);
    else {
      fm.push('categories: ');
      const indent = era === 'A' ? ' ' : '    ';
      const path = era === 'B' ? [feed.category, `${feed.site} - ${feed.feed}`] : [feed.category, feed.site, feed.feed];
      path.forEach((c, i) => fm.push(`${fmDefect === 'yaml-tab-indent' && i === 1 ? '\t' : indent}- ${c}`));
      if (era === 'C') fm.push('');
    }
    if (era === 'A' && headimg !== undefined) fm.push(`headimg: ${headimg}`);
    else if (era === 'A') fm.push('headimg:');
    fm.push(`author: ${author}`);
    if (fmDefect === 'yaml-duplicate-key') fm.push(`author: ${feed.site}`);
    fm.push(`comments: ${fmDefect === 'comments-no' ? 'no' : 'false'}`);
    const zoneless = feed.style === 'zhihu' || feed.style === 'anime' ? rng.chance(0.5) : rng.chance(0.08);
    if (fmDefect === 'future-date') {
      const future = new Date(Date.UTC(rng.int(2031, 2040), rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59)));
      fm.push(`date: ${zoneless ? zonelessDate(future) : future.toUTCString()}`);
    } else if (fmDefect === 'empty-date') fm.push('date: ');
    else if (fmDefect === 'invalid-date') fm.push(`date: ${rng.pick(['昨天 10:20', '2021-13-45 25:61:00', 'Tue, 31 Feb 2021 99:00:00 XYZ', 'undefined'])}`);
    else if (fmDefect !== 'missing-date') fm.push(`date: ${zoneless ? zonelessDate(date) : date.toUTCString()}`);
    fm.push(`thumbnail: ${headimg ?? ''}`.trimEnd());
    if (rng.chance(0.04)) fm.push('tags: ', ...Array.from({ length: rng.int(1, 3) }, () => ` - ${rng.pick(PUBLISHERS)}`));

    const bytes = Math.min(200_000, rng.chance(0.004) ? rng.int(40_000, 200_000) : Math.round(rng.logNormal(MEDIAN_BYTES[feed.style], 0.8)));
    const source = rng.chance(SOURCE_SHARE[feed.style]) ? rng.pick(PUBLISHERS) : undefined;
    const html = makeBody(rng, this.pool, { style: feed.style, title: title.text, targetBytes: bytes, source, rawBraces: defects.includes('raw-braces'), image });

    const close = fmDefect === 'unclosed-front-matter' ? '' : '---\n';
    let text = `${defects.includes('no-blank-line') ? '' : '\n'}---\n${fm.join('\n')}\n${close}\n<div>   \n${html}  \n</div>\n            `;
    if (defects.includes('crlf')) text = text.replace(/\n/g, '\r\n');
    if (defects.includes('bom')) text = '\uFEFF' + text;
    return { name: this.uniqueName(fileNameFor(title.text)), text, feed, title: title.text, date, defects };
  }

  private uniqueName(base: string): string {
    let name = `${base}.md`;
    for (let n = 2; this.names.has(name); n++) name = `${base} (${n}).md`;
    this.names.add(name);
    return name;
  }
}
