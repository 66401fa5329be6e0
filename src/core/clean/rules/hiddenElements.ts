import { CleanRule } from '../types';

/** Elements the page itself hides (`hidden`, `display:none`): the reader never saw them. */
export const hiddenElements: CleanRule = {
  id: 'hidden-elements',
  label: ['hidden element', 'hidden elements'],
  description: 'elements with the hidden attribute or display:none',
  apply(ctx) {
    for (const el of ctx.select('[hidden], [style]')) {
      const style = (el.attribs.style ?? '').replace(/\s+/g, '').toLowerCase();
      if (el.attribs.hidden !== undefined || style.includes('display:none')) ctx.remove(el);
    }
  },
};
