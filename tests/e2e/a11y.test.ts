/** Accessibility: axe-core finds no serious or critical violations on the site's page types. */
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

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return (violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

let browser: Browser;
let articlePath = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const home = await browser.open('/');
  articlePath = (await home.locator('main a[href^="/articles/"]').first().getAttribute('href')) ?? '';
  await home.close();
});

afterAll(async () => {
  await browser?.close();
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`home, article, search results and 404 pass axe (${scheme})`, async () => {
      const paths = ['/', articlePath, '/search/?q=Peskov', '/no/such/page/'];
      for (const path of paths) {
        const page = await browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(browser.url(path));
        if (path.startsWith('/search/')) {
          await page.locator('pagefind-results a').first().waitFor({ state: 'visible', timeout: 20_000 });
        }
        expect(await seriousViolations(page), `${path} (${scheme})`).toEqual([]);
        await page.close();
      }
    });
  }
});
