/**
 * Slugs of retired claim pages (`status: retired` in the frontmatter), read straight from the
 * content folder for the sitemap filter in astro.config.mjs (which runs before collections load).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What frontmatterStatus answers for frontmatter that cannot say "retired" (not parsed). */
export const RETIRED_UNSAID = 'not retired';

/**
 * The frontmatter's `status` when it may be "retired", RETIRED_UNSAID when it cannot be, or
 * null when the file has no readable frontmatter.
 */
export function frontmatterStatus(text: string): string | null {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  // Parsing every page's YAML would cost seconds on a large site (the config is loaded more
  // than once per build), and only retired pages matter: frontmatter without the word, and
  // without a backslash that could escape its letters, cannot say `status: retired`.
  if (!(m[1] ?? '').includes('retired') && !(m[1] ?? '').includes('\\')) return RETIRED_UNSAID;
  try {
    const data: unknown = parse(m[1] ?? '');
    const status = data && typeof data === 'object' ? (data as Record<string, unknown>)['status'] : undefined;
    return typeof status === 'string' ? status : null;
  } catch {
    return null;
  }
}

export function retiredClaimSlugs(dir: string): Set<string> {
  const out = new Set<string>();
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return out;
  }
  for (const file of files) {
    if (!file.endsWith('.mdx')) continue;
    try {
      if (frontmatterStatus(readFileSync(join(dir, file), 'utf8')) === 'retired') out.add(file.replace(/\.mdx$/, ''));
    } catch {
      // unreadable page: the build reports it
    }
  }
  return out;
}
