import { removeBySelector } from './selectorRule';

/** Forms and their controls. Form markup meant as an example sits in `<pre><code>`, which
 * code-markup-as-text has already turned into text. */
export const forms = removeBySelector(
  'forms',
  ['form element', 'form elements'],
  '<form> and form controls',
  'form, input, button, select, textarea, datalist, keygen, output',
);
