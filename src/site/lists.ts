/**
 * Shortening a long index for one page: an archive names thousands of speakers, and a reader
 * scanning an index wants the ones that carry the most claims (the rest are a search away).
 */

/** The `n` items with the most claims (ties: the earlier item), kept in the list's order. */
export function mostClaims<T extends { claims: readonly unknown[] }>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const rank = items.map((item, i) => ({ item, i })).sort((a, b) => b.item.claims.length - a.item.claims.length || a.i - b.i);
  const kept = new Set(rank.slice(0, n).map((r) => r.item));
  return items.filter((item) => kept.has(item));
}
