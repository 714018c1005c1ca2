/** Headless Debian Chromium through playwright-core, with a fresh profile per launch. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  /** Open a new tab at `path` on the served site and wait for it to load. */
  open(path: string): Promise<Page>;
  /** Absolute URL of `path` on the served site. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Launch Chromium against the main site, or against the fixture site with `{ site: 'fixture' }`. */
export async function launchBrowser(options: { site?: 'main' | 'fixture' } = {}): Promise<Browser> {
  const baseUrl = options.site === 'fixture' ? inject('fixtureUrl') : inject('baseUrl');
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  const url = (path: string) => new URL(path, baseUrl).href;
  return {
    context,
    url,
    async open(path: string) {
      const page = await context.newPage();
      await page.goto(url(path), { waitUntil: 'load' });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
