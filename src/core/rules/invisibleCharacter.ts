import type { Article } from '../article/article';
import type { FixIntent } from '../problem';
import { entryEnd, frontMatterView } from './entries';
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

/**
 * What deleting the run at start…end means to Hexo's reading: the field whose value holds it
 * reads as before without these characters; a key that holds it becomes the key without them,
 * with the same value (beside a key of that name, Hexo would reject the whole front matter: the
 * read-back then withholds the fix). In a comment, nothing Hexo reads changes.
 */
function deletionIntent(article: Article, start: number, end: number, run: string): FixIntent | undefined {
  const entry = frontMatterView(article).entries.find((e) => start >= e.keySpan.start && start < Math.max(entryEnd(e), e.keySpan.end));
  if (!entry) return undefined;
  if (start >= entry.keySpan.end) return { fields: { [entry.key]: { sameWithout: run } } };
  const data = article.hexo.data;
  const written = article.text.slice(entry.keySpan.start, entry.keySpan.end);
  if (!data || written !== entry.key || !Object.hasOwn(data, entry.key)) return undefined;
  const at = start - entry.keySpan.start;
  const key = entry.key.slice(0, at) + entry.key.slice(at + (end - start));
  return { fields: { [entry.key]: { removed: true }, [key]: { reads: data[entry.key] } } };
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
        fix: { messageId: 'delete', edits: [{ start, end, newText: '' }], intent: deletionIntent(article, start, end, m[0]) },
      });
    }
    INVISIBLE.lastIndex = 0;
  },
});
