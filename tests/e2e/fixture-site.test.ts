/**
 * The fixture site (project seeds + tests/fixtures/site/seeds, with author edits): editor review,
 * retired and hand-written pages, verbatim quotes, and hostile seed text shown as text everywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type Browser } from './helpers/browser.ts';
import { sortArticles } from '../../src/site/article-view.ts';
import { activeClaims, readArticles, readClaimFiles, type ClaimFile } from './helpers/content.ts';
import { decodeEntities } from './helpers/dist.ts';
import { LIST_PAGE_SIZE } from './helpers/fixture-site.ts';

const fixture = inject('fixture');
const HOSTILE = ["<script>alert(1)</script>", '{process.exit(1)}', "import x from 'y'"];

let browser: Browser;
let claims: ClaimFile[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser({ site: 'fixture' });
  browser.context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  claims = readClaimFiles(fixture.content);
});

afterAll(async () => {
  await browser?.close();
});

/** Escape text the way Astro writes text content into HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function builtHtml(path: string): string {
  return readFileSync(join(fixture.dist, path, 'index.html'), 'utf8');
}

async function open(path: string): Promise<Page> {
  const page = await browser.open(path);
  page.on('pageerror', (e) => dialogs.push(`pageerror: ${e.message}`));
  return page;
}

describe('who set the verdict', () => {
  it('an editor-reviewed claim says "Reviewed by an editor" with the review date', async () => {
    const page = await open(`/claims/${fixture.reviewedSlug}/`);
    const status = await page.locator('.review-status').innerText();
    expect(status).toContain('Reviewed by an editor');
    expect(status).toContain(fixture.reviewedBy);
    expect(await page.locator('.review-status time').getAttribute('datetime')).toBe(fixture.reviewedOn);
    expect(status).not.toMatch(/Automated assessment/);
    await page.close();
  });

  it("an editor's verdict that differs from the engine's: the reasons are marked as the engine's", async () => {
    const claim = claims.find((c) => c.slug === fixture.reviewedSlug);
    const engine = claim?.data.engine;
    if (!claim || !engine) throw new Error('no reviewed claim with an engine block');
    expect(claim.data.verdict).not.toBe(engine.verdict);
    const label = (v: string) => v.charAt(0).toUpperCase() + v.slice(1);
    const page = await open(`/claims/${fixture.reviewedSlug}/`);
    expect(await page.locator('#why').innerText()).toBe(`Why the engine suggested ${label(engine.verdict)}`);
    expect(await page.locator('section[aria-labelledby="why"] .overridden').innerText()).toBe(
      `An editor set the verdict to ${label(claim.data.verdict)}; these are the engine's reasons for its own suggestion.`,
    );
    // Its notes are the editor's own: still "Notes", but they were written below the summary left
    // as generated, which is the engine's account of its own suggestion, and the page says so.
    expect(await page.locator('#notes').innerText()).toBe('Notes');
    expect(await page.locator('section.notes .overridden').innerText()).toBe(
      `The editor's notes surround the engine's summary, which explains its own suggestion (${label(engine.verdict)}).`,
    );
    // Its description gives the verdict's meaning, not the engine's first reason.
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).not.toContain(claim.data.reasons[0]!);
    // A body left as generated is the engine's summary of its own verdict, and is headed so.
    const untouched = await open(`/claims/${fixture.overriddenSlug}/`);
    expect(await untouched.locator('#notes').innerText()).toBe("The engine's summary");
    expect(await untouched.locator('#why').innerText()).toMatch(/^Why the engine suggested /);
    await untouched.close();
    // An automated page keeps the plain heading.
    const automated = claims.find((c) => c.data.engine && c.data.verdict === c.data.engine.verdict && c.data.status !== 'retired' && c.data.reasons.length > 0)!;
    const other = await open(`/claims/${automated.slug}/`);
    expect(await other.locator('#why').innerText()).toBe('Why this verdict');
    await other.close();
    await page.close();
  });

  it('an engine verdict says "Automated assessment (confidence N%)"', async () => {
    const automated = claims.find(
      (c) => c.data.engine && c.data.verdict === c.data.engine.verdict && !c.data.reviewedBy && !c.data.engine.authored?.includes('verdict'),
    );
    if (!automated?.data.engine) throw new Error('no automated claim');
    const page = await open(`/claims/${automated.slug}/`);
    expect(await page.locator('.review-status').innerText()).toBe(
      `Automated assessment (confidence ${Math.round(automated.data.engine.confidence * 100)}%)`,
    );
    await page.close();
  });

  it("renders the editor's notes exactly as written (no smart punctuation)", async () => {
    const page = await open(`/claims/${fixture.reviewedSlug}/`);
    expect(await page.locator('.notes').textContent()).toContain(fixture.editorNote);
    expect(builtHtml(`claims/${fixture.reviewedSlug}`)).toContain(escapeHtml(fixture.editorNote));
    await page.close();
  });

  it("puts the editor's headings below the page's own: no second h1, no id taken from the page", async () => {
    const page = await open(`/claims/${fixture.reviewedSlug}/`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('.notes h2').allInnerTexts()).toEqual(['Notes']);
    expect(await page.locator('.notes :is(h3, h4)').evaluateAll((hs) => hs.map((h) => `${h.tagName} ${h.id} ${h.textContent}`))).toEqual([
      'H3 note-evidence Evidence',
      'H3 note-follow-up Follow-up',
    ]);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size, 'no id twice').toBe(ids.length);
    await page.close();
  });
});

describe('retired and hand-written pages', () => {
  it('a retired claim still renders, with a notice, and is not searchable', async () => {
    const page = await open(`/claims/${fixture.retiredSlug}/`);
    expect(await page.locator('main').innerText()).toContain('This claim no longer appears in any source article');
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    await page.close();
  });

  it('a renamed page’s old address (a bookmark, an old link) opens the page under its new name', async () => {
    const renamed = claims.find((c) => c.slug === fixture.renamedSlug);
    const page = await open(`/claims/${fixture.renamedFrom}/`);
    await page.waitForURL((url) => decodeURI(url.pathname) === `/claims/${fixture.renamedSlug}/`);
    expect(await page.locator('main h1').innerText()).toBe(renamed?.data.title);
    // Back leaves the redirect behind: it does not bounce the reader forward again.
    expect(await page.evaluate(() => history.length)).toBe(2);
    await page.close();
  });

  it('a hand-written page (no engine, citing an article not on the site) renders', async () => {
    const hand = claims.find((c) => c.slug === fixture.handWrittenSlug);
    const page = await open(`/claims/${fixture.handWrittenSlug}/`);
    expect(await page.locator('main h1').innerText()).toBe(hand?.data.title);
    expect(await page.locator('.review-status').innerText()).toContain('Reviewed by an editor');
    const quote = hand?.data.appearances[0]?.quote ?? '';
    expect(await page.locator('.evidence').innerText()).toContain(quote);
    await page.close();
  });
});

describe('quotes are verbatim', () => {
  it('a quote with straight and curly quotes and -- is byte-identical on its claim page and in the article view', async () => {
    const withQuotes = activeClaims(fixture.content).flatMap((c) =>
      c.data.appearances.filter((a) => /"/.test(a.quote) && /[“”‘’]/.test(a.quote) && a.quote.includes('--')).map((a) => ({ claim: c, a })),
    );
    expect(withQuotes.length, 'a claim quoting the verbatim-quotes seed').toBeGreaterThan(0);
    const seed = readFileSync(join(fixture.root, 'seeds', `${fixture.verbatimArticle}.txt`), 'utf8');
    for (const { claim, a } of withQuotes) {
      expect(seed, 'the quote is the seed text').toContain(a.quote);
      for (const path of [`claims/${claim.slug}`, `articles/${a.source}`]) {
        const html = builtHtml(path);
        // Byte for byte: only the HTML escaping of & < > " ' differs, and it decodes back exactly.
        expect(html, path).toContain(escapeHtml(a.quote));
        expect(decodeEntities(html)).toContain(a.quote);
      }
      const claimPage = await open(`/claims/${claim.slug}/`);
      const quotes = await claimPage.locator('.evidence td.quote a').allTextContents();
      expect(quotes).toContain(a.quote);
      await claimPage.close();
      const article = await open(`/articles/${a.source}/`);
      expect(await article.locator(`[id="s-${a.sentence}"] .claimed-text`).textContent()).toBe(a.quote);
      await article.close();
    }
  });
});

describe('conflicting figures', () => {
  it('on a page whose tellings give different figures, a row against the title says “gives another figure”, and so does its speaker’s page', async () => {
    const claim = activeClaims(fixture.content).find((c) => c.data.appearances.some((a) => a.source === 'figure-conflict-ambulance' && a.stance === 'conflicts'));
    expect(claim, 'a page on which the ambulance service’s fourteen conflicts with the title').toBeDefined();
    expect(claim!.data.title).toMatch(/^Nine people were taken to hospital/);
    const page = await open(`/claims/${claim!.slug}/`);
    const row = (words: string) => page.locator('.evidence tbody tr', { hasText: words });
    await expect.poll(() => row('Fourteen people were taken to hospital').locator('td').last().textContent()).toContain('gives another figure');
    expect(await row('Nine people were taken to hospital').locator('td').last().textContent()).toContain('states it');
    expect(await page.locator('main').textContent()).toContain('the Northvale Ambulance Service gives a figure that contradicts it.');
    const speakerHref = await row('Fourteen people were taken to hospital').getByRole('link', { name: 'the Northvale Ambulance Service', exact: true }).getAttribute('href');
    await page.close();
    const speaker = await open(speakerHref!);
    expect(await speaker.locator('.claim-list li', { hasText: 'Nine people were taken to hospital' }).textContent()).toContain('gives another figure');
    await speaker.close();
  });
});

describe('hostile seed text', () => {
  it('shows as text in the article view', async () => {
    const page = await open(`/articles/${fixture.hostileArticle}/`);
    // The article's own text, without the verdict tags that follow claimed sentences.
    const text = await page.locator('main article').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const tag of copy.querySelectorAll('.claim-tag, .headline-claims, .claims-note')) tag.remove();
      return copy.textContent ?? '';
    });
    for (const s of HOSTILE) expect(text, s).toContain(s);
    expect(await page.locator('main script, main style, main img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await page.close();
    expect(dialogs).toEqual([]);
  });

  it('shows as text on its claim pages', async () => {
    const hostile = claims.filter((c) => c.data.appearances.some((a) => a.source === fixture.hostileArticle));
    expect(hostile.length).toBeGreaterThan(0);
    const shown = new Set<string>();
    for (const claim of hostile) {
      const page = await open(`/claims/${claim.slug}/`);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(await page.locator('main h1').textContent()).toBe(claim.data.title);
      for (const a of claim.data.appearances) expect(text).toContain(a.quote);
      for (const s of HOSTILE) if (text.includes(s)) shown.add(s);
      expect(await page.locator('main script, main style, main img').count()).toBe(0);
      await page.close();
    }
    expect(shown.has('<script>alert(1)</script>')).toBe(true);
    expect(dialogs).toEqual([]);
  });

  it('shows as text in search results, and no dialog opens', async () => {
    for (const [term, literal] of [
      ['alert', '<script>alert(1)</script>'],
      ['ministry wrote import', "import x from 'y'"],
      ['header', '{process.exit(1)}'],
    ] as const) {
      const page = await open(`/search/?q=${encodeURIComponent(term)}`);
      const results = page.locator('pagefind-results .cc-result');
      await results.first().waitFor({ state: 'visible', timeout: 20_000 });
      // Pagefind joins the text of adjacent sentence elements with a space, so compare without whitespace.
      const squeeze = (s: string) => s.replace(/\s+/g, '');
      await expect
        .poll(
          async () => {
            if ((await results.allTextContents()).some((t) => squeeze(t).includes(squeeze(literal)))) return true;
            await page.mouse.wheel(0, 800); // results further down load as they scroll into view
            return false;
          },
          { timeout: 20_000, message: literal },
        )
        .toBe(true);
      expect(await page.locator('pagefind-results script:not([type="text/pagefind-template"]), pagefind-results img, pagefind-results style').count()).toBe(0);
      await page.close();
    }
    expect(dialogs).toEqual([]);
  });
});

describe('long lists', () => {
  const VERDICTS = ['disputed', 'confirmed', 'unattributed'] as const;
  const activeWith = (verdict: string): string[] =>
    activeClaims(fixture.content)
      .filter((c) => c.data.verdict === verdict)
      .map((c) => `/claims/${c.slug}/`);

  /** Follows "Next" from `path` to the last page: the claim links of every page, and each page's title. */
  async function walk(path: string): Promise<{ links: string[]; titles: string[] }> {
    const links: string[] = [];
    const titles: string[] = [];
    for (let at: string | null = path; at; ) {
      const page = await open(at);
      titles.push(await page.title());
      const own = await page.locator('main .claim-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(own.length, at).toBeLessThanOrEqual(LIST_PAGE_SIZE);
      links.push(...own);
      if (titles.length > 1) expect(await page.locator('main a[rel="prev"]').count(), `${at}: a way back`).toBe(1);
      const next = page.locator('main a[rel="next"]');
      at = (await next.count()) > 0 ? new URL((await next.getAttribute('href')) ?? '', browser.url('/')).pathname : null;
      await page.close();
    }
    expect(new Set(titles).size, `${path}: each page has its own title`).toBe(titles.length);
    return { links, titles };
  }

  it(`go on over pages of at most ${LIST_PAGE_SIZE} claims, each claim once, page to page by "Next"`, async () => {
    const paged = VERDICTS.filter((v) => activeWith(v).length > LIST_PAGE_SIZE);
    expect(paged.length, 'a verdict with more claims than one page holds').toBeGreaterThan(0);
    for (const verdict of VERDICTS) {
      const expected = activeWith(verdict);
      const { links, titles } = await walk(`/verdicts/${verdict}/`);
      expect([...links].sort(), verdict).toEqual([...expected].sort());
      expect(titles.length, verdict).toBe(Math.max(1, Math.ceil(expected.length / LIST_PAGE_SIZE)));
    }
  });

  it("an outlet's or a speaker's claims go on over pages too, each once", async () => {
    let pagedLists = 0;
    for (const kind of ['outlets', 'speakers']) {
      for (const slug of readdirSync(join(fixture.dist, kind)).filter((f) => !f.endsWith('.html'))) {
        const first = await open(`/${kind}/${slug}/`);
        const heading = (await first.locator('main h2', { hasText: /^Claims \(/ }).innerText()).match(/\((\d+)\)/)?.[1];
        await first.close();
        const { links, titles } = await walk(`/${kind}/${slug}/`);
        expect(new Set(links).size, `${kind}/${slug}`).toBe(links.length);
        expect(links.length, `${kind}/${slug}`).toBe(Number(heading));
        if (titles.length > 1) pagedLists++;
      }
    }
    expect(pagedLists, 'an outlet or speaker with more claims than one page holds').toBeGreaterThan(0);
  });

  it('every article is listed once in the archive, newest first', async () => {
    const { titles } = await walk('/archive/');
    const ids: string[] = [];
    for (let n = 1; n <= titles.length; n++) {
      const page = await open(n === 1 ? '/archive/' : `/archive/${n}/`);
      ids.push(...(await page.locator('main .article-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))));
      await page.close();
    }
    const articles = readArticles(fixture.content);
    expect(ids).toEqual(sortArticles(articles).map((a) => `/articles/${a.id}/`));
    expect(articles.length).toBeGreaterThan(5);
  });

  it(`the home page and /claims/ show ${LIST_PAGE_SIZE} claims a verdict and link to the rest`, async () => {
    for (const path of ['/', '/claims/']) {
      const page = await open(path);
      for (const verdict of VERDICTS) {
        const total = activeWith(verdict).length;
        const more = page.locator(`main a[href="/verdicts/${verdict}/"]`, { hasText: /^All / });
        if (total > LIST_PAGE_SIZE) {
          expect(await more.innerText(), `${path} ${verdict}`).toBe(`All ${total} ${verdict} claims`);
        } else {
          expect(await more.count(), `${path} ${verdict}`).toBe(0);
        }
      }
      const shown = await page.locator('main .claim-list a').count();
      expect(shown, path).toBe(VERDICTS.reduce((n, v) => n + Math.min(LIST_PAGE_SIZE, activeWith(v).length), 0));
      await page.close();
    }
  });
});
