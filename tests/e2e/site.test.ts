/** The site as a reader meets it: home page, search, article pages. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './helpers/browser.ts';
import { projectRoot } from './helpers/build.ts';
import { activeClaims } from './helpers/content.ts';

const FURNITURE = ['Leave a Reply', 'Your email address', '.jpg', 'Leave feedback', 'By Editor'];

let browser: Browser;
let articlePaths: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const home = await browser.open('/');
  articlePaths = await home.locator('main a[href^="/articles/"]').evaluateAll((links) =>
    links.map((a) => a.getAttribute('href') ?? ''),
  );
  await home.close();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The first search result matching `selector`. Claim pages are indexed too and may rank above the
 * articles, and results load lazily as they scroll into view: scroll until one appears.
 */
async function findResult(page: Page, selector: string) {
  const match = page.locator(selector).first();
  await page.locator('pagefind-results li').first().waitFor({ state: 'visible', timeout: 20_000 });
  await expect
    .poll(
      async () => {
        if ((await match.count()) > 0) return true;
        await page.mouse.wheel(0, 800);
        return false;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  await match.scrollIntoViewIfNeeded();
  return match;
}

/** Paths of the JavaScript files a page loaded. */
async function scriptsLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => /\.m?js(\?|$)/.test(new URL(name).pathname)),
  );
}

describe('home page', () => {
  it('lists the five articles with title, date or outlet', async () => {
    const page = await browser.open('/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Crosscheck');
    const items = page.locator('.article-list > li');
    expect(await items.count()).toBe(5);
    expect(new Set(articlePaths).size).toBe(5);
    for (const text of await items.allInnerTexts()) {
      const [title = ''] = text.split('\n');
      expect(title.trim().length).toBeGreaterThan(10);
    }
    expect(await scriptsLoaded(page)).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  it('finds "Peskov" from the header search and leads to an article page', async () => {
    const page = await browser.open('/');
    const field = page.getByRole('searchbox', { name: 'Search articles and claims' });
    await field.fill('Peskov');
    await field.press('Enter');
    await page.waitForURL(/\/search\/\?q=Peskov/);

    const result = await findResult(page, 'pagefind-results a[href*="/articles/"]');
    const resultTitle = (await result.textContent())?.trim() ?? '';
    expect(resultTitle.length).toBeGreaterThan(0);

    await result.click();
    await page.waitForURL(/\/articles\/[^/]+\/$/);
    const heading = (await page.locator('main h1').textContent())?.trim() ?? '';
    expect(heading).toBe(resultTitle);
    expect(await page.locator('main').innerText()).toContain('Peskov');
    await page.close();
  });

  it('indexes every page with its words apart, as the reader sees them', async () => {
    // Pagefind drops the whitespace between elements and separates only what it knows as
    // blocks: a speaker's name and role laid out as two lines ("Donald Trump" / "US
    // President-elect") became one word ("TrumpUS") that no search finds. Every word Pagefind
    // indexed must be a word the page shows.
    const search = await browser.open('/search/');
    // As a string: vitest would rewrite an import() written here for Node, not the browser.
    const indexed = (await search.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const all = await pagefind.search(null, { filters: {} });
      return Promise.all(all.results.map((r) => r.data()));
    })()`)) as Array<{ url: string; content: string }>;
    await search.close();
    expect(indexed.length).toBeGreaterThan(50);
    const words = (text: string): string[] => text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
    const glued = new Set<string>();
    for (const { url, content } of indexed) {
      const page = await browser.open(new URL(url, 'http://x').pathname);
      const shown = new Set(words(await page.locator('[data-pagefind-body]').innerText()));
      await page.close();
      for (const w of words(content)) if (!shown.has(w)) glued.add(`${url}: ${w}`);
    }
    expect([...glued]).toEqual([]);
  });

  it('offers in “Did you mean …?” only words a search finds, and every indexed word', async () => {
    // The vocabulary is read back from the index (src/integrations/search-words.ts). Built from
    // the claims and pages instead, it once held words the pages keep out of the index
    // ("unnamed", from the outlet label of unsourced claims; "import", from the methodology
    // page's source) and lacked indexed ones (a byline, a month): following such a suggestion
    // found nothing.
    const search = await browser.open('/search/');
    const { vocabulary, unfound, contents } = (await search.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const vocabulary = await (await fetch('/search-words.json')).json();
      const unfound = [];
      for (const word of vocabulary) if ((await pagefind.search(word)).results.length === 0) unfound.push(word);
      const all = await pagefind.search(null, { filters: {} });
      const contents = await Promise.all(all.results.map(async (r) => (await r.data()).content));
      return { vocabulary, unfound, contents };
    })()`)) as { vocabulary: string[]; unfound: string[]; contents: string[] };
    await search.close();
    expect(vocabulary.length).toBeGreaterThan(300);
    expect(unfound).toEqual([]);
    const known = new Set(vocabulary);
    const missing = new Set<string>();
    for (const text of contents) for (const [w] of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{M}]*/gu)) if (w.length >= 3 && !known.has(w)) missing.add(w);
    expect([...missing]).toEqual([]);
    for (const w of ['unnamed', 'import', 'mailto']) expect(known.has(w), w).toBe(false);
  });

  it('finds a page by another spelling of a name it carries: “Kiev” finds the pages that write “Kyiv”', async () => {
    const search = await browser.open('/search/');
    const found = (await search.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const urls = async (q) => Promise.all((await pagefind.search(q)).results.map(async (r) => (await r.data()).url));
      return { kiev: await urls('Kiev'), kyiv: await urls('Kyiv') };
    })()`)) as { kiev: string[]; kyiv: string[] };
    await search.close();
    const page = '/claims/kyiv-had-not-been-informed-of-any-call-between-putin-and-trump/';
    expect(found.kyiv).toContain(page);
    expect(found.kiev).toContain(page);
    // The page writes only "Kyiv", and says it is also spelt "Kiev"; the pages that write "Kiev" are found by "Kyiv" too.
    const claim = await browser.open(page);
    const text = await claim.locator('main').innerText();
    await claim.close();
    expect(text).not.toMatch(/Kiev(?!\.)/);
    expect(text).toContain('Also spelt: Kiev.');
    expect(found.kyiv.length).toBe(found.kiev.length);
  });

  it('searches as the reader types on the search page', async () => {
    const page = await browser.open('/search/');
    const input = page.locator('pagefind-input input');
    await input.waitFor({ state: 'visible' });
    await input.fill('Kremlin');
    // The page lists every page before anything is typed: wait for the search to replace them.
    await expect.poll(() => page.locator('pagefind-summary').innerText(), { timeout: 20_000 }).toMatch(/^\d+ results? for Kremlin$/);
    await (await findResult(page, 'pagefind-results a[href*="/articles/"]')).waitFor({ state: 'visible' });
    await page.close();
  });
});

describe('article pages', () => {
  it('show a heading, publication details and body text, and no page furniture', async () => {
    expect(articlePaths.length).toBe(5);
    for (const path of articlePaths) {
      const page = await browser.open(path);
      const heading = (await page.locator('main h1').textContent())?.trim() ?? '';
      expect(heading.length, `${path} heading`).toBeGreaterThan(10);
      const body = await page.locator('main').innerText();
      expect(await page.locator('.article-body p').count(), `${path} paragraphs`).toBeGreaterThan(2);
      for (const furniture of FURNITURE) expect(body, `${path} shows "${furniture}"`).not.toContain(furniture);
      await page.close();
    }
  });

  it('ship no JavaScript', async () => {
    for (const path of articlePaths) {
      const page = await browser.open(path);
      expect(await scriptsLoaded(page), path).toEqual([]);
      expect(await page.locator('script').count(), path).toBe(0);
      await page.close();
    }
  });

  it('anchor every sentence that has offsets as #s-N', async () => {
    const page = await browser.open(articlePaths[0] ?? '/');
    const ids = await page.locator('main [id^="s-"]').evaluateAll((els) => els.map((e) => e.id));
    // Offsets arrive with the sentence stage; when present they must be unique and numbered.
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^s-\d+$/);
    await page.close();
  });
});

describe('addresses readers try', () => {
  it('/verdicts/ lists each verdict with its count and a link to its claims', async () => {
    const claims = activeClaims(join(projectRoot, 'content'));
    const page = await browser.open('/verdicts/');
    for (const verdict of ['disputed', 'confirmed', 'unattributed'] as const) {
      const n = claims.filter((c) => c.data.verdict === verdict).length;
      const link = page.locator(`[data-verdict="${verdict}"] a[href="/verdicts/${verdict}/"]`);
      expect(await link.innerText()).toBe(`${n} ${n === 1 ? 'claim' : 'claims'}`);
    }
    expect(await page.locator('main a[href="/claims/"]').innerText()).toBe(`All ${claims.length} claims on one page`);
    await page.close();
  });

  it('/favicon.ico is an icon (feed readers and old browsers ask for it)', async () => {
    const response = await browser.context.request.get(browser.url('/favicon.ico'));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/x-icon');
    const body = await response.body();
    // ICO header: reserved 0, type 1 (icon), at least one image.
    expect([body.readUInt16LE(0), body.readUInt16LE(2)]).toEqual([0, 1]);
    expect(body.readUInt16LE(4)).toBeGreaterThan(0);
  });
});

describe('not found', () => {
  it('serves the 404 page with a way back', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(browser.url('/no/such/page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    expect(await page.locator('main a[href="/"]').count()).toBe(1);
    await page.close();
  });
});
