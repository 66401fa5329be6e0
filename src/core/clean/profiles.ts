/**
 * Site profiles: which rules run, in which order. `sina` is recognised from its markup; `generic`
 * is everything else. Order matters: copy buttons go before code is turned into text, code
 * before forms are removed, hidden-markup comments before comments, removals before the empty
 * elements they leave behind.
 */
import { byline } from './rules/byline';
import { cmsFonts } from './rules/cmsFonts';
import { codeMarkupAsText } from './rules/codeMarkupAsText';
import { comments } from './rules/comments';
import { configRemove, configUnwrap } from './rules/configSelectors';
import { copyButtons } from './rules/copyButtons';
import { editorLine } from './rules/editorLine';
import { embeds } from './rules/embeds';
import { emptyContainers } from './rules/emptyContainers';
import { emptyParagraphs } from './rules/emptyParagraphs';
import { eventHandlers } from './rules/eventHandlers';
import { forms } from './rules/forms';
import { headElements } from './rules/headElements';
import { hiddenElements } from './rules/hiddenElements';
import { hiddenMarkupComments } from './rules/hiddenMarkupComments';
import { originalTitle } from './rules/originalTitle';
import { promoBlocks } from './rules/promoBlocks';
import { quotePlaceholders } from './rules/quotePlaceholders';
import { scriptLinks } from './rules/scriptLinks';
import { scripts } from './rules/scripts';
import { stockLinks } from './rules/stockLinks';
import { strayTagsAsText } from './rules/strayTagsAsText';
import { styleBlocks } from './rules/styleBlocks';
import { svgDrawings } from './rules/svgDrawings';
import { videoBlocks } from './rules/videoBlocks';
import { CleanProfileId, CleanRule } from './types';

export const PROFILES: Readonly<Record<CleanProfileId, readonly CleanRule[]>> = {
  generic: [
    copyButtons, codeMarkupAsText, strayTagsAsText, comments, configRemove, configUnwrap, scripts, styleBlocks,
    embeds, svgDrawings, forms, headElements, eventHandlers, scriptLinks, hiddenElements, byline, emptyParagraphs,
    emptyContainers,
  ],
  sina: [
    copyButtons, codeMarkupAsText, strayTagsAsText, hiddenMarkupComments, comments, configRemove, configUnwrap,
    promoBlocks, videoBlocks, scripts, styleBlocks, embeds, svgDrawings, forms, headElements, eventHandlers, stockLinks,
    quotePlaceholders, scriptLinks, hiddenElements, editorLine, originalTitle, byline, cmsFonts, emptyParagraphs,
    emptyContainers,
  ],
};

/** Every rule once, for documentation and labels. */
export const ALL_RULES: readonly CleanRule[] = [...new Set([...PROFILES.sina, ...PROFILES.generic])];

/** Marks only Sina's CMS writes: its comment markers, QR block, editor line, stock spans. */
const SINA_MARKUP = /appendQr_wrap|class="article-editor"|<!--\s*news_keyword_pub|<!--\s*正文下iframe|<span id="stock_|cms-style="|app-kaihu-qr|class="video-2017"|artical-player-wrap|<!--article_adlist\[|<!--mce-plugin-videoList/;

export function detectProfile(body: string): CleanProfileId {
  return SINA_MARKUP.test(body) ? 'sina' : 'generic';
}
