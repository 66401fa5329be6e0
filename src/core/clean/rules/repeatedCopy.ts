import { findRepeatedCopy } from '../repeatedCopy';
import { CleanRule } from '../types';

/** The body is the article twice (a 3DMGame post repeats its whole text): the second copy goes.
 * Runs first, on the body as parsed, so both copies are compared as the source wrote them. */
export const repeatedCopy: CleanRule = {
  id: 'repeated-copy',
  label: ['repeated copy of the article', 'repeated copies of the article'],
  description: 'the second copy of a body that holds the same article twice',
  apply(ctx) {
    const found = findRepeatedCopy(ctx.$.root()[0], ctx.source);
    if (!found) return;
    ctx.removeRun(found.nodes);
  },
};
