/**
 * The reader site in Chromium, against the main build: home page counts, search to a claim,
 * the verdict filter, and article sentences leading to their claim pages.
 * Claims are read from content/claims at test time: the claim engine changes them between runs.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './helpers/browser.ts';
import { projectRoot } from './helpers/build.ts';
import { activeClaims, readArticles, type ClaimFile } from './helpers/content.ts';

const content = join(projectRoot, 'content');
let browser: Browser;
let claims: ClaimFile[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  claims = activeClaims(content);
});

afterAll(async () => {
  await browser?.close();
});

/** The search page for `query`, with the filter group `name` open, and that filter's options. */
async function searchFilter(query: string, name: string) {
  const page = await browser.open(`/search/?q=${encodeURIComponent(query)}`);
  await page.locator('pagefind-results a').first().waitFor({ state: 'visible', timeout: 20_000 });
  const group = page.locator(`pagefind-filter-pane details[data-filter-name="${name}"]`);
  await group.waitFor({ state: 'visible', timeout: 20_000 });
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
  const options = await group.locator('input[type="checkbox"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  return { page, group, options };
}

/** The search results shown, once all `count` are there (they load lazily as they scroll into view). */
async function allResults(page: Page, count: number) {
  const results = page.locator('pagefind-results .cc-result');
  await expect
    .poll(
      async () => {
        await results.last().scrollIntoViewIfNeeded();
        return results.count();
      },
      { timeout: 20_000 },
    )
    .toBe(count);
  return results;
}

/** JavaScript files a page has loaded so far. */
async function scriptsLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => /\.m?js(\?|$)/.test(new URL(name).pathname)),
  );
}

describe('home page', () => {
  it('counts the active claims by verdict as the claim files have them', async () => {
    const expected = { disputed: 0, confirmed: 0, unattributed: 0 };
    for (const c of claims) expected[c.data.verdict] += 1;
    const page = await browser.open('/');
    const shown: Record<string, number> = {};
    for (const item of await page.locator('.counts [data-verdict]').all()) {
      const verdict = (await item.getAttribute('data-verdict')) ?? '';
      shown[verdict] = Number(await item.locator('[data-count]').textContent());
    }
    expect(shown).toEqual(expected);
    // Claims are grouped by verdict, disputed first, each group listing exactly its claims.
    const groups = await page.locator('.verdict-group h3').allInnerTexts();
    if (expected.disputed > 0) expect(groups[0]).toContain('Disputed');
    for (const verdict of ['disputed', 'confirmed', 'unattributed'] as const) {
      const links = await page.locator(`#group-${verdict} ~ .claim-list a, section:has(> #group-${verdict}) .claim-list a`).evaluateAll(
        (as) => [...new Set(as.map((a) => a.getAttribute('href')))],
      );
      const want = claims.filter((c) => c.data.verdict === verdict).map((c) => `/claims/${c.slug}/`);
      expect(links.sort(), verdict).toEqual(want.sort());
    }
    expect(await scriptsLoaded(page)).toEqual([]);
    await page.close();
  });
});

describe('claim pages', () => {
  it('ship no JavaScript until the reader opens search, and the header form opens it', async () => {
    const claim = claims[0];
    if (!claim) throw new Error('no claims');
    const page = await browser.open(`/claims/${claim.slug}/`);
    expect(await scriptsLoaded(page)).toEqual([]);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    const field = page.getByRole('searchbox', { name: 'Search articles and claims' });
    await field.fill('Kremlin');
    await field.press('Enter');
    await page.waitForURL(/\/search\/\?q=Kremlin/);
    await page.locator('pagefind-results a').first().waitFor({ state: 'visible', timeout: 20_000 });
    expect((await scriptsLoaded(page)).some((s) => s.includes('/pagefind/'))).toBe(true);
    await page.close();
  });

  it('say where the reader is: the header marks the section, the breadcrumb leads to the claim’s verdict list', async () => {
    const claim = claims.find((c) => c.data.verdict === 'disputed') ?? claims[0]!;
    const page = await browser.open(`/claims/${claim.slug}/`);
    const nav = page.getByRole('navigation', { name: 'Site' });
    expect(await nav.getByRole('link', { name: 'Claims' }).getAttribute('aria-current')).toBe('true');
    expect(await nav.locator('[aria-current]').count()).toBe(1);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await crumbs.getByRole('link').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
      ['Fact checks', '/claims/'],
      [claim.data.verdict[0]!.toUpperCase() + claim.data.verdict.slice(1), `/verdicts/${claim.data.verdict}/`],
    ]);
    await crumbs.getByRole('link').last().click();
    await page.waitForURL(`**/verdicts/${claim.data.verdict}/`);
    expect(await page.locator(`main a[href="/claims/${claim.slug}/"]`).count()).toBeGreaterThan(0);
    // The list is in the same section; the articles' pages are in theirs.
    expect(await nav.getByRole('link', { name: 'Claims' }).getAttribute('aria-current')).toBe('true');
    await page.goto(new URL('/archive/', page.url()).href);
    expect(await nav.getByRole('link', { name: 'Articles' }).getAttribute('aria-current')).toBe('page');
    await page.locator('main a[href^="/articles/"]').first().click();
    await page.waitForURL('**/articles/*/');
    expect(await nav.getByRole('link', { name: 'Articles' }).getAttribute('aria-current')).toBe('true');
    expect(await nav.getByRole('link', { name: 'Claims' }).getAttribute('aria-current')).toBeNull();
    await page.close();
  });

  it('print as the check alone: black on white in a dark scheme, no navigation or search, the whole evidence table', async () => {
    const claim = claims[0]!;
    const page = await browser.open(`/claims/${claim.slug}/`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const style = (selector: string, property: string) => page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
    expect(await style('body', 'background-color')).toBe('rgb(255, 255, 255)');
    expect(await style('body', 'color')).toBe('rgb(0, 0, 0)');
    expect(await page.getByRole('navigation', { name: 'Site' }).isVisible()).toBe(false);
    expect(await page.locator('.search-form').isVisible()).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    expect(await page.locator('.evidence').isVisible()).toBe(true);
    expect(await style('.table-scroll', 'overflow-x')).toBe('visible');
    await page.close();
  });
});

describe('search', () => {
  it('finds "Mar-a-Lago" and leads to the claim about the call', async () => {
    const targets = claims.filter((c) => c.data.appearances.some((a) => a.quote.includes('Mar-a-Lago')));
    expect(targets.length, 'a claim quoting "Mar-a-Lago"').toBeGreaterThan(0);
    const page = await browser.open('/');
    const field = page.getByRole('searchbox', { name: 'Search articles and claims' });
    await field.fill('Mar-a-Lago');
    await field.press('Enter');
    await page.waitForURL(/\/search\/\?q=Mar-a-Lago/);
    const selector = targets.map((c) => `pagefind-results a[href$="/claims/${c.slug}/"]`).join(', ');
    const result = page.locator(selector).first();
    await result.waitFor({ state: 'visible', timeout: 20_000 });
    const href = (await result.getAttribute('href')) ?? '';
    const target = targets.find((c) => href.endsWith(`/claims/${c.slug}/`));
    await result.click();
    await page.waitForURL(/\/claims\/[^/]+\/$/);
    expect(new URL(page.url()).pathname).toBe(`/claims/${target?.slug}/`);
    const quote = target?.data.appearances.find((a) => a.quote.includes('Mar-a-Lago'))?.quote ?? '';
    expect(await page.locator('.evidence').innerText()).toContain(quote);
    expect(await page.locator('main h1').innerText()).toBe(target?.data.title);
    await page.close();
  });

  it('filters by outlet: each named outlet, and one "Unnamed outlet" for the articles that name none', async () => {
    const { page, options } = await searchFilter('Trump', 'outlet');
    const articles = readArticles(content);
    const named = new Set([...articles.map((a) => a.outlet), ...claims.flatMap((c) => c.data.appearances.map((a) => a.outlet))].filter((o): o is string => !!o));
    expect(named.size).toBeGreaterThan(0);
    expect(articles.some((a) => !a.outlet), 'an article that names no outlet').toBe(true);
    expect(options.filter((o) => o !== 'Unnamed outlet').every((o) => named.has(o)), options.join(' | ')).toBe(true);
    expect(options).toContain('Unnamed outlet');
    await page.close();
  });

  it('filters by type: fact checks only, or articles only', async () => {
    const { page, group, options } = await searchFilter('Trump', 'type');
    expect(options).toContain('Article');
    expect(options).toContain('Fact check');
    // The methodology page has a type of its own.
    expect(options.filter((o) => !['Article', 'Fact check', 'About the site'].includes(o))).toEqual([]);
    const count = async (value: string): Promise<number> =>
      Number(await group.locator('label').filter({ has: page.locator(`input[value="${value}"]`) }).locator('.pf-filter-checkbox-count').innerText());
    const articles = await count('Article');
    expect(articles).toBeGreaterThan(0);
    expect(await count('Fact check')).toBeGreaterThan(0);
    await group.getByRole('checkbox', { name: /^Article/ }).check();
    await expect.poll(() => page.locator('pagefind-summary').innerText(), { timeout: 20_000 }).toMatch(new RegExp(`^${articles} results?`));
    // Results render as they load: wait for the first, then read every link shown.
    const links = page.locator('pagefind-results a.cc-result-link');
    await links.first().waitFor({ state: 'visible', timeout: 20_000 });
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const href of hrefs) expect(href).toMatch(/^\/articles\//);
    await page.close();
  });

  it('filters by verdict: only disputed results remain, each showing its verdict', async () => {
    const disputed = claims.filter((c) => c.data.verdict === 'disputed');
    expect(disputed.length).toBeGreaterThan(0);
    const { page, group } = await searchFilter('Trump', 'verdict');
    const option = group.locator('label').filter({ has: page.locator('input[value="Disputed"]') });
    const expectedCount = Number(await option.locator('.pf-filter-checkbox-count').innerText());
    expect(expectedCount).toBeGreaterThan(0);
    await group.getByRole('checkbox', { name: /^Disputed/ }).check();
    await expect.poll(() => page.locator('pagefind-summary').innerText(), { timeout: 20_000 }).toMatch(new RegExp(`^${expectedCount} results?`));
    const results = await allResults(page, expectedCount);
    // Lazy results load as they scroll into view: bring each into view and read its verdict.
    const verdicts: string[] = [];
    for (let i = 0; i < expectedCount; i++) {
      const result = results.nth(i);
      await result.scrollIntoViewIfNeeded();
      const badge = result.locator('[data-result-verdict]');
      await badge.waitFor({ state: 'visible', timeout: 20_000 });
      verdicts.push(`${await badge.getAttribute('data-result-verdict')} ${await badge.innerText()}`);
    }
    expect(verdicts.length).toBe(expectedCount);
    for (const v of verdicts) expect(v).toMatch(/^disputed [✗\s]*Verdict: Disputed$/);
    const hrefs = await results.locator('a.cc-result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const disputedPaths = new Set(disputed.map((c) => `/claims/${c.slug}/`));
    for (const href of hrefs) expect(disputedPaths.has(href), href).toBe(true);
    await page.close();
  });
});

describe('search filters', () => {
  /** The count the verdict filter shows beside `label`, and whether it is ticked. */
  const verdictOption = async (page: Page, label: string) => {
    const option = page.locator('pagefind-filter-pane details[data-filter-name="verdict"] label').filter({ has: page.locator(`input[value="${label}"]`) });
    return { count: Number(await option.locator('.pf-filter-checkbox-count').innerText()), checked: await option.locator('input').isChecked() };
  };
  const summary = (page: Page) => page.locator('pagefind-summary').innerText();

  it('browses without words: the address picks the verdict, and exactly its claims are listed', async () => {
    const disputed = claims.filter((c) => c.data.verdict === 'disputed');
    expect(disputed.length).toBeGreaterThan(0);
    const page = await browser.open('/search/?verdict=Disputed');
    await expect.poll(() => summary(page), { timeout: 20_000 }).toMatch(new RegExp(`^${disputed.length} results?$`));
    const results = await allResults(page, disputed.length);
    const hrefs = await results.locator('a.cc-result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.sort()).toEqual(disputed.map((c) => `/claims/${c.slug}/`).sort());
    expect((await verdictOption(page, 'Disputed')).checked).toBe(true);
    await page.close();
  });

  it('Tab reaches every result, not only those scrolled into view', async () => {
    const page = await browser.open('/search/');
    await expect.poll(() => summary(page), { timeout: 20_000 }).toMatch(/^\d+ results$/);
    const total = Number((await summary(page)).split(' ')[0]);
    expect(total).toBeGreaterThan(40); // more than the first batch the Component UI loads
    // Results load in no set order: start from the first result's link, once it is there, not
    // from whichever link happened to load first (Tab only goes forward).
    const first = page.locator('pagefind-results [data-pf-result-index="0"] a.cc-result-link');
    await first.waitFor({ state: 'visible', timeout: 20_000 });
    await first.focus();
    const seen = new Set<string>();
    for (let k = 0; k < total + 5; k++) {
      const href = await page.evaluate(() => (document.activeElement?.closest('pagefind-results') ? (document.activeElement as HTMLAnchorElement).href : null));
      if (href === null) break;
      seen.add(href);
      await page.keyboard.press('Tab');
      await page.waitForTimeout(120); // a brisk typist's pace
    }
    expect(seen.size).toBe(total);
    await page.close();
  });

  it('on a phone no claim page scrolls sideways: only its evidence table does', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 800 });
    // The pages with the most evidence rows (the widest tables) and one with a single row.
    const sample = [...claims].sort((a, b) => b.data.appearances.length - a.data.appearances.length);
    for (const claim of [...sample.slice(0, 3), sample[sample.length - 1]!]) {
      await phone.goto(browser.url(`/claims/${claim.slug}/`));
      const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth, table: document.querySelector('.table-scroll')!.scrollWidth }));
      expect(widths.page, claim.slug).toBeLessThanOrEqual(widths.view);
      expect(widths.table, claim.slug).toBeGreaterThan(widths.view); // the table scrolls inside its box
    }
    await phone.close();
  });

  it('at 320 pixels (WCAG reflow) no page of the site scrolls sideways', async () => {
    // The methodology page's corrections address, one long word, pushed it 13 pixels wide.
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/methodology/', '/claims/', '/verdicts/', '/outlets/', '/speakers/', '/archive/', '/search/?q=Peskov', `/claims/${claims[0]!.slug}/`]) {
      await phone.goto(browser.url(path));
      const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
      expect(widths.page, path).toBeLessThanOrEqual(widths.view);
    }
    await phone.close();
  });

  it('on a phone the filter groups start closed, on a wide screen the verdicts open', async () => {
    const verdictGroup = 'pagefind-filter-pane details[data-filter-name="verdict"]';
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 375, height: 740 });
    await phone.goto(browser.url('/search/?q=Trump'));
    await phone.locator(verdictGroup).waitFor({ state: 'attached', timeout: 20_000 });
    await expect.poll(() => phone.locator(verdictGroup).getAttribute('open')).toBeNull();
    await phone.close();
    const wide = await browser.open('/search/?q=Trump');
    await wide.locator(verdictGroup).waitFor({ state: 'attached', timeout: 20_000 });
    await expect.poll(() => wide.locator(verdictGroup).getAttribute('open')).not.toBeNull();
    await wide.close();
  });

  it('with nothing typed and nothing ticked, lists every page for the filters to narrow', async () => {
    const page = await browser.open('/search/');
    await expect.poll(() => summary(page), { timeout: 20_000 }).toMatch(/^\d+ results$/);
    const total = Number((await summary(page)).split(' ')[0]);
    expect(total).toBeGreaterThanOrEqual(claims.length + readArticles(content).length);
    // Spaces alone (the header form lets them through) are no words: the same listing, the address tidied.
    const spaces = await browser.open('/search/?q=+');
    await expect.poll(() => summary(spaces), { timeout: 20_000 }).toBe(`${total} results`);
    await expect.poll(() => new URL(spaces.url()).search).toBe('');
    await spaces.close();
    await page.close();
  });

  it('ticks two verdicts: results of either, every verdict still offered, the address bookmarkable', async () => {
    const { page, group } = await searchFilter('Trump', 'verdict');
    const before = { disputed: await verdictOption(page, 'Disputed'), confirmed: await verdictOption(page, 'Confirmed'), unattributed: await verdictOption(page, 'Unattributed') };
    expect(before.disputed.count).toBeGreaterThan(0);
    expect(before.confirmed.count).toBeGreaterThan(0);
    await group.getByRole('checkbox', { name: /^Disputed/ }).check();
    await expect.poll(() => summary(page), { timeout: 20_000 }).toMatch(new RegExp(`^${before.disputed.count} results? for Trump`));
    // The other verdicts stay, with the counts they would add (Pagefind alone counted them 0 and hid them).
    expect(await verdictOption(page, 'Confirmed')).toEqual({ count: before.confirmed.count, checked: false });
    expect(await verdictOption(page, 'Unattributed')).toEqual({ count: before.unattributed.count, checked: false });
    await group.getByRole('checkbox', { name: /^Confirmed/ }).check();
    const both = before.disputed.count + before.confirmed.count;
    await expect.poll(() => summary(page), { timeout: 20_000 }).toMatch(new RegExp(`^${both} results for Trump`));
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Trump&verdict=Disputed&verdict=Confirmed');
    // Reloading the address gives the same search, boxes ticked.
    const again = await browser.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await expect.poll(() => summary(again), { timeout: 20_000 }).toMatch(new RegExp(`^${both} results for Trump`));
    expect(await again.locator('pagefind-input input').inputValue()).toBe('Trump');
    // The field's clear button shows for words that came from the address, and the field has focus.
    expect(await again.locator('pagefind-input .pf-input-clear').getAttribute('data-pf-suppressed')).toBeNull();
    await expect.poll(() => again.evaluate(() => document.activeElement?.matches('pagefind-input input') ?? false)).toBe(true);
    expect((await verdictOption(again, 'Disputed')).checked).toBe(true);
    expect((await verdictOption(again, 'Confirmed')).checked).toBe(true);
    expect((await verdictOption(again, 'Unattributed')).checked).toBe(false);
    // Clearing the words keeps the filters, and the address follows.
    await again.locator('pagefind-input input').fill('');
    await expect.poll(() => new URL(again.url()).search, { timeout: 20_000 }).toBe('?verdict=Disputed&verdict=Confirmed');
    const expected = claims.filter((c) => c.data.verdict === 'disputed' || c.data.verdict === 'confirmed').length;
    await expect.poll(() => summary(again), { timeout: 20_000 }).toMatch(new RegExp(`^${expected} results$`));
    await again.close();
    await page.close();
  });
});

describe('search history and the address', () => {
  const summary = (page: Page) => page.locator('pagefind-summary').innerText();
  const ticked = (page: Page, name: string) =>
    page.locator(`pagefind-filter-pane details[data-filter-name="${name}"] input:checked`).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

  it('a search for a misspelt name offers the name, and following it finds the pages; Back returns to the misspelt search', async () => {
    // Pagefind alone finds nothing of Peskov for "Peskv" (only two articles' stray "the p.").
    const page = await browser.open('/search/?q=Peskv');
    const region = page.locator('.search-suggest');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    const link = region.getByRole('link', { name: 'Peskov' });
    await link.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await region.innerText()).toBe('Did you mean Peskov?');
    await link.click(); // at once, as a reader who sees it would
    await expect.poll(() => summary(page), { timeout: 20_000 }).toMatch(/^\d+ results? for Peskov/);
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Peskov');
    expect(await region.innerText()).toBe('');
    expect(await page.locator('pagefind-input input').inputValue()).toBe('Peskov');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Peskv');
    // Words the site has, or begins (a word being typed), and words a slip from none are left alone.
    for (const query of ['Peskov Bundestag', 'Washin', 'truth']) {
      const other = await browser.open(`/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => summary(other), { timeout: 20_000 }).toContain(query);
      await other.waitForTimeout(500);
      expect(await other.locator('.search-suggest').innerText(), query).toBe('');
      await other.close();
    }
    await page.close();
  });

  for (const address of ['/search/', '/search/?q=Trump']) {
    it(`Back from a result deep in the list returns to it, though the browser loads the page again (${address})`, async () => {
      const page = await browser.open(address);
      await page.setViewportSize({ width: 390, height: 700 });
      await expect.poll(() => summary(page), { timeout: 20_000 }).toMatch(/^\d+ results/);
      const total = Number((await summary(page)).split(' ')[0]);
      const results = await allResults(page, total);
      const index = Math.min(total - 3, 24);
      expect(index).toBeGreaterThan(8);
      const result = results.nth(index);
      await result.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.evaluate(() => window.scrollBy(0, -100));
      const top = await result.evaluate((el) => el.getBoundingClientRect().top);
      const title = await result.locator('a.cc-result-link').innerText();
      await page.evaluate(() => ((window as unknown as { leftAlive: boolean }).leftAlive = true));
      await result.locator('a.cc-result-link').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/search/'));
      await page.goBack();
      // Loaded again, not kept alive: what is restored is the script's doing, not the browser's cache.
      expect(await page.evaluate(() => (window as unknown as { leftAlive?: boolean }).leftAlive ?? false)).toBe(false);
      const back = page.locator(`pagefind-results [data-pf-result-index="${index}"]`);
      await expect.poll(() => back.evaluate((el) => Math.round(el.getBoundingClientRect().top)).catch(() => null), { timeout: 20_000 }).toBe(Math.round(top));
      expect(await back.locator('a.cc-result-link').innerText()).toBe(title);
      // The result opened has focus again: Tab goes on to the next one, not from the top.
      await expect.poll(() => back.locator('a.cc-result-link').evaluate((a) => a === document.activeElement)).toBe(true);
      // A reload keeps the place too.
      await page.reload();
      await expect.poll(() => back.evaluate((el) => Math.round(el.getBoundingClientRect().top)).catch(() => null), { timeout: 20_000 }).toBe(Math.round(top));
      await page.close();
    });
  }

  it('Back steps through the searches and filters, not past them', async () => {
    const page = await browser.open('/claims/');
    const field = page.getByRole('searchbox', { name: 'Search articles and claims' });
    await field.fill('Trump');
    await field.press('Enter');
    await expect.poll(() => summary(page), { timeout: 20_000 }).toMatch(/^\d+ results? for Trump$/);
    const all = await summary(page);
    const group = page.locator('pagefind-filter-pane details[data-filter-name="verdict"]');
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
    await group.getByRole('checkbox', { name: /^Disputed/ }).check();
    await expect.poll(() => new URL(page.url()).search, { timeout: 20_000 }).toBe('?q=Trump&verdict=Disputed');
    // (The filtered results, once shown: not the search still running, nor the unfiltered ones.)
    await expect.poll(async () => { const now = await summary(page); return /^\d+ results? for Trump$/.test(now) && now !== all; }, { timeout: 20_000 }).toBe(true);
    const disputed = await summary(page);
    await expect.poll(() => page.title()).toBe('“Trump” – Search · Crosscheck');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Trump');
    await expect.poll(() => summary(page), { timeout: 20_000 }).toBe(all);
    expect(await ticked(page, 'verdict')).toEqual([]);
    await page.goForward();
    await expect.poll(() => summary(page), { timeout: 20_000 }).toBe(disputed);
    expect(await ticked(page, 'verdict')).toEqual(['Disputed']);
    await page.goBack();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/claims/');
    await page.close();
  });

  it('an address in another form is tidied in place: one Back leaves the search', async () => {
    const page = await browser.open('/claims/');
    await page.goto(browser.url('/search/?utm_source=x&q=Trump%20call&verdict=disputed'));
    await expect.poll(() => new URL(page.url()).search, { timeout: 20_000 }).toBe('?utm_source=x&q=Trump+call&verdict=Disputed');
    // A ticked value counts as the others do (Pagefind's own count for it was 0 with no words typed).
    const disputed = claims.filter((c) => c.data.verdict === 'disputed').length;
    const browse = await browser.open('/search/?verdict=Disputed');
    const option = browse.locator('pagefind-filter-pane details[data-filter-name="verdict"] label').filter({ has: browse.locator('input[value="Disputed"]') });
    await expect.poll(() => option.locator('.pf-filter-checkbox-count').innerText(), { timeout: 20_000 }).toBe(String(disputed));
    await browse.close();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 20_000 }).toBe('/claims/');
    await page.close();
  });

  it('a value written in another case is the index\'s, an unknown one is dropped, and filters clear at once', async () => {
    const disputed = claims.filter((c) => c.data.verdict === 'disputed').length;
    const page = await browser.open('/search/?verdict=disputed&speaker=Nobody+Such');
    await expect.poll(() => summary(page), { timeout: 20_000 }).toMatch(new RegExp(`^${disputed} results?$`));
    expect(await ticked(page, 'verdict')).toEqual(['Disputed']);
    await expect.poll(() => new URL(page.url()).search).toBe('?verdict=Disputed');
    const active = page.locator('.search-active');
    await expect.poll(() => active.innerText()).toBe('Narrowed to Verdict: Disputed. Clear filters');
    await active.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => new URL(page.url()).search, { timeout: 20_000 }).toBe('');
    await expect.poll(() => active.isHidden()).toBe(true);
    expect(await ticked(page, 'verdict')).toEqual([]);
    await page.close();
  });
});

describe('article view', () => {
  it('highlights every sentence that carries a claim and leads to its claim page', async () => {
    // article → sentence → claims, from the claim files.
    const bySentence = new Map<string, Set<string>>();
    for (const c of claims) {
      for (const a of c.data.appearances) {
        const key = `${a.source}#s-${a.sentence}`;
        bySentence.set(key, (bySentence.get(key) ?? new Set()).add(c.slug));
      }
    }
    const articles = [...new Set([...bySentence.keys()].map((k) => k.split('#')[0] ?? ''))];
    expect(articles.length).toBeGreaterThan(0);
    for (const id of articles) {
      const page = await browser.open(`/articles/${id}/`);
      for (const [key, slugs] of bySentence) {
        if (!key.startsWith(`${id}#`)) continue;
        const sentence = page.locator(`[id="${key.split('#')[1]}"]`);
        expect(await sentence.count(), key).toBe(1);
        expect(await sentence.getAttribute('class'), key).toMatch(/\bclaimed\b/);
        // Body sentences are followed by a verdict link per claim; the headline lists its claims below it.
        const inHeadline = await sentence.evaluate((el) => el.closest('h1') !== null);
        const n = key.split('#s-')[1];
        const links = inHeadline ? page.locator(`.headline-claims a[data-claim][data-sentence="${n}"]`) : sentence.locator('a[data-claim]');
        const linked = await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-claim')));
        expect(new Set(linked), key).toEqual(slugs);
      }
      await page.close();
    }

    // Click one highlighted body sentence and land on its claim page.
    const [id] = articles;
    const page = await browser.open(`/articles/${id}/`);
    const link = page.locator('.article-body .claimed a.claimed-link').first();
    const anchor = await link.evaluate((a) => a.closest('.claimed')?.id ?? '');
    const slugs = bySentence.get(`${id}#${anchor}`) ?? new Set<string>();
    const text = await link.innerText();
    const slug = await link.getAttribute('data-claim');
    expect(slugs.has(slug ?? '')).toBe(true);
    await link.click();
    await page.waitForURL(new RegExp(`/claims/${slug}/$`));
    // The claim page quotes that very sentence and links back to it.
    expect(await page.locator('.evidence').innerText()).toContain(text.trim());
    expect(await page.locator(`.evidence a[href="/articles/${id}/#${anchor}"]`).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('marks verdicts with words and icons, not colour alone', async () => {
    const c = claims.find((x) => x.data.appearances.length > 0);
    if (!c) throw new Error('no claim with appearances');
    const a = c.data.appearances[0];
    const page = await browser.open(`/articles/${a?.source}/`);
    const tags = await page.locator(`[id="s-${a?.sentence}"] .claim-tag`).allInnerTexts();
    expect(tags.length).toBeGreaterThan(0);
    for (const t of tags) {
      expect(t).toMatch(/^[✗✓?]/);
      expect(t).toMatch(/(Disputed|Confirmed|Unattributed)$/);
    }
    await page.close();
  });
});
