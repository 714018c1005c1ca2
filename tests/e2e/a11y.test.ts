/** Accessibility: axe-core finds no violations on the site's page types; keyboard and dark mode work. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './helpers/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Every axe violation, whatever its impact. */
async function allViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return (violations as Violation[]).map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

let browser: Browser;
let articlePath = '';
let claimPath = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const home = await browser.open('/');
  articlePath = (await home.locator('main a[href^="/articles/"]').first().getAttribute('href')) ?? '';
  // A disputed claim: its page has related claims and the longest evidence tables.
  claimPath = (await home.locator('main .claim-list a[href^="/claims/"]').first().getAttribute('href')) ?? '';
  await home.close();
});

afterAll(async () => {
  await browser?.close();
});

describe('accessibility', () => {
  it('keyboard: the skip link comes first, is visible when focused, and moves focus to the main content', async () => {
    const page = await browser.open(claimPath);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab lands inside the main content, and focused links show an outline.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { inMain: !!el.closest('main'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(focused.inMain).toBe(true);
    expect(focused.outline).not.toBe('none');
    expect(focused.width).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('dark mode follows the system', async () => {
    const colours: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(browser.url(claimPath));
      colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await page.close();
    }
    expect(colours[0]).not.toBe(colours[1]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`home, claim, article, search results, listings and 404 pass axe (${scheme})`, async () => {
      expect(claimPath).toMatch(/^\/claims\/.+\/$/);
      const paths = [
        '/',
        claimPath,
        articlePath,
        '/search/?q=Peskov',
        '/verdicts/disputed/',
        '/verdicts/',
        '/archive/',
        '/outlets/',
        '/speakers/',
        '/methodology/',
        '/no/such/page/',
      ];
      for (const path of paths) {
        const page = await browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(browser.url(path));
        if (path.startsWith('/search/')) {
          await page.locator('pagefind-results a').first().waitFor({ state: 'visible', timeout: 20_000 });
        }
        expect(await allViolations(page), `${path} (${scheme})`).toEqual([]);
        await page.close();
      }
    });

    it(`a list that goes on over pages passes axe, its page links included (${scheme})`, async () => {
      // The fixture site is built with short lists (LIST_PAGE_SIZE), so its verdict pages are paged.
      const fixture = await launchBrowser({ site: 'fixture' });
      try {
        const page = await fixture.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(fixture.url('/verdicts/unattributed/2/'));
        expect(await page.locator('nav.pagination a[rel="prev"]').count()).toBe(1);
        expect(await allViolations(page), `paged list (${scheme})`).toEqual([]);
        await page.close();
      } finally {
        await fixture.close();
      }
    });

    it(`the search page with its filters open and one chosen passes axe (${scheme})`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(browser.url('/search/?q=Trump'));
      await page.locator('pagefind-results a').first().waitFor({ state: 'visible', timeout: 20_000 });
      const closed = page.locator('pagefind-filter-pane details:not([open]) > summary');
      await page.locator('pagefind-filter-pane details').first().waitFor({ state: 'visible', timeout: 20_000 });
      while ((await closed.count()) > 0) await closed.first().click();
      await page.getByRole('checkbox', { name: /^Disputed/ }).check();
      await page.locator('pagefind-results [data-result-verdict]').first().waitFor({ state: 'visible', timeout: 20_000 });
      expect(await allViolations(page), `search with filter (${scheme})`).toEqual([]);
      await page.close();
    });
  }
});
