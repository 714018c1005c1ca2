/**
 * What the RSS feed carries: the claims most recently reported, newest first. A feed is polled
 * for what is new, so it holds the latest FEED_SIZE claims, not an archive's tens of thousands.
 */
import type { ClaimView } from './model.ts';

export const FEED_SIZE = 100;

/** The `n` claims with the latest article dates (undated last; equal dates by title). */
export function latestClaims(claims: readonly ClaimView[], n: number = FEED_SIZE): ClaimView[] {
  return [...claims]
    .sort((a, b) => (b.lastDate ?? '').localeCompare(a.lastDate ?? '') || a.title.localeCompare(b.title))
    .slice(0, n);
}
