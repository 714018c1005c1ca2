/**
 * `npm run dev` as an editor uses it: the live site follows a seed as it is edited (re-ingested
 * on save) and a claim page as an author edits it. Runs in a copy of the project, so the
 * project's own seeds and content are never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './helpers/browser.ts';
import { projectRoot } from './helpers/build.ts';

const site = join(projectRoot, 'tests/.tmp/dev-site');
let dev: ChildProcess | undefined;
let output = '';
let origin = '';
let browser: Browser | undefined;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Waits until `check` holds, reloading nothing itself; fails with the dev server's output. */
async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}; dev server output:\n${output.slice(-4000)}`);
}

/** The text of `path` on the dev server once it contains `text` (reloading the page meanwhile). */
async function pageShowing(page: Page, path: string, text: string): Promise<string> {
  let shown = '';
  await until(`${path} to show "${text}"`, async () => {
    try {
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      shown = response?.ok() ? await page.locator('main').innerText() : '';
      return response?.ok() === true && shown.includes(text);
    } catch {
      return false; // the dev server may be between two states of content/
    }
  });
  return shown;
}

/** How many ingests the dev server has finished so far (its "[dev] ingest done" lines). */
const ingestsDone = (): number => output.split('[dev] ingest done').length - 1;

/** This process's environment without folder overrides: the copy's own seeds/ and content/. */
function devEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true' };
  // Vitest's own variables (NODE_ENV=test, VITEST, …) would make the dev server a test build.
  for (const key of ['CROSSCHECK_SEEDS_DIR', 'CROSSCHECK_CONTENT_DIR', 'CROSSCHECK_CACHE_DIR', 'CROSSCHECK_INGEST_CACHE', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

beforeAll(async () => {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json']) cpSync(join(projectRoot, f), join(site, f));
  for (const d of ['src', 'public', 'seeds']) cpSync(join(projectRoot, d), join(site, d), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(site, 'node_modules'), 'dir');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, [join(site, 'src/dev.ts'), '--port', String(port), '--host', '127.0.0.1'], {
    cwd: site,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: astro dev goes with it when the test stops it
    env: devEnv(),
  });
  dev.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  dev.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await until('the dev server', async () => {
    try {
      return (await fetch(`${origin}/`)).ok;
    } catch {
      return false;
    }
  });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) {
    try {
      process.kill(-dev.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(site, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('re-ingests a seed when it is saved, and the article page shows the new paragraph', async () => {
    const seed = readdirSync(join(site, 'seeds')).filter((f) => f.endsWith('.txt')).sort()[0]!;
    const id = seed.replace(/\.txt$/, '');
    const page = await browser!.newPage();
    await pageShowing(page, `/articles/${id}/`, '');
    const added = 'Harbour officials said on Friday that the northern ferry terminal would close for repairs in March.';
    // A new paragraph after the first long one (the end of a seed may be page furniture, which is dropped).
    const lines = readFileSync(join(site, 'seeds', seed), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.length > 200);
    expect(at).toBeGreaterThan(-1);
    lines.splice(at + 1, 0, added);
    const ingestsBefore = ingestsDone();
    writeFileSync(join(site, 'seeds', seed), lines.join('\n'));
    await pageShowing(page, `/articles/${id}/`, added);
    // It became a claim with a page of its own, quoting it verbatim.
    const claims = join(site, 'content', 'claims');
    // Pages are written to temporary files and renamed: a name listed may be gone when read.
    const quotes = (f: string): boolean => {
      try {
        return f.endsWith('.mdx') && readFileSync(join(claims, f), 'utf8').includes(added);
      } catch {
        return false;
      }
    };
    await until('a claim page quoting the new paragraph', () => readdirSync(claims).some(quotes));
    // (The re-ingest goes on writing other pages after that one: the next test edits a page, and
    // an edit made while the ingest still writes it would be written over.)
    await until('the re-ingest to finish', () => ingestsDone() > ingestsBefore);
    await page.close();
  });

  it("shows an author's edit to a claim page without a rebuild", async () => {
    const claims = join(site, 'content', 'claims');
    const file = readdirSync(claims).filter((f) => f.endsWith('.mdx')).sort()[0]!;
    const text = readFileSync(join(claims, file), 'utf8');
    const note = 'Checked by the desk against the ministry statement of 3 December.';
    writeFileSync(join(claims, file), `${text}\n${note}\n`);
    const page = await browser!.newPage();
    await pageShowing(page, `/claims/${file.replace(/\.mdx$/, '')}/`, note);
    await page.close();
  });
});
