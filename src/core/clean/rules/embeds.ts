import { removeBySelector } from './selectorRule';

/** Embedded players and frames: they load remote pages, never article text. */
export const embeds = removeBySelector(
  'embeds',
  ['embed', 'embeds'],
  '<iframe>, <object>, <embed>, <applet> and frames',
  'iframe, object, embed, applet, frame, frameset',
);
