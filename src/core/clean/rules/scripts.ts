import { removeBySelector } from './selectorRule';

export const scripts = removeBySelector('scripts', ['script', 'scripts'], '<script>, <noscript> and <template> elements', 'script, noscript, template');
