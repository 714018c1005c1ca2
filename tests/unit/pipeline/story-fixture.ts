/**
 * A story fixture ingested as a user would (tests/fixtures/<name>/seeds → a fresh content
 * folder), read back as the pages and article records the ingest wrote.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runIngest } from '../../../src/ingest/pipeline/run-ingest.ts';
import { splitPage } from '../../../src/ingest/merge/yaml-text.ts';

/** A claim page's frontmatter, as the tests read it. */
export interface StoryPage {
  slug: string;
  title: string;
  verdict: string;
  reasons: string[];
  related: Array<{ slug: string; relation: string }>;
  appearances: Array<{ source: string; quote: string; outlet: string | null; speaker: string | null; role: string | null; attribution: string; stance: string }>;
  /** The page's MDX body (the generated summary, unless an author edited it). */
  body: string;
}

export interface StoryArticle {
  id: string;
  outlet: string | null;
  date: string | null;
}

export interface IngestedStory {
  seedsDir: string;
  pages: StoryPage[];
  articles: StoryArticle[];
  /** Every appearance quoting `words`, with its page (throws when there is none). */
  appearances(words: string): Array<{ page: StoryPage; a: StoryPage['appearances'][number] }>;
  /** The first appearance quoting `words`, with its page (throws when there is none). */
  first(words: string): { page: StoryPage; a: StoryPage['appearances'][number] };
}

/** Ingests tests/fixtures/<name>/seeds; throws on any ingest error. */
export function ingestStory(name: string): IngestedStory {
  const seedsDir = join(import.meta.dirname, '../../fixtures', name, 'seeds');
  const content = mkdtempSync(join(tmpdir(), `crosscheck-${name}-`));
  const r = runIngest({ seedsDir, contentDir: content });
  if (r.errors.length > 0) throw new Error(`ingest of ${name} failed: ${r.errors.join('; ')}`);
  const read = (dir: string): string[] => readdirSync(join(content, dir)).map((f) => readFileSync(join(content, dir, f), 'utf8'));
  const pages = readdirSync(join(content, 'claims')).map((f) => {
    const { yaml, body } = splitPage(readFileSync(join(content, 'claims', f), 'utf8'))!;
    return { slug: f.replace(/\.mdx$/, ''), ...(parse(yaml) as Omit<StoryPage, 'slug' | 'body'>), body } as StoryPage;
  });
  const articles = read('articles').map((text) => JSON.parse(text) as StoryArticle);
  // (Everything is read: the folder goes, so that test runs leave no content behind.)
  rmSync(content, { recursive: true, force: true });
  return {
    seedsDir,
    pages,
    articles,
    appearances(words) {
      const out = pages.flatMap((page) => page.appearances.filter((a) => a.quote.includes(words)).map((a) => ({ page, a })));
      if (out.length === 0) throw new Error(`no appearance quotes "${words}"`);
      return out;
    },
    first(words) {
      return this.appearances(words)[0]!;
    },
  };
}
