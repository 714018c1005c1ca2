export { applyClaims, readAllPages, writeAll, displayPath } from './apply.ts';
export type { ApplyResult, ApplyOptions, FileWrite } from './apply.ts';
export { readPage, formatPageError } from './read-page.ts';
export type { PageError, ExistingPage } from './read-page.ts';
export { assignSlugs, baseSlug } from './identity.ts';
export { mergePage, newPage, retirePage, ENGINE_OWNED_KEYS } from './merge-page.ts';
export { buildReviewState, serializeReviewState, REVIEW_STATE_PATH, LOW_CONFIDENCE } from './review-state.ts';
export type { ReviewState, ReviewEntry } from './review-state.ts';
