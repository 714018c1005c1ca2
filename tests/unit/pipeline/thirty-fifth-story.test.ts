/**
 * The engine on a thirty-fifth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/zoo (three wolves escape from a regional zoo; one is shot by
 * police), told by the police's statement with a later "Update (5.10pm):" and a correction, a local
 * radio live page with a studio transcript, the zoo's own statement with a questions-and-answers
 * section, a national paper with anonymous keepers and visitors, and a keepers' union's press
 * release. What the engine gets right on it is checked here; what it still gets wrong is listed in
 * the README ("A thirty-fifth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('zoo');
});

const first = (words: string) => story.first(words);
const quotes = () => story.pages.flatMap((p) => p.appearances.map((a) => a.quote));

describe('a thirty-fifth story: wolves escape from a zoo', () => {
  it('the rumour put to the zoo’s director, “four wolves got out”, is disputed by his “No, that’s not right.”, on record', () => {
    const { page, a } = first('PRESENTER: People on social media are saying four wolves got out.');
    expect(a).toMatchObject({ speaker: 'people on social media', attribution: 'anonymous' });
    expect(page.verdict).toBe('disputed');
    expect(page.reasons[0]).toMatch(/^Denied on record by Marcus Heywood/);
    expect(story.pages.some((p) => p.title === 'No, that\'s not right')).toBe(false);
  });

  it('the zoo’s “No.” to “Have any animals escaped before?” is no denial of today’s escape', () => {
    expect(story.pages.map((p) => p.title)).toContain('No animals have escaped before');
    const { page } = first('We\'re hearing reports that animals have escaped');
    expect(page.reasons.some((r) => r.startsWith('Denied on record'))).toBe(false);
  });

  it('when the wolves got out and when the lockdown ended dispute each other: “about 10.50am” against “shortly before 11.30am”, 2.20pm against 2pm', () => {
    const zoo = first('three of our grey wolves left their enclosure through a service gate shortly before 11.30am');
    expect(zoo.page.verdict).toBe('disputed');
    expect(zoo.page.reasons[0]).toBe('Sources disagree on a time: “shortly before 11.30am” (Brackenfold Zoo) against “about 10.50am” (The Daily Meridian).');
    expect(first('The lockdown was lifted at 2.20pm').page.verdict).toBe('disputed');
  });

  it('the paper’s “almost a mile” and the police’s “about 400 metres” dispute each other', () => {
    const { page } = first('was shot by a police marksman almost a mile from the zoo');
    expect(page.reasons).toEqual(['Sources disagree on a figure: “almost a mile” (The Daily Meridian) against “about 400 metres” (Corrowshire Police).']);
  });

  it('visitors and keepers are unnamed sources, and “she” is never the Daily Meridian', () => {
    expect(first('One visitor, who did not want to be named, said a teenage girl had been bitten').a).toMatchObject({ attribution: 'anonymous' });
    expect(first('Keepers at Brackenfold Zoo warned managers weeks ago').a).toMatchObject({ attribution: 'anonymous' });
    expect(story.pages.some((p) => /Daily Meridian (?:did|was)\b/.test(p.title))).toBe(false);
  });

  it('the director introduced to the presenter is “GUEST:”, and the introduction is no claim', () => {
    expect(quotes().some((q) => q.startsWith('Zoo managing director Marcus Heywood joined our presenter'))).toBe(false);
    expect(first('GUEST: No, that\'s not right.').a).toMatchObject({ speaker: 'Marcus Heywood', attribution: 'named', stance: 'denies' });
  });
});
