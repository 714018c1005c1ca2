/**
 * How far the claim pages of a synthetic corpus mix stories: the generator knows which story
 * each article belongs to (bench/generate.ts), so a page whose appearances come from articles
 * of different stories has matched claims that are not the same claim ("No new date has been
 * set" in one story and in another). Nothing in the ingest sees the stories; this only reads
 * what it wrote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatterYaml, readFastFrontmatter } from '../src/ingest/emit/claim-mdx.ts';
import { splitPage } from '../src/ingest/merge/yaml-text.ts';
import { listFiles } from './measure.ts';

export interface StoryMixing {
  /** Claim pages read. */
  pages: number;
  /** Pages whose appearances come from articles of more than one story. */
  mixedPages: number;
  /** Appearances on all pages. */
  appearances: number;
  /** Appearances on the mixed pages. */
  mixedAppearances: number;
}

/** The appearances' article ids of every claim page under `claimsDir` (its frontmatter's `appearances[].source`). */
export function readClaimSources(claimsDir: string): string[][] {
  return listFiles(claimsDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const split = splitPage(readFileSync(join(claimsDir, f), 'utf8'));
      if (!split) throw new Error(`${f}: no frontmatter`);
      // Read as the ingest reads its pages: the fast reader for the build's own layout, else `yaml`.
      const data = (readFastFrontmatter(split.yaml) ?? parseFrontmatterYaml(split.yaml)) as { appearances?: Array<{ source?: unknown }> } | null;
      return (data?.appearances ?? []).map((a) => String(a.source));
    });
}

/** Counts the pages (as lists of article ids) that mix stories; `storyOf` maps an article id to its story. */
export function storyMixing(pages: ReadonlyArray<readonly string[]>, storyOf: ReadonlyMap<string, number>): StoryMixing {
  const out: StoryMixing = { pages: 0, mixedPages: 0, appearances: 0, mixedAppearances: 0 };
  for (const sources of pages) {
    out.pages++;
    out.appearances += sources.length;
    // An article the generator did not write counts as a story of its own.
    const stories = new Set(sources.map((s) => storyOf.get(s) ?? `?${s}`));
    if (stories.size > 1) {
      out.mixedPages++;
      out.mixedAppearances += sources.length;
    }
  }
  return out;
}
