import { removeBySelector } from './selectorRule';

/** Naver Webtoons opens every episode with its reading-guide picture (`…/webtoon/img-ctguide-white.png`),
 * the same for every comic. */
export const readingGuides = removeBySelector(
  'reading-guides',
  ['reading-guide image', 'reading-guide images'],
  'Naver Webtoons\' reading-guide image (img-ctguide) above each episode',
  'img[src*="/img-ctguide"]',
);
