/**
 * "Did you mean …?": the names nearest a misspelt one, for messages that name what was meant
 * (a frontmatter field, a related slug, a link to a page of the site).
 */

/** Edits between two strings, a swap of two neighbouring letters counting one (`verdcit` → `verdict`). */
export function levenshtein(a: string, b: string): number {
  // Optimal string alignment over three rows: two back for the swap.
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The `n` candidates fewest edits from `target` (at most `within`), nearest first (ties in code-point order). */
export function closest(target: string, candidates: Iterable<string>, n = 3, within = Infinity): string[] {
  return [...candidates]
    .map((c) => ({ c, d: levenshtein(target, c) }))
    .filter((x) => x.d <= within)
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0))
    .slice(0, n)
    .map((x) => x.c);
}
