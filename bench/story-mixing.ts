/**
 * How far the claim pages of a synthetic corpus mix stories: the generator knows which story
 * each article belongs to (bench/generate.ts), so a page whose appearances come from articles
 * of different stories has matched claims that are not the same claim ("No new date has been
 * set" in one story and in another). Nothing in the ingest sees the stories; this only reads
 * what it wrote.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { readFastYaml } from "../src/ingest/emit/fast-yaml-read.ts";
import { listFiles } from "./measure.ts";

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
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const text = readFileSync(join(claimsDir, f), "utf8");
      const end = text.indexOf("\n---", 4);
      if (!text.startsWith("---") || end < 0)
        throw new Error(`${f}: no frontmatter`);
      const yaml = text.slice(text.indexOf("\n") + 1, end + 1);
      // The ingest's own fast reader first (it declines what it cannot read exactly), else `yaml`.
      const data = (readFastYaml(yaml) ?? parse(yaml)) as {
        appearances?: Array<{ source?: unknown }>;
      } | null;
      return (data?.appearances ?? []).map((a) => String(a.source));
    });
}

/** Counts the pages (as lists of article ids) that mix stories; `storyOf` maps an article id to its story. */
export function storyMixing(
  pages: ReadonlyArray<readonly string[]>,
  storyOf: ReadonlyMap<string, number>,
): StoryMixing {
  const out: StoryMixing = {
    pages: 0,
    mixedPages: 0,
    appearances: 0,
    mixedAppearances: 0,
  };
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

/** Article id of a generated seed file: its name without the extension (how the ingest names articles). */
export const articleIdOf = (fileName: string): string =>
  fileName.replace(/\.[^.]+$/u, "");
