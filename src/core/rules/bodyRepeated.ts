import { parseBody } from '../clean/cleanBody';
import { findRepeatedCopy, mayRepeat } from '../clean/repeatedCopy';
import { defineRule } from './types';

/**
 * A body that is the same article twice (a 3DMGame post repeats its whole text): the range is
 * the second copy. The fix deletes it only when that loses nothing — its markup is byte for byte
 * the first copy's and only white space, `<br>`, `<hr>` or empty paragraphs stand between them;
 * copies that read the same but are written differently (another attribute, another image size)
 * get none: which one to keep is the editor's call.
 */
export const bodyRepeated = defineRule({
  id: 'body-repeated',
  severity: 'warning',
  fixable: true,
  description: 'the body holds the same article twice',
  scope: 'body',
  messages: {
    repeated: 'The body holds the article twice: from here on it repeats the text above word for word. Delete this second copy.',
    repeatedDiffers: 'The body holds the article twice: from here on it repeats the text above word for word, but its markup differs from the first copy\'s, so there is no automatic fix. Compare the two copies and delete one.',
    delete: 'Delete the second copy of the article',
  },
  check(article, report) {
    const body = article.body;
    if (!mayRepeat(body)) return;
    const { $ } = parseBody(body);
    const found = findRepeatedCopy($.root()[0], body);
    if (!found) return;
    const at = article.bodyStart;
    const start = at + found.second.start;
    const end = at + found.second.end;
    if (!found.deletable) {
      report({ start, end, messageId: 'repeatedDiffers' });
      return;
    }
    report({
      start,
      end,
      messageId: 'repeated',
      fix: { messageId: 'delete', edits: [{ start: at + found.first.end, end, newText: '' }], intent: { body: true } },
    });
  },
});
