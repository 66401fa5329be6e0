import { defineRule } from './types';

/**
 * Zero-width and other invisible characters in the front matter (they come with scraped titles):
 * they break search, sorting and de-duplication. A zero-width joiner between two emoji is part
 * of the emoji (👨‍👩‍👧) and stays.
 */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]+/g;

function isEmojiSide(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Surrogate halves, the variation selector and misc symbols: the joiner sits inside an emoji.
  return (c >= 0xd800 && c <= 0xdfff) || c === 0xfe0f || (c >= 0x2600 && c <= 0x27bf);
}

/** The run's distinct code points, `U+200B, U+200D`: the message names them in its language. */
function codePoints(run: string): string {
  return [...new Set([...run].map((ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`))].join(', ');
}

export const invisibleCharacter = defineRule({
  id: 'invisible-character',
  severity: 'warning',
  fixable: true,
  description: 'a front-matter value holds zero-width or other invisible characters',
  scope: 'frontMatter',
  messages: {
    one: 'Invisible character ({chars:chars}): the value looks the same but compares, sorts and searches differently. Delete it.',
    several: 'Invisible characters ({chars:chars}): the value looks the same but compares, sorts and searches differently. Delete them.',
    delete: 'Delete the invisible characters',
  },
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
        messageId: m[0].length > 1 ? 'several' : 'one',
        args: { chars: codePoints(m[0]) },
        fix: { messageId: 'delete', edits: [{ start, end, newText: '' }] },
      });
    }
    INVISIBLE.lastIndex = 0;
  },
});
