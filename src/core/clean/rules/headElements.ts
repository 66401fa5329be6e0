import { removeBySelector } from './selectorRule';

/** Document-level elements that leak into a body: they could redirect (`meta refresh`), rebase
 * links (`base`) or pull in styles (`link`). */
export const headElements = removeBySelector('head-elements', ['head element', 'head elements'], '<link>, <meta>, <base> and <title>', 'link, meta, base, title');
