import { CleanRule } from '../types';

/** Form controls go; a `<form>` itself is a container whose content a page shows (an unclosed
 * one holds the rest of the article), so it is unwrapped. Form markup meant as an example sits in
 * `<pre><code>`, which code-markup-as-text has already turned into text. */
const CONTROLS = 'input, button, select, textarea, datalist, keygen, output';

export const forms: CleanRule = {
  id: 'forms',
  label: ['form element', 'form elements'],
  description: 'form controls removed; <form> unwrapped, its content kept',
  apply(ctx) {
    for (const el of ctx.select(CONTROLS)) ctx.remove(el);
    for (const el of ctx.select('form')) ctx.unwrap(el);
  },
};
