/** Reads claim pages and article records from a content folder at test time (never hard-code slugs). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { articleSchema, type ArticleRecord } from '../../../src/schema/article.ts';
import { claimSchema, type ClaimFrontmatter } from '../../../src/schema/claim.ts';

export interface ClaimFile {
  slug: string;
  data: ClaimFrontmatter;
  /** The MDX body after the frontmatter. */
  body: string;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function splitPage(text: string): { frontmatter: string; body: string } {
  const m = FRONTMATTER.exec(text);
  if (!m) throw new Error('page has no frontmatter');
  return { frontmatter: m[1] ?? '', body: m[2] ?? '' };
}

export function readClaimFiles(contentDir: string): ClaimFile[] {
  const dir = join(contentDir, 'claims');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const { frontmatter, body } = splitPage(readFileSync(join(dir, file), 'utf8'));
      return { slug: file.replace(/\.mdx$/, ''), data: claimSchema.parse(parse(frontmatter)), body };
    });
}

export function activeClaims(contentDir: string): ClaimFile[] {
  return readClaimFiles(contentDir).filter((c) => c.data.status !== 'retired');
}

export function readArticles(contentDir: string): ArticleRecord[] {
  const dir = join(contentDir, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => articleSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}
