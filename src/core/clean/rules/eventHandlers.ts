import { utf8Length } from '../utf8';
import { CleanRule } from '../types';

/** `on…` attributes (`oncontextmenu="return false"` on every webtoon image, `onclick` on copy
 * buttons): they are script. */
export const eventHandlers: CleanRule = {
  id: 'event-handlers',
  label: ['event handler', 'event handlers'],
  description: 'on… event-handler attributes',
  apply(ctx) {
    ctx.walk((node) => {
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
      for (const name of Object.keys(node.attribs)) {
        if (!/^on/i.test(name)) continue;
        const value = node.attribs[name];
        ctx.count(utf8Length(` ${name}="${value}"`), `${name}="${value}"`);
        delete node.attribs[name];
      }
    });
  },
};
