/**
 * Site profiles: which rules run, in which order. Each site of ./sites.ts has one, recognised
 * from its markup or its feed's names; `generic` is everything else. A site whose posts hold no
 * boilerplate beyond what the generic rules remove (掘金's copy buttons and style block, 3DMGame's
 * players, the plain-text feeds) runs those. Order matters: `repeated-copy` first, on the body as
 * parsed; copy buttons before code is turned into text, code before forms are removed,
 * hidden-markup comments before comments, removals before the empty elements they leave behind.
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
import { authorCards } from './rules/authorCards';
import { bylineLines } from './rules/bylineLines';
import { discussionLinks } from './rules/discussionLinks';
import { endMarks } from './rules/endMarks';
import { layoutTables } from './rules/layoutTables';
import { leadingBreaks } from './rules/leadingBreaks';
import { projectLinks } from './rules/projectLinks';
import { readingGuides } from './rules/readingGuides';
import { redirectLinks } from './rules/redirectLinks';
import { repeatedCopy } from './rules/repeatedCopy';
import { repostNotices } from './rules/repostNotices';
import { tagLinks } from './rules/tagLinks';
import { CleanProfileId, CleanRule } from './types';

const GENERIC: readonly CleanRule[] = [
  repeatedCopy, copyButtons, codeMarkupAsText, strayTagsAsText, comments, configRemove, configUnwrap, scripts, styleBlocks,
  embeds, svgDrawings, forms, headElements, eventHandlers, scriptLinks, hiddenElements, leadingBreaks, endMarks, byline,
  emptyParagraphs, emptyContainers,
];

/** The generic rules with a site's own: `before` ahead of everything after `repeated-copy` (rules
 * that read markup the generic ones would strip), `after` once the generic removals are done,
 * ahead of the bylines and the empty elements they leave. */
function site(before: readonly CleanRule[], after: readonly CleanRule[]): readonly CleanRule[] {
  const tail = GENERIC.indexOf(byline);
  return [GENERIC[0], ...before, ...GENERIC.slice(1, tail), ...after, ...GENERIC.slice(tail)];
}

export const PROFILES: Readonly<Record<CleanProfileId, readonly CleanRule[]>> = {
  generic: GENERIC,
  sina: [
    repeatedCopy, copyButtons, codeMarkupAsText, strayTagsAsText, hiddenMarkupComments, comments, configRemove, configUnwrap,
    promoBlocks, videoBlocks, scripts, styleBlocks, embeds, svgDrawings, forms, headElements, eventHandlers, stockLinks,
    quotePlaceholders, scriptLinks, hiddenElements, editorLine, originalTitle, byline, cmsFonts, emptyParagraphs,
    emptyContainers,
  ],
  'kuaikeji': site([], [repostNotices, tagLinks]),
  '36kr': site([projectLinks], [repostNotices]),
  'zhihu-daily': site([authorCards], [discussionLinks]),
  'oschina': site([redirectLinks], []),
  'juejin': GENERIC,
  '199it': GENERIC,
  'mastodon': GENERIC,
  'eventernote': GENERIC,
  'bangumi': GENERIC,
  'webtoons': site([], [readingGuides]),
  'finviz': GENERIC,
  'xueqiu': GENERIC,
  'age-anime': GENERIC,
  'dt-finance': GENERIC,
  '3dmgame': GENERIC,
  'gameres': site([layoutTables], [bylineLines, cmsFonts]),
};

/** Every rule once, for documentation and labels. */
export const ALL_RULES: readonly CleanRule[] = [...new Set(Object.values(PROFILES).flat())];

export { detectProfile } from './sites';
