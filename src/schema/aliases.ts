/**
 * Renamed claim pages keep their old addresses: each name a page lists in `aliases` becomes a
 * page of its own that sends readers, links and bookmarks on to it (src/pages/claims/[slug].astro).
 *
 * An old name must be nobody else's: a page's own name or another page's old name would leave
 * one address meaning two pages. Ingest stops on such a clash (merge/apply.ts), and so does the
 * site build, with every clash named by file, rather than letting one page silently take the
 * other's address.
 */

/** What the redirects need of a claim page: its name and its earlier names. */
export interface NamedPage {
  slug: string;
  data: { aliases?: readonly string[] | undefined };
}

/** An old name `page` lists that is also `other`'s name, or also one of `other`'s old names. */
export interface AliasClash {
  page: string;
  alias: string;
  other: string;
  kind: 'name' | 'alias';
}

/** A page's file as messages name it (ingest names it from the working directory). */
const CLAIM_FILE = (slug: string): string => `claims/${slug}.mdx`;

/** What is wrong with a clash and how to fix it, for the file of `clash.page`. */
export function clashMessage({ alias, other, kind }: AliasClash, fileOf: (slug: string) => string = CLAIM_FILE): string {
  const file = fileOf(other);
  return kind === 'name'
    ? `"${alias}" is the name of another page (${file}); an address belongs to one page: take it out of aliases, or rename ${file}`
    : `"${alias}" is also an old name of ${file}; an address can lead to one page only: keep it in one of the two`;
}

/** Old name → the page it now belongs to, and the clashes left out (by page name, then old name). */
export function resolveAliases<T extends NamedPage>(pages: readonly T[]): { redirects: Map<string, T>; clashes: AliasClash[] } {
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const redirects = new Map<string, T>();
  const clashes: AliasClash[] = [];
  for (const page of [...pages].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) {
    for (const alias of new Set(page.data.aliases ?? [])) {
      if (alias === page.slug) continue; // its own name: it has that address already
      const other = bySlug.has(alias) ? alias : redirects.get(alias)?.slug;
      if (other !== undefined) clashes.push({ page: page.slug, alias, other, kind: bySlug.has(alias) ? 'name' : 'alias' });
      else redirects.set(alias, page);
    }
  }
  return { redirects, clashes };
}

/** Old name → the page it now belongs to. Throws, naming the files, when two pages want one address. */
export function claimRedirects<T extends NamedPage>(pages: readonly T[]): Map<string, T> {
  const { redirects, clashes } = resolveAliases(pages);
  if (clashes.length > 0) {
    throw new Error(`Claim pages that want the same address:\n${clashes.map((c) => `  ${CLAIM_FILE(c.page)}: aliases: ${clashMessage(c)}`).join('\n')}`);
  }
  return redirects;
}
