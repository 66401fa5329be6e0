/** The cleaner's public surface. */
export { cleanBody, sanitizeOriginal } from './cleanBody';
export { ALL_RULES, detectProfile, PROFILES } from './profiles';
export { feedNames } from './feedNames';
export { formatBytes, removalSummary } from './summary';
export type { RemovalSummary } from './summary';
export { removalItemText, removalSummaryText } from './removalText';
export type { CleanMeta, CleanOptions, CleanProfileId, CleanResult, CleanRule, CleanSelectors, Removal } from './types';
export { cleanArticleText } from './cleanArticleText';
export type { ArticleCleaning } from './cleanArticleText';
