/**
 * Choosing from lists for the site's pages: the entries of a long index a reader wants first (an
 * archive names thousands of speakers; the rest are a search away), and the spelling of a name
 * or role the articles use most.
 */

/** The key counted most often (ties: the one counted first), or undefined when there is none. */
export function mostFrequent<K>(counts: ReadonlyMap<K, number>): K | undefined {
  let best: K | undefined;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

/** The `n` items with the most claims (ties: the earlier item), kept in the list's order. */
export function mostClaims<T extends { claims: readonly unknown[] }>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const rank = items.map((item, i) => ({ item, i })).sort((a, b) => b.item.claims.length - a.item.claims.length || a.i - b.i);
  const kept = new Set(rank.slice(0, n).map((r) => r.item));
  return items.filter((item) => kept.has(item));
}
