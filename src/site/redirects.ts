/**
 * Renamed claim pages keep their old addresses: each name a page lists in `aliases` becomes a
 * page of its own that sends readers, links and bookmarks on to it (src/pages/claims/[slug].astro).
 *
 * An old name must be nobody else's: a page's own name or another page's old name would leave
 * one address meaning two pages. Such a clash stops the build with every clash named, by file,
 * rather than letting one page silently take the other's address.
 */

/** What the redirects need of a claim page: its name and its earlier names. */
export interface NamedPage {
  slug: string;
  data: { aliases?: readonly string[] | undefined };
}

/** Old name → the page it now belongs to. Throws, naming the files, when two pages want one address. */
export function claimRedirects<T extends NamedPage>(pages: readonly T[]): Map<string, T> {
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const redirects = new Map<string, T>();
  const problems: string[] = [];
  const file = (slug: string): string => `claims/${slug}.mdx`;
  for (const page of [...pages].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) {
    for (const alias of new Set(page.data.aliases ?? [])) {
      if (alias === page.slug) continue; // its own name: it has that address already
      if (bySlug.has(alias)) {
        problems.push(`${file(page.slug)}: aliases: "${alias}" is the name of another page (${file(alias)}); an address belongs to one page: take it out of aliases, or rename ${file(alias)}`);
        continue;
      }
      const other = redirects.get(alias);
      if (other) {
        problems.push(`${file(page.slug)}: aliases: "${alias}" is also an old name of ${file(other.slug)}; an address can lead to one page only: keep it in one of the two`);
        continue;
      }
      redirects.set(alias, page);
    }
  }
  if (problems.length > 0) throw new Error(`Claim pages that want the same address:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return redirects;
}
