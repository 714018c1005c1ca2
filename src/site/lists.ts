/**
 * Choosing from lists for the site's pages: the entries of a long index a reader wants first (an
 * archive names thousands of speakers; the rest are a search away), and the spelling of a name
 * or role the articles use most (mostFrequent, shared with the ingest's verdict reasons).
 */
export { mostFrequent } from '../ingest/most-frequent.ts';

/** The `n` items with the most claims (ties: the earlier item), kept in the list's order. */
export function mostClaims<T extends { claims: readonly unknown[] }>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const rank = items.map((item, i) => ({ item, i })).sort((a, b) => b.item.claims.length - a.item.claims.length || a.i - b.i);
  const kept = new Set(rank.slice(0, n).map((r) => r.item));
  return items.filter((item) => kept.has(item));
}
