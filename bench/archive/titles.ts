/**
 * Titles as each kind of feed writes them: Sina headlines with `！` and `“引号”`, Zhihu
 * questions, fund-value lines with emoji, Mastodon toots starting with `@`, game news with 《》.
 */
import { Random } from './random';
import {
  ANIME, BodyStyle, EMOJI, GAME_NEWS, GAMES, OBJECTS, PREDICATES, SUBJECTS, TAILS, ZHIHU_QUESTIONS, ZHIHU_TOPICS,
} from './vocabulary';

function headline(rng: Random): string {
  let t = `${rng.pick(SUBJECTS)}${rng.pick(PREDICATES)}${rng.pick(OBJECTS)}`;
  if (rng.chance(0.3)) t += `！${rng.pick(SUBJECTS)}${rng.pick(PREDICATES)}${rng.pick(OBJECTS)}`;
  if (rng.chance(0.2)) t += ` 净利同比增长${rng.int(1, 400)}.${rng.int(0, 9)}%`;
  if (rng.chance(0.12)) t = `"${rng.pick(OBJECTS)}"${t}`;
  else if (rng.chance(0.08)) t = `“${rng.pick(OBJECTS)}”${t}`;
  if (rng.chance(0.04)) t = `视频_${t}`;
  if (rng.chance(0.03)) t += rng.pick(EMOJI);
  return t + rng.pick(TAILS);
}

function fundLine(rng: Random, date: Date): string {
  const md = `${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
  const up = rng.chance(0.5);
  const pct = rng.chance(0.1) ? 'undefined' : `${up ? '' : '-'}${rng.int(0, 4)}.${String(rng.int(0, 99)).padStart(2, '0')}`;
  return `${md} ${up ? '📈' : '📉'} ${pct}%`;
}

function toot(rng: Random): { title: string; multiline: boolean } {
  const user = `${rng.pick(['miss', 'neko', 'kaze', 'sora', 'hana', 'tomo'])}_${rng.int(1, 999)}${rng.chance(0.3) ? '_' : ''}`;
  const words = `${rng.pick(ZHIHU_TOPICS)}${rng.pick(EMOJI)}${rng.chance(0.5) ? rng.pick(EMOJI) : ''}`;
  // Some feeds kept the toot's line breaks inside the quoted title: a title over three lines.
  if (rng.chance(0.1)) return { title: `@${user} "\n${rng.pick(EMOJI)}${rng.pick(EMOJI)}\n"`, multiline: true };
  return { title: `@${user} ${rng.chance(0.5) ? `"${words}"` : words}`, multiline: false };
}

export interface GeneratedTitle {
  text: string;
  /** True when the title holds line breaks (kept inside its quotes in the YAML). */
  multiline: boolean;
}

export function makeTitle(rng: Random, style: BodyStyle, date: Date): GeneratedTitle {
  switch (style) {
    case 'sina':
    case 'news':
      return { text: headline(rng), multiline: false };
    case 'zhihu':
      return { text: `${rng.pick(ZHIHU_QUESTIONS)}${rng.pick(ZHIHU_TOPICS)}？`, multiline: false };
    case 'xueqiu':
      return { text: rng.chance(0.7) ? fundLine(rng, date) : `${rng.pick(SUBJECTS)}${rng.pick(PREDICATES)}${rng.pick(OBJECTS)}，你怎么看？`, multiline: false };
    case 'game': {
      const game = rng.pick(GAMES);
      // A dropped `《` survives in real feeds: `(守望先锋》…`.
      const open = rng.chance(0.05) ? '(' : '《';
      return { text: `${open}${game}》${rng.pick(GAME_NEWS)}${rng.chance(0.3) ? ' 玩家：太香了' : ''}`, multiline: false };
    }
    case 'social': {
      const t = toot(rng);
      return { text: t.title, multiline: t.multiline };
    }
    case 'anime':
      return { text: rng.chance(0.2) ? `${rng.int(1, 120)}화 ${rng.pick(['표정관리', '새로운 시작', '비밀', '약속'])}` : `${rng.pick(ANIME)} 第${rng.int(1, 24)}集`, multiline: false };
  }
}

/** The file name the scraper gave a post: the title without `.`, `#`, line breaks; path characters as `_`. */
export function fileNameFor(title: string): string {
  let name = title.replace(/[.#\r\n]/g, '').replace(/[:/\\?*[\]<>|]/g, '_').trim();
  if (name === '') name = 'untitled';
  // Stay under the 255-byte file-name limit with room for a suffix and the extension.
  while (Buffer.byteLength(name) > 200) name = name.slice(0, -1);
  return name;
}
