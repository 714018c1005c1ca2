/**
 * Every built claim page, read from disk (main site and fixture site): one valid ClaimReview
 * JSON-LD block, the size budget (≤ 30 KB HTML + CSS), and no JavaScript at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { claimReviewSchema, type ClaimReviewData } from './helpers/claim-review-schema.ts';
import { activeClaims, readClaimFiles } from './helpers/content.ts';
import { claimPages, eventHandlers, isJsonLd, pageWeight, readPage, referencedScripts, scriptTags, type BuiltPage } from './helpers/dist.ts';
import { projectRoot } from './helpers/build.ts';

const BUDGET_BYTES = 30 * 1024;
const LABELS: Record<string, string> = { disputed: 'Disputed', confirmed: 'Confirmed', unattributed: 'Unattributed' };

const sites = [
  { name: 'main site', dist: inject('distDir'), content: join(projectRoot, 'content') },
  { name: 'fixture site', dist: inject('fixture').dist, content: inject('fixture').content },
];

function jsonLdOf(page: BuiltPage): { raw: string; data: unknown }[] {
  return scriptTags(page.html)
    .filter(isJsonLd)
    .map((tag) => ({ raw: tag.body, data: JSON.parse(tag.body) as unknown }));
}

for (const site of sites) {
  describe(`claim pages of the ${site.name}`, () => {
    const pages = claimPages(site.dist);
    const claims = readClaimFiles(site.content);

    it('are built for every claim file, retired ones included', () => {
      expect(pages.map((p) => p.path).sort()).toEqual(claims.map((c) => `/claims/${c.slug}/`).sort());
    });

    it('keep the old address of every renamed page (its `aliases`), and no other', () => {
      const old = claimPages(site.dist, { redirects: true }).map((p) => p.path);
      expect(old.sort()).toEqual(claims.flatMap((c) => (c.data.aliases ?? []).map((a) => `/claims/${a}/`)).sort());
    });

    it('each carry exactly one ClaimReview that meets the structured-data requirements', () => {
      const bySlug = new Map(claims.map((c) => [c.slug, c]));
      for (const page of pages) {
        const blocks = jsonLdOf(page);
        expect(blocks, page.path).toHaveLength(1);
        const [block] = blocks;
        // Seed text cannot end the script element: no raw "<" at all inside it.
        expect(block?.raw.includes('<'), `${page.path}: raw < in JSON-LD`).toBe(false);
        const parsed = claimReviewSchema.safeParse(block?.data);
        expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), page.path).toEqual([]);
        const review = parsed.data as ClaimReviewData;
        const claim = bySlug.get(page.path.split('/')[2] ?? '');
        expect(claim, page.path).toBeDefined();
        if (!claim) continue;
        expect(review.url).toBe(new URL(page.path, siteConfig.baseUrl).href);
        expect(review.author.name).toBe(siteConfig.publisher.name);
        expect(review.reviewRating.alternateName).toBe(LABELS[claim.data.verdict]);
        // The page shows the same verdict, as a word.
        const panel = new RegExp(`class="verdict-panel p-${claim.data.verdict}"[^]*?Verdict: </span>${LABELS[claim.data.verdict]}</span>`);
        expect(page.html, page.path).toMatch(panel);
        // claimReviewed is the claim (cut at a word boundary), without the rating.
        const shown = review.claimReviewed.replace(/…$/, '');
        expect(claim.data.title.startsWith(shown), `${page.path}: "${review.claimReviewed}"`).toBe(true);
        if (review.claimReviewed.endsWith('…')) expect(claim.data.title.charAt(shown.length)).toMatch(/[\s,;:.!?–—-]/);
        expect(review.itemReviewed.name).toBe(claim.data.title);
        // One CreativeWork per article on the site that carries the claim, linking to the article view.
        const sources = [...new Set(claim.data.appearances.map((a) => a.source))].filter((id) =>
          existsSync(join(site.dist, 'articles', id, 'index.html')),
        );
        const urls = (review.itemReviewed.appearance ?? []).map((w) => new URL(w.url).pathname);
        expect(urls, page.path).toEqual(sources.map((id) => `/articles/${encodeURIComponent(id)}/`));
        for (const url of urls) expect(existsSync(join(site.dist, decodeURIComponent(url), 'index.html')), url).toBe(true);
      }
    });

    it(`stay within ${BUDGET_BYTES / 1024} KB of HTML + CSS and ship no JavaScript`, () => {
      let largest = { path: '', total: 0 };
      for (const page of pages) {
        const weight = pageWeight(site.dist, page);
        if (weight.total > largest.total) largest = { path: page.path, total: weight.total };
        expect(weight.total, `${page.path}: ${weight.html} B HTML + ${weight.css} B CSS`).toBeLessThanOrEqual(BUDGET_BYTES);
        const js = scriptTags(page.html).filter((t) => !isJsonLd(t));
        expect(js.map((t) => t.attrs), `${page.path} <script> tags`).toEqual([]);
        expect(referencedScripts(page.html), `${page.path} JS files`).toEqual([]);
        expect(eventHandlers(page.html), `${page.path} inline handlers`).toEqual([]);
      }
      console.log(`[budget] ${site.name}: ${pages.length} claim pages, largest ${largest.path} at ${(largest.total / 1024).toFixed(1)} KB`);
    });

    it('on a denial\'s page, say that it checks the denial and link what it denies', () => {
      const bySlug = new Map(claims.map((c) => [c.slug, c]));
      let seen = 0;
      for (const page of pages) {
        const claim = bySlug.get(page.path.split('/')[2] ?? '');
        if (!claim || claim.data.status === 'retired') continue;
        const denied = claim.data.related.filter((r) => r.relation === 'disputes' && bySlug.has(r.slug) && bySlug.get(r.slug)?.data.status !== 'retired');
        const scope = /<p class="verdict-scope"[^>]*>([^]*?)<\/p>/.exec(page.html);
        if (denied.length === 0) {
          expect(scope, page.path).toBeNull();
          continue;
        }
        seen++;
        expect(scope?.[1], page.path).toContain('This page checks the denial');
        for (const r of denied) expect(scope?.[1], `${page.path} → ${r.slug}`).toContain(`href="/claims/${r.slug}/"`);
      }
      if (site.name === 'main site') expect(seen).toBeGreaterThan(0);
    });

    it('put active claims in search and keep retired ones out', () => {
      const active = new Set(activeClaims(site.content).map((c) => c.slug));
      for (const page of pages) {
        const slug = page.path.split('/')[2] ?? '';
        const indexed = page.html.includes('data-pagefind-body');
        expect(indexed, page.path).toBe(active.has(slug));
        if (indexed) {
          expect(page.html).toMatch(/data-pagefind-filter="verdict:(Disputed|Confirmed|Unattributed)"/);
          expect(page.html).toMatch(/data-pagefind-sort="date:\d{4}-\d{2}-\d{2}"/);
        } else {
          expect(page.html).toContain('This claim no longer appears in any source article');
        }
      }
    });
  });
}

describe('a renamed claim page', () => {
  const fixture = inject('fixture');

  it('its old address sends readers on at once, and tells search engines the new one is the page', () => {
    const html = readPage(fixture.dist, `claims/${fixture.renamedFrom}/`);
    const to = encodeURI(`/claims/${fixture.renamedSlug}/`); // its name has letters beyond Latin-1
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${to}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<link rel="canonical" href="${new URL(to, siteConfig.baseUrl).href}">`);
    expect(html).toContain(`href="${to}"`); // a link for browsers that do not follow the refresh
  });

  it('is linked, listed and in the sitemap by its new name only', () => {
    const pages = readdirSync(fixture.dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html') && !f.includes(`claims${sep}${fixture.renamedFrom}${sep}`))
      .map((f) => readFileSync(join(fixture.dist, f), 'utf8'));
    expect(pages.filter((html) => html.includes(`href="/claims/${fixture.renamedFrom}/"`))).toEqual([]);
    // Other pages still name it by its old name in `related` (until the next ingest): their links reach the new one.
    expect(pages.filter((html) => html.includes(`href="/claims/${fixture.renamedSlug}/"`)).length).toBeGreaterThan(2);
    const sitemap = readFileSync(join(fixture.dist, 'sitemap-0.xml'), 'utf8');
    expect(decodeURI(sitemap)).toContain(`/claims/${fixture.renamedSlug}/`);
    expect(sitemap).not.toContain(`/claims/${fixture.renamedFrom}/`);
  });
});

describe('feeds and listings', () => {
  const fixture = inject('fixture');

  it('list active claims in the RSS feed and leave retired ones out', () => {
    const rss = readFileSync(join(fixture.dist, 'rss.xml'), 'utf8');
    const links = [...rss.matchAll(/<link>([^<]*\/claims\/[^<]*)<\/link>/g)].map((m) => decodeURI(new URL(m[1] ?? '').pathname));
    expect(links.sort()).toEqual(activeClaims(fixture.content).map((c) => `/claims/${c.slug}/`).sort());
    expect(links).not.toContain(`/claims/${fixture.retiredSlug}/`);
  });

  it('give each feed item its verdict and quotes as HTML, seed markup kept as text', () => {
    const rss = readFileSync(join(fixture.dist, 'rss.xml'), 'utf8');
    const xmlText = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    const items = [...rss.matchAll(/<content:encoded>([^<]*)<\/content:encoded>/g)].map((m) => xmlText(m[1] ?? ''));
    expect(items.length).toBe(activeClaims(fixture.content).length);
    for (const html of items) {
      expect(html).toMatch(/^<p><strong>Verdict: (Disputed|Confirmed|Unattributed)\.<\/strong>/);
      expect(html).not.toMatch(/<script|<img|<style/i);
    }
    // The hostile seed's "<script>alert(1)</script>" is quoted, as text.
    expect(items.some((html) => html.includes('&#x3C;script>alert(1)&#x3C;/script>'))).toBe(true);
  });

  it('mark the retired claim’s own page noindex, and link from it only to pages that exist', () => {
    const html = readPage(fixture.dist, `claims/${fixture.retiredSlug}/`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    const links = [...html.matchAll(/href="(\/(?:outlets|speakers|claims|articles)\/[^"#]*)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(existsSync(join(fixture.dist, link, 'index.html')), link).toBe(true);
    // An active claim's page is indexed.
    expect(readPage(fixture.dist, `claims/${fixture.reviewedSlug}/`)).not.toContain('noindex');
  });

  it('leave the retired claim out of every other page (home, lists, related claims) and the sitemap', () => {
    const href = `href="/claims/${fixture.retiredSlug}/"`;
    const own = join(fixture.dist, 'claims', fixture.retiredSlug, 'index.html');
    const pages = readdirSync(fixture.dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(fixture.dist, f))
      .filter((f) => f !== own && !f.includes(`${sep}pagefind${sep}`));
    expect(pages.length).toBeGreaterThan(10);
    const linking = pages.filter((f) => readFileSync(f, 'utf8').includes(href));
    expect(linking).toEqual([]);
    // Listings themselves still work: the home page lists the other edited claim.
    expect(readPage(fixture.dist, '')).toContain(`href="/claims/${fixture.reviewedSlug}/"`);
    const sitemap = readFileSync(join(fixture.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain(`/claims/${fixture.retiredSlug}/`);
    expect(sitemap).toContain(`/claims/${fixture.reviewedSlug}/`);
  });
});
