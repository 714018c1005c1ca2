/**
 * Claim addresses the sitemap leaves out, read straight from the content folder for the sitemap
 * filter in astro.config.mjs (which runs before collections load): retired pages (`status:
 * retired`), and the earlier names of renamed pages (`aliases`), which only redirect.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What a page's frontmatter says about its listing: its `status` and its `aliases`. */
export interface ListingFacts {
  /** The `status` when it may be "retired"; RETIRED_UNSAID when it cannot be. */
  status: string;
  /** The page's earlier names (none unless the frontmatter lists some). */
  aliases: string[];
}

/** The status of frontmatter that cannot say "retired" (not parsed). */
export const RETIRED_UNSAID = 'not retired';

/** What `text`'s frontmatter says about its listing, or null when it has no readable frontmatter. */
export function listingFacts(text: string): ListingFacts | null {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  const yaml = m[1] ?? '';
  // Parsing every page's YAML would cost seconds on a large site (the config is loaded more
  // than once per build), and only retired and renamed pages matter: frontmatter without either
  // word, and without a backslash that could escape their letters, says neither.
  if (!yaml.includes('retired') && !yaml.includes('aliases') && !yaml.includes('\\')) return { status: RETIRED_UNSAID, aliases: [] };
  try {
    const data: unknown = parse(yaml);
    const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    const status = typeof fields['status'] === 'string' ? fields['status'] : RETIRED_UNSAID;
    const aliases = Array.isArray(fields['aliases']) ? fields['aliases'].filter((a): a is string => typeof a === 'string') : [];
    return { status, aliases };
  } catch {
    return null;
  }
}

/** Slugs under /claims/ that are no page of their own to list: retired pages and renamed pages' old names. */
export function unlistedClaimSlugs(dir: string): Set<string> {
  const out = new Set<string>();
  let files: string[];
  try {
    files = readdirSync(dir, { encoding: 'utf8' });
  } catch {
    return out;
  }
  for (const file of files) {
    if (!file.endsWith('.mdx')) continue;
    try {
      const slug = file.replace(/\.mdx$/, '');
      const facts = listingFacts(readFileSync(join(dir, file), 'utf8'));
      if (facts?.status === 'retired') out.add(slug);
      for (const alias of facts?.aliases ?? []) if (alias !== slug) out.add(alias); // its own name is its page
    } catch {
      // unreadable page: the build reports it
    }
  }
  return out;
}
