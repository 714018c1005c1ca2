/**
 * The engine on a story it was not developed on (tests/fixtures/calder): outlets from masthead
 * lines, attributions with what follows the verb, names with odd spaces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('calder');
});

/** The (first) appearance quoting `words`, with its page. */
const appearance = (words: string) => story.appearances(words)[0]!;

describe('a second story', () => {
  it('reads every outlet and date, from Source lines and masthead lines alike', () => {
    expect(story.articles.map((a) => [a.id, a.outlet, a.date]).sort()).toEqual([
      ['channel7-air-monitors', 'Channel 7 News', '2025-03-17'],
      ['courier-nineteen-injured', 'Valley Courier', '2025-03-12'],
      ['ledger-plant-fire', 'Brennan Falls Ledger', '2025-03-12'],
      ['record-company-denies', 'Tri-County Record', '2025-03-13'],
      ['wire-sprinklers', 'Northstate Wire', '2025-03-13'],
    ]);
    // The masthead line is not an article sentence, so it is no claim's evidence.
    expect(story.pages.flatMap((p) => p.appearances).filter((a) => /^(?:Brennan Falls Ledger|Valley Courier)/.test(a.quote))).toEqual([]);
  });

  it('"…, Fire Chief Dana Okafor told the Courier." is Okafor on record', () => {
    const { page, a } = appearance('where the company stores solvents');
    expect(a).toMatchObject({ speaker: 'Dana Okafor', role: 'Fire Chief', attribution: 'named', outlet: 'Valley Courier' });
    expect(page.verdict).toBe('confirmed');
    expect(page.title).not.toContain('told the Courier');
  });

  it('"…, a senior county official said, speaking on condition of anonymity." is anonymous', () => {
    const { page, a } = appearance('Air monitors near the Calder Polymers plant');
    expect(a).toMatchObject({ speaker: 'a senior county official', attribution: 'anonymous' });
    expect(page.verdict).toBe('unattributed');
    expect(page.title).toBe('Air monitors near the Calder Polymers plant were not working on the night of the fire');
  });

  it('one speaker however the name is spaced', () => {
    const names = new Set(story.pages.flatMap((p) => p.appearances.map((a) => a.speaker)).filter((s): s is string => s !== null && s.includes('Lindqvist')));
    expect([...names]).toEqual(['Priya Lindqvist']);
  });

  it('quotes stay verbatim: curly quotes, dashes, doubled and no-break spaces', () => {
    const seeds = readdirSync(story.seedsDir).map((f) => readFileSync(join(story.seedsDir, f), 'utf8')).join('\n');
    for (const page of story.pages) for (const a of page.appearances) expect(seeds.includes(a.quote), a.quote).toBe(true);
    expect(appearance('Mayor Priya\u00a0Lindqvist').a.quote).toContain('Lindqvist  said .');
  });

  it('the injury counts of the fire chief and the Courier meet on one page', () => {
    // "said on Monday that 12 workers were injured and that three remain in hospital" (two
    // claims) and "Nineteen workers were injured when fire swept through …" (the event split off).
    const { page } = appearance('12 workers were injured and that three remain in hospital');
    const quotes = page.appearances.map((a) => a.quote);
    expect(quotes.some((q) => q.startsWith('Nineteen workers were injured when fire swept'))).toBe(true);
    expect(page.title).toBe('12 workers were injured');
    expect(story.pages.some((p) => p.title === 'Three remain in hospital')).toBe(true);
  });

  it('no page rests on headlines alone', () => {
    const headlines = ['19 injured as blaze rips through', 'Fire tears through Calder Polymers plant', 'Questions grow over air monitors', 'Calder denies sprinklers were off'];
    for (const h of headlines) expect(story.pages.filter((p) => p.appearances.every((a) => a.quote.startsWith(h))), h).toEqual([]);
  });

  it('advice the mayor gave is no claim', () => {
    expect(story.pages.filter((p) => p.appearances.some((a) => a.quote.includes('Keep your windows shut')) && /^Keep your windows/.test(p.title))).toEqual([]);
  });

  it('the denied sprinkler report is one page, disputed on record, however each outlet words it', () => {
    // "switched off", "shut off", "turned off", "shut down": one report.
    const { page } = appearance('had been shut down for maintenance, people familiar with the matter said');
    expect(page.verdict).toBe('disputed');
    for (const words of ['had been switched off for maintenance the week before', 'the sprinklers were shut off for maintenance in the days before']) {
      expect(appearance(words).page.slug).toBe(page.slug);
    }
  });

  it('"Nineteen workers were injured" and "A dozen workers were hurt", a day apart, conflict', () => {
    const { page } = appearance('A dozen workers were hurt in the fire');
    expect(appearance('Nineteen workers were injured').page.slug).toBe(page.slug);
    expect(page.verdict).toBe('disputed');
    // (Against the first telling of another figure that conflicts: the Ledger's "12 workers".)
    expect(page.reasons).toEqual(['Sources disagree on a figure: “Nineteen workers” (Valley Courier) against “12 workers” (Brennan Falls Ledger).']);
  });
});

// Not attempted (README, "Verdict policy", the second story): an opinion on record ("It’s a
// miracle nobody died") is a claim like any statement on record, confirmed as said.
