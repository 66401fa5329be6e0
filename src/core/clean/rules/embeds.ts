import { CleanRule } from '../types';

/** Embedded players and frames load remote pages, never article text: they go. `<object>` and
 * `<applet>` hold fallback content, which is what a browser shows when the plugin does not run
 * (and an unclosed one holds the rest of the article): they are unwrapped, their `<param>`s go. */
export const embeds: CleanRule = {
  id: 'embeds',
  label: ['embed', 'embeds'],
  description: '<iframe>, <embed> and frames removed; <object> and <applet> unwrapped to their fallback content',
  apply(ctx) {
    for (const el of ctx.select('iframe, embed, frame, frameset, object > param, applet > param')) ctx.remove(el);
    for (const el of ctx.select('object, applet').reverse()) ctx.unwrap(el);
  },
};
