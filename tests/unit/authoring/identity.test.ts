import { describe, expect, it } from 'vitest';
import { assignSlugs } from '../../../src/ingest/merge/identity.ts';
import type { PageIdentity } from '../../../src/ingest/merge/identity.ts';
import type { GeneratedClaim } from '../../../src/ingest/types.ts';
import { copyFileSync, readFileSync } from 'node:fs';
import { fixtureClaims, pagePath, run, slugsOf, snapshot, tempContent } from './helpers.ts';

function claim(title: string, apps: Array<[string, number, string]>): GeneratedClaim {
  return {
    slug: '',
    title,
    engine: { verdict: 'confirmed', confidence: 0.9 },
    appearances: apps.map(([source, sentence, quote]) => ({
      source, sentence, quote, outlet: null, date: null, speaker: null, role: null, attribution: 'none', via: null, stance: 'asserts',
    })),
    reasons: [],
    related: [],
    summary: [],
  };
}

function page(slug: string, title: string, apps: Array<[string, number, string]>, handWritten = false): PageIdentity {
  return { slug, title, engineTitle: title, handWritten, appearances: apps.map(([source, sentence, quote]) => ({ source, sentence, quote })) };
}

describe('identity', () => {
  it('two claims from one sentence keep their own pages (title breaks the tie)', () => {
    const q = 'Peskov said troops would stay and denied any talks.';
    const pages = [page('troops-stay', 'Troops will stay', [['a', 1, q]]), page('no-talks', 'There are no talks', [['a', 1, q]])];
    const gen = [claim('There are no talks at all', [['a', 1, q]]), claim('Troops will stay put', [['a', 1, q]])];
    expect(assignSlugs(pages, gen, []).slugs).toEqual(['no-talks', 'troops-stay']);
    expect(assignSlugs(pages, [...gen].reverse(), []).slugs).toEqual(['troops-stay', 'no-talks']);
  });

  it('a page carrying exactly the claim\'s evidence is its page, whatever the titles say', () => {
    const [q1, q2, q3] = ['The mayor said the bridge will reopen.', 'Officials confirmed the date.', 'Critics doubt it.'];
    const pages = [
      page('bridge-reopens-with-doubts', 'Bridge will reopen, critics doubt it', [['a', 1, q1], ['a', 2, q2], ['b', 4, q3]]),
      page('the-bridge-reopens', 'Officials: the bridge will reopen', [['a', 1, q1], ['a', 2, q2]]),
    ];
    // The superset page has the more similar title; the exact page still wins.
    const r = assignSlugs(pages, [claim('Bridge will reopen, critics doubt it', [['a', 1, q1], ['a', 2, q2]])], []);
    expect(r.slugs).toEqual(['the-bridge-reopens']);
    expect(r.match).toEqual(['appearance']);
    // Quotes compare as the overlap stage compares them: whitespace runs count as one space.
    expect(assignSlugs(pages, [claim('Other', [['a', 1, 'The  mayor said the bridge will reopen. '], ['a', 2, q2]])], []).slugs).toEqual([
      'the-bridge-reopens',
    ]);
  });

  it('evidence two claims share decides nothing on its own: title similarity breaks the tie', () => {
    const q = 'The council approved the budget and raised fees.';
    const pages = [page('fees-raised', 'Fees were raised', [['c', 5, q]])];
    const gen = [claim('The budget was approved', [['c', 5, q]]), claim('Fees were raised again', [['c', 5, q]])];
    expect(assignSlugs(pages, gen, []).slugs).toEqual(['the-budget-was-approved', 'fees-raised']);
  });

  it('a sentence inserted before a claim takes its sentence number, not its page', () => {
    const zelensky = 'At the same time, Zelensky sharply cautioned against providing any concession.';
    const pages = [page('zelensky-cautioned', 'Zelensky sharply cautioned against providing any concession', [['s3', 15, zelensky]])];
    const rutte = claim('Allies would keep supplying air defence systems', [['s3', 15, 'NATO chief Mark Rutte said allies would keep supplying air defence systems.']]);
    const moved = claim('Zelensky strongly cautioned against providing any concession', [['s3', 16, zelensky.replace('sharply', 'strongly')]]);
    const r = assignSlugs(pages, [rutte, moved], []);
    expect(r.slugs).toEqual(['allies-would-keep-supplying-air-defence-systems', 'zelensky-cautioned']);
    // Reworded where it stands, it keeps its page through the sentence number.
    expect(assignSlugs(pages, [claim('Zelensky warned against any concession', [['s3', 15, zelensky.replace('sharply', 'firmly')]])], []).slugs).toEqual([
      'zelensky-cautioned',
    ]);
  });

  it('a copy of a page does not take its claim, and is reported', () => {
    const q = 'Trump urged restraint.';
    const original = page('trump-urged-restraint', 'Trump urged restraint', [['a', 3, q]]);
    const copy = { ...page('restraint-call-detail', 'The call, in detail', [['a', 3, q]]), engineTitle: 'Trump urged restraint' };
    for (const pages of [[original, copy], [copy, original]]) {
      const r = assignSlugs(pages, [{ ...claim('Trump urged restraint', [['a', 3, q]]), slug: 'trump-urged-restraint' }], []);
      expect(r.slugs).toEqual(['trump-urged-restraint']);
      expect(r.copies).toEqual([{ kept: 'trump-urged-restraint', others: ['restraint-call-detail'] }]);
    }
  });

  it('ingest names a copy of a page in a warning, and the original keeps its claim', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    const original = fixtureClaims()[0]!.slug;
    copyFileSync(pagePath(content, original), pagePath(content, 'a-copy'));
    const r = run(content, fixtureClaims());
    expect(r.warnings).toEqual([`${pagePath(content, 'a-copy')}: the same appearances as ${pagePath(content, original)}, which keeps the claim (a copy is retired; delete the page you do not want)`]);
    expect(readFileSync(pagePath(content, 'a-copy'), 'utf8')).toMatch(/^status: retired$/m);
  });

  it('new slugs avoid every existing file and each other', () => {
    const gen = [claim('Same title', [['x', 1, 'one']]), claim('Same title', [['y', 2, 'two']])];
    const r = assignSlugs([], gen, ['same-title', 'same-title-1']);
    expect(r.slugs).toEqual(['same-title-2', 'same-title-3']);
    expect(r.match).toEqual(['new', 'new']);
  });

  it('no new page takes the old name of a renamed page: that address redirects to it', () => {
    const renamed = { ...page('bridge-reopens-on-monday', 'Bridge reopens', [['b', 3, 'The bridge reopens.']]), aliases: ['same-title'] };
    const r = assignSlugs([renamed], [claim('Same title', [['x', 1, 'one']])], []);
    expect(r.slugs).toEqual(['same-title-1']);
  });

  it('hand-written pages only match on appearance overlap', () => {
    const pages = [page('hand', 'Bridge reopened on Monday', [['b', 3, 'The bridge reopened.']], true)];
    expect(assignSlugs(pages, [claim('Bridge reopened on Monday', [['c', 1, 'Other text.']])], []).match).toEqual(['new']);
    expect(assignSlugs(pages, [claim('Anything', [['b', 3, 'The bridge reopened.']])], []).slugs).toEqual(['hand']);
  });

  it('scales: 5,000 claims against 5,000 pages in well under a few seconds', () => {
    const n = 5000;
    const pages: PageIdentity[] = [];
    const gen: GeneratedClaim[] = [];
    for (let i = 0; i < n; i++) {
      const src = `art${Math.floor(i / 10)}`;
      pages.push(page(`claim-${i}`, `Claim number ${i} about topic ${i % 97}`, [[src, i % 10, `Sentence ${i} says something about topic ${i % 97}.`]]));
      // Half reworded in place, a tenth moved within the article, the rest unchanged.
      const quote = i % 2 === 0 ? `Sentence ${i} now says something about topic ${i % 97}.` : `Sentence ${i} says something about topic ${i % 97}.`;
      gen.push(claim(`Claim number ${i} about topic ${i % 97}`, [[src, i % 10 === 3 ? 20 + (i % 10) : i % 10, quote]]));
    }
    const t0 = performance.now();
    const r = assignSlugs(pages, gen, []);
    const ms = performance.now() - t0;
    expect(r.slugs).toEqual(gen.map((_, i) => `claim-${i}`));
    expect(ms).toBeLessThan(3000);
  });
});

describe('determinism', () => {
  it('the same claims in another order produce the same files', () => {
    const a = tempContent();
    const b = tempContent();
    const claims = fixtureClaims();
    run(a, claims);
    run(b, [...claims].reverse());
    expect(snapshot(b)).toEqual(snapshot(a));
    expect(slugsOf(a)).toHaveLength(3);
  });
});
