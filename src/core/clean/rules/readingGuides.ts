import { CleanRule } from '../types';

/** Naver Webtoons opens every episode with its reading-guide picture (`…/webtoon/img-ctguide-white.png`),
 * the same for every comic. */
export const readingGuides: CleanRule = {
  id: 'reading-guides',
  label: ['reading-guide image', 'reading-guide images'],
  description: 'Naver Webtoons\' reading-guide image (img-ctguide) above each episode',
  apply(ctx) {
    for (const img of ctx.select('img[src*="/img-ctguide"]')) ctx.remove(img);
  },
};
