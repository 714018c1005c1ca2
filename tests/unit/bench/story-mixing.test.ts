import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  articleIdOf,
  readClaimSources,
  storyMixing,
} from "../../../bench/story-mixing.ts";
import { renderMarkdown, type BenchResults } from "../../../bench/report.ts";

const dir = mkdtempSync(join(tmpdir(), "story-mixing-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (sources: string[]): string =>
  [
    "---",
    "title: A claim",
    "verdict: confirmed",
    "appearances:",
    ...sources.flatMap((s) => [
      `  - source: ${s}`,
      "    quote: Something happened.",
    ]),
    "---",
    "",
    "Body.",
    "",
  ].join("\n");

describe("story mixing", () => {
  it("reads every claim page’s appearance sources, in nested folders too", () => {
    mkdirSync(join(dir, "claims", "sub"), { recursive: true });
    writeFileSync(join(dir, "claims", "one.mdx"), page(["00001_a", "00002_b"]));
    writeFileSync(join(dir, "claims", "sub", "two.mdx"), page(['"00003_c"']));
    writeFileSync(join(dir, "claims", "notes.txt"), "not a page");
    const sources = readClaimSources(join(dir, "claims")).sort(
      (a, b) => b.length - a.length,
    );
    expect(sources).toEqual([["00001_a", "00002_b"], ["00003_c"]]);
  });

  it("counts a page as mixed when its articles come from different stories", () => {
    const storyOf = new Map([
      ["a", 0],
      ["b", 0],
      ["c", 1],
    ]);
    expect(storyMixing([["a", "b"], ["a", "c", "c"], ["c"]], storyOf)).toEqual({
      pages: 3,
      mixedPages: 1,
      appearances: 6,
      mixedAppearances: 3,
    });
    // An article the generator did not write is a story of its own.
    expect(storyMixing([["a", "zz"]], storyOf).mixedPages).toBe(1);
  });

  it("names articles as the ingest does: the seed file name without its extension", () => {
    expect(articleIdOf("00042_398945b4.txt")).toBe("00042_398945b4");
  });

  it("shows the figures in BENCHMARKS.md", () => {
    const results = {
      machine: {
        cpus: 2,
        cpuModel: "Test CPU",
        memoryGB: 24,
        node: "v24.0.0",
        platform: "linux",
        date: "2025-01-01 00:00 UTC",
      },
      command: "npm run bench",
      sizes: [
        {
          n: 1000,
          seeds: 1000,
          stories: 100,
          articles: 1000,
          claims: 2000,
          ingestS: 5,
          ingestRssMB: 300,
          astroS: 30,
          astroRssMB: 700,
          pagefindS: 5,
          pagefindHow: "separate run",
          pages: 2010,
          distMB: 50,
          baselinePages: 2010,
          baselineAstroS: 30,
          baselineAstroRssMB: 700,
          baselinePagefindS: 5,
          errors: [],
          mixing: {
            pages: 2000,
            mixedPages: 400,
            appearances: 25000,
            mixedAppearances: 18000,
          },
        },
      ],
      incremental: null,
    } as unknown as BenchResults;
    const md = renderMarkdown(results);
    expect(md).toContain("## Claims matched across stories");
    expect(md).toContain(
      "| 1,000 | 2,000 | 400 (20.0%) | 25,000 | 18,000 (72.0%) |",
    );
  });
});
