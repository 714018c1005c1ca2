/**
 * An author renames a claim page (its file, so its address) and lists the old name in `aliases`:
 * re-ingests keep the page under its new name, point other pages' relations at it, and give the
 * old name to no new page (its address redirects to the renamed page on the site).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { runIngest } from '../../../src/ingest/pipeline/run-ingest.ts';
import { readAllPages } from '../../../src/ingest/merge/apply.ts';
import { splitPage } from '../../e2e/helpers/content.ts';

let root: string;
let content: string;
let oldSlug: string;
const NEW_SLUG = 'renamed-by-the-desk';
const ingest = () => runIngest({ seedsDir: 'seeds', contentDir: content, cacheDir: join(root, 'cache') });
const claimsDir = () => join(content, 'claims');
const frontmatter = (slug: string) => parse(splitPage(readFileSync(join(claimsDir(), `${slug}.mdx`), 'utf8')).frontmatter) as Record<string, unknown>;
const relatedSlugs = (): string[] =>
  readdirSync(claimsDir()).flatMap((f) => ((frontmatter(f.slice(0, -4))['related'] ?? []) as Array<{ slug: string }>).map((r) => r.slug));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cc-rename-'));
  content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  expect(ingest().errors).toEqual([]);
  // A page other pages relate to: the rename must reach their `related` too.
  oldSlug = [...new Set(relatedSlugs())].sort()[0]!;
  const file = join(claimsDir(), `${oldSlug}.mdx`);
  const { frontmatter: yaml, body } = splitPage(readFileSync(file, 'utf8'));
  const doc = parseDocument(yaml);
  doc.set('aliases', [oldSlug]);
  writeFileSync(join(claimsDir(), `${NEW_SLUG}.mdx`), `---\n${doc.toString()}---\n${body}`);
  rmSync(file);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a renamed claim page', () => {
  it('keeps its new name and its aliases; the relations of other pages follow it; the old name stays free', () => {
    const r = ingest();
    expect(r.errors).toEqual([]);
    expect(existsSync(join(claimsDir(), `${oldSlug}.mdx`))).toBe(false);
    expect(frontmatter(NEW_SLUG)['aliases']).toEqual([oldSlug]);
    expect(frontmatter(NEW_SLUG)['status'] ?? 'active').toBe('active');
    expect(relatedSlugs()).toContain(NEW_SLUG);
    expect(relatedSlugs()).not.toContain(oldSlug);
  });

  it('settles: the next run, with the page known from the cache, writes nothing', () => {
    const r = ingest();
    expect(r.errors).toEqual([]);
    expect(r.written).toEqual([]);
  });

  it('a hand-written page may relate to the page by its old name (its address leads there), in ingest and in review', () => {
    const file = join(claimsDir(), 'desk-own-check.mdx');
    writeFileSync(
      file,
      `---\ntitle: The desk checked the call itself\nverdict: unattributed\nrelated:\n  - slug: ${oldSlug}\n    relation: related\n---\n\nOur own check.\n`,
    );
    try {
      const r = ingest();
      expect(r.errors).toEqual([]);
      expect(readFileSync(file, 'utf8')).toContain(`slug: ${oldSlug}`); // the author's words, as written
      expect(readAllPages(content).flatMap((p) => p.errors)).toEqual([]);
      expect(ingest().errors).toEqual([]); // and again, with the page known from the cache
      // A name no page has, nor had, is still refused.
      writeFileSync(file, readFileSync(file, 'utf8').replace(`slug: ${oldSlug}`, `slug: ${oldSlug}-typo`));
      expect(ingest().errors.join('\n')).toContain(`"${oldSlug}-typo" is not a claim page`);
    } finally {
      rmSync(file);
    }
    expect(ingest().errors).toEqual([]);
  });

  it('an old name another page has, as its name or an old name, stops the run naming the file and the other page', () => {
    const other = readdirSync(claimsDir()).map((f) => f.slice(0, -4)).find((slug) => slug !== NEW_SLUG)!;
    const file = join(claimsDir(), `${other}.mdx`);
    const text = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, text.replace('---\n', `---\naliases: [${oldSlug}]\n`));
      let r = ingest();
      expect(r.written).toEqual([]);
      const [first, second] = [other, NEW_SLUG].sort();
      expect(r.errors.join('\n')).toMatch(new RegExp(`${second}\\.mdx:\\d+: aliases: "${oldSlug}" is also an old name of \\S*claims/${first}\\.mdx`));
      writeFileSync(file, text.replace('---\n', `---\naliases: [${NEW_SLUG}]\n`));
      r = ingest();
      expect(r.errors.join('\n')).toContain(`${other}.mdx:2: aliases: "${NEW_SLUG}" is the name of another page (${join(claimsDir(), `${NEW_SLUG}.mdx`)})`);
    } finally {
      writeFileSync(file, text);
    }
    expect(ingest().errors).toEqual([]);
  });

  it('an old name written as a path stops the run with the file, the line and what to write', () => {
    const file = join(claimsDir(), `${NEW_SLUG}.mdx`);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(`aliases:\n  - ${oldSlug}\n`, `aliases:\n  - /claims/${oldSlug}/\n`));
    try {
      const r = ingest();
      expect(r.written).toEqual([]);
      expect(r.errors.join('\n')).toMatch(new RegExp(`${NEW_SLUG}\\.mdx:\\d+: aliases\\[0\\]: "/claims/${oldSlug}/" is a path: write the old file name alone, "${oldSlug}"`));
    } finally {
      writeFileSync(file, text);
    }
  });
});
