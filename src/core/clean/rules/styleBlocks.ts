import { removeBySelector } from './selectorRule';

export const styleBlocks = removeBySelector('style-blocks', ['style block', 'style blocks'], '<style> elements', 'style');
