import type { Rule } from './types';

/**
 * Zero-width and other invisible characters in the front matter (they come with scraped titles):
 * they break search, sorting and de-duplication. A zero-width joiner between two emoji is part
 * of the emoji (👨‍👩‍👧) and stays.
 */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]+/g;

const NAMES: Record<number, string> = {
  0x00ad: 'soft hyphen',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2060: 'word joiner',
  0xfeff: 'zero-width no-break space (BOM)',
};

function isEmojiSide(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Surrogate halves, the variation selector and misc symbols: the joiner sits inside an emoji.
  return (c >= 0xd800 && c <= 0xdfff) || c === 0xfe0f || (c >= 0x2600 && c <= 0x27bf);
}

function describe(run: string): string {
  const names = [...new Set([...run].map((ch) => NAMES[ch.charCodeAt(0)] ?? `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`))];
  return names.join(', ');
}

export const invisibleCharacter: Rule = {
  id: 'invisible-character',
  severity: 'warning',
  fixable: true,
  description: 'a front-matter value holds zero-width or other invisible characters',
  scope: 'frontMatter',
  check(article, report) {
    const fm = article.frontMatter;
    if (!fm) return;
    const text = article.text;
    const yaml = article.yaml;
    for (let m = INVISIBLE.exec(yaml); m; m = INVISIBLE.exec(yaml)) {
      const start = fm.contentStart + m.index;
      const end = start + m[0].length;
      if (m[0] === '\u200d' && isEmojiSide(text, start - 1) && isEmojiSide(text, end)) continue;
      report({
        start,
        end,
        message: `Invisible character${m[0].length > 1 ? 's' : ''} (${describe(m[0])}): ${'the value looks the same but compares, sorts and searches differently'}. Delete ${m[0].length > 1 ? 'them' : 'it'}.`,
        fix: { title: 'Delete the invisible characters', edits: [{ start, end, newText: '' }] },
      });
    }
    INVISIBLE.lastIndex = 0;
  },
};
