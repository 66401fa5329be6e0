import { removeBySelector } from './selectorRule';

/** Sina's video placeholders (`<div class="video-2017" id="videoList0">`) and its old player, whose
 * markup (a checkbox, `javascript:;` links, "视频加载中") means nothing without Sina's scripts. */
export const videoBlocks = removeBySelector(
  'video-blocks',
  ['video block', 'video blocks'],
  'video placeholders and players (video-2017, artical-player-wrap)',
  '.video-2017, .artical-player-wrap, div[id^="videoList"]',
);
