import { CleanRule } from '../types';

/** 36kr links a company's name to its page on 36kr's own database (`a.project-link`, with the
 * company's logo in data attributes): the name is part of the sentence, so the link is unwrapped. */
export const projectLinks: CleanRule = {
  id: 'project-links',
  label: ['company link', 'company links'],
  description: 'links from a company\'s name to 36kr\'s company pages (a.project-link), unwrapped to their text',
  apply(ctx) {
    for (const a of ctx.select('a.project-link').reverse()) ctx.unwrap(a);
  },
};
