/**
 * Traditional → simplified folding from OpenCC's own tables (opencc-js): its phrase table first
 * (乾隆 stays 乾隆), then one character at a time (國內 → 国内), longest match first as OpenCC
 * does. Only these tables are bundled (~100 KB) rather than the converter with all its
 * dictionaries (2.2 MB for `opencc-js`, 200 KB for `opencc-js/t2cn`): a vocabulary key only has
 * to fold both spellings of a name to the same text.
 */
import compatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import hongKongVariants from 'opencc-js/dict/HKVariantsRev';
import simplifiedToTraditional from 'opencc-js/dict/STCharacters';
import traditionalToSimplified from 'opencc-js/dict/TSCharacters';
import traditionalPhrases from 'opencc-js/dict/TSPhrases';
import taiwanVariants from 'opencc-js/dict/TWVariantsRev';

interface Tables {
  characters: Map<string, string>;
  /** Phrases by first character, longest first. */
  phrases: Map<string, [string, string][]>;
  /** Characters only simplified Chinese writes: 财 (財), not 干 (which is also traditional). */
  simplifiedOnly: Set<string>;
}

let tables: Tables | undefined;

function entries(dict: string): string[][] {
  return dict.split('|').map((e) => e.split(' ')).filter((e) => e.length >= 2 && e[0] !== '');
}

function load(): Tables {
  if (tables) return tables;
  const characters = new Map<string, string>();
  for (const [from, to] of entries(traditionalToSimplified)) characters.set(from, to);
  // Regional variants and compatibility ideographs become the standard traditional character
  // first, then simplified.
  for (const dict of [compatibilityIdeographs, taiwanVariants, hongKongVariants]) {
    for (const [from, to] of entries(dict)) if (!characters.has(from)) characters.set(from, characters.get(to) ?? to);
  }
  const phrases = new Map<string, [string, string][]>();
  for (const [from, to] of entries(traditionalPhrases)) {
    const first = String.fromCodePoint(from.codePointAt(0)!);
    const list = phrases.get(first);
    if (list) list.push([from, to]);
    else phrases.set(first, [[from, to]]);
  }
  for (const list of phrases.values()) list.sort((a, b) => b[0].length - a[0].length);
  const simplifiedOnly = new Set<string>();
  for (const [from, ...to] of entries(simplifiedToTraditional)) if (!to.includes(from)) simplifiedOnly.add(from);
  return (tables = { characters, phrases, simplifiedOnly });
}

/** The text cut into pieces, each with its simplified form. */
function* pieces(text: string): Generator<[string, string]> {
  const { characters, phrases } = load();
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const phrase = phrases.get(ch)?.find(([from]) => text.startsWith(from, i));
    if (phrase) {
      yield phrase;
      i += phrase[0].length;
    } else {
      yield [ch, characters.get(ch) ?? ch];
      i += ch.length;
    }
  }
}

/** `国內` → `国内`, `頭條` → `头条`; everything else is kept. */
export function foldToSimplified(text: string): string {
  let out = '';
  for (const [, to] of pieces(text)) out += to;
  return out;
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * How many characters of `text` are written in traditional-only and simplified-only forms.
 * Japanese (any kana) counts as neither: its kanji mix forms of both by design.
 */
export function scriptMix(text: string): { traditional: number; simplified: number } {
  const mix = { traditional: 0, simplified: 0 };
  if (KANA.test(text)) return mix;
  const { simplifiedOnly } = load();
  for (const [from, to] of pieces(text)) {
    if (from !== to) mix.traditional += [...from].filter((ch, k) => ch !== [...to][k]).length;
    else for (const ch of from) if (simplifiedOnly.has(ch)) mix.simplified++;
  }
  return mix;
}

const HAN = /^\p{Script=Han}$/u;

/** Whether a character is a Han ideograph. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}
