/**
 * The engine on a nineteenth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/ransomware (a ransomware attack on a hospital trust: a wire
 * story, a local feature, the trust's press release with a Q&A, a live page with timestamped
 * entries and a newsletter with bullet points and an opinion section). What the engine gets
 * right on it is checked here; what it still gets wrong is listed in the README ("A nineteenth
 * story").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('ransomware');
});

const first = (words: string) => story.first(words);

describe('a nineteenth story: a ransomware attack on a hospital trust', () => {
  it('the newsletter’s unnamed “a payment was made through an intermediary” is disputed by the trust’s “flatly denies it” right after it', () => {
    const page = first('a payment was made through an intermediary').page;
    expect(page.verdict).toBe('disputed');
    expect(first('The trust flatly denies it').page.related).toContainEqual({ slug: page.slug, relation: 'disputes' });
  });

  it('quotations after a speaker’s words told in the reporter’s are the speaker’s (the union organiser, the chief information officer)', () => {
    expect(first('The systems went down shortly after midnight').a.speaker).toBe('Gail Ferris');
    expect(first('I’ve got night staff who were locked out').a.speaker).toBe('Gail Ferris');
    expect(first('We are restoring from them now').a.speaker).toBe('Owen Pritchard');
    expect(first('Gail Ferris, regional organiser').a).toMatchObject({ speaker: 'Gail Ferris', attribution: 'named' });
  });

  it('the union organiser’s “disputed the trust’s account of when the attack began” disputes the trust’s 2:15 a.m., not its count of postponed operations', () => {
    expect(first('Ferris also disputed the trust’s account').page.title).toBe('Gail Ferris denied that the trust\'s IT systems went down at 2:15 a.m. on Tuesday');
    expect(first('The trust\'s IT systems went down at 2:15 a.m.').page.verdict).toBe('disputed');
  });

  it('the live page’s unnamed “screens went blank … shortly after midnight on Monday night” is disputed by the trust’s 2:15 a.m. on Tuesday', () => {
    const page = first('screens went blank on the wards shortly after midnight').page;
    expect(page.verdict).toBe('disputed');
    expect(page.reasons.some((r) => r.includes('“shortly after midnight”') && r.includes('“2:15 a.m.”'))).toBe(true);
  });

  it('the live page is the Northmoor Echo’s, its “(live)” no part of the outlet', () => {
    const live = story.pages.flatMap((p) => p.appearances).filter((a) => a.source === 'northmoor-echo-live');
    expect(live.length).toBeGreaterThan(10);
    for (const a of live) expect(a.outlet).toBe('Northmoor Echo');
  });

  it('“Attacks on hospitals have risen sharply …, experts say, because …” rests on vague sourcing', () => {
    expect(first('Attacks on hospitals have risen sharply').a.attribution).toBe('anonymous');
  });

  it('the trust’s “has not paid, and will not pay, a ransom” says both in full, and Marsh’s question lead-in is no claim that a ransom was paid', () => {
    expect(story.pages.some((p) => p.title === 'The trust will not pay, a ransom')).toBe(false);
    expect(story.pages.some((p) => p.title.includes('Marsh was unequivocal'))).toBe(false);
  });

  it('newsletter and live-page furniture and “X disagrees.” make no pages', () => {
    for (const words of ['That’s it for this week', 'Reply to this email', 'bringing you the latest', 'Kestrel Forensics disagrees', 'How the attackers got in']) {
      expect(story.pages.some((p) => p.appearances.some((a) => a.quote.startsWith(words) || a.quote.startsWith(`- ${words}`))), words).toBe(false);
    }
  });

  it('the ransom note, the loader’s first line and the chat tag are quoted verbatim, as text', () => {
    const seeds = readdirSync(story.seedsDir).map((f) => readFileSync(join(story.seedsDir, f), 'utf8'));
    for (const words of ['{victim: NVHT-0714}', '<lantern-chat>', "import lantern from 'lantern-core'"]) {
      const { a } = first(words);
      expect(seeds.some((s) => s.includes(a.quote))).toBe(true);
    }
  });

  it('the union’s “the true figure was far higher” disputes the trust’s 1,180 postponed operations, and the chief executive’s 900,000 the gang’s 1.2 million', () => {
    const postponed = first('1,180 planned operations and outpatient appointments have been postponed across its three hospitals').page;
    const higher = first('said the true figure was far higher').page;
    expect(postponed.verdict).toBe('disputed');
    expect(higher.verdict).toBe('disputed');
    expect(postponed.related).toContainEqual({ slug: higher.slug, relation: 'disputed-by' });
    // (The gang's claim, on the page of the records "more than a million" stolen that the trust's
    // release says its investigation does not support.)
    const gang = story.pages.find((p) => /million patients/.test(p.title) && p.appearances.some((a) => a.quote.startsWith('The group said it had stolen')))!;
    expect(gang.verdict).toBe('disputed');
    expect(gang.reasons.join(' ')).toContain('about 900,000 people');
    // (Four articles: the live page's "It now claims to hold "1.2 million patient records"" gives the same count.)
    expect(gang.reasons[0]).toBe('Denied on record by Northmoor Valley Hospitals NHS Trust, in 1 of 4 articles.');
  });

  it('the unnamed “some backup servers had been encrypted as well” is disputed by the trust’s “Our backups were not affected”', () => {
    const page = first('some backup servers had been encrypted as well').page;
    expect(page.verdict).toBe('disputed');
    expect(page.reasons.join(' ')).toContain('“encrypted”');
  });
});
