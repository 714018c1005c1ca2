/**
 * The engine on a thirty-first story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/batteryfire (a fire at a battery recycling plant, told by the
 * fire service's updates page with a correction and an FAQ, the operator's statement with its
 * managing director's Q&A, the regulator's air-quality bulletin with a readings table, a local
 * paper with an anonymous worker and a correction, and a radio phone-in transcript). What the
 * engine gets right on it is checked here; what it still gets wrong is listed in the README
 * ("A thirty-first story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('batteryfire');
});

const first = (words: string) => story.first(words);
const titled = (title: string) => story.pages.find((p) => p.title === title);
const quotes = () => story.pages.flatMap((p) => p.appearances.map((a) => a.quote));

describe('a thirty-first story: a battery plant fire', () => {
  it('the fire commander’s “When our crews reached the storage bay, the sprinkler system there had not activated” and the company’s “activated as designed” dispute each other', () => {
    const commander = first('the sprinkler system there had not activated');
    expect(commander.a).toMatchObject({ speaker: 'Claire Dunmore', attribution: 'named' });
    expect(commander.page.verdict).toBe('disputed');
    const company = titled('The sprinkler system activated as designed')!;
    expect(company.verdict).toBe('disputed');
    expect(company.reasons[0]).toMatch(/^Denied on record by Claire Dunmore/);
  });

  it('the service’s withdrawn “about 400 people” is no evidence; its correction tells “260 people had been evacuated”, and the councillor’s “more than 500” a day later is marked as another figure', () => {
    expect(quotes().some((q) => q.startsWith('About 400 people have been evacuated'))).toBe(false);
    const page = titled('260 people had been evacuated')!;
    expect(page.appearances.find((a) => a.quote.startsWith('The correct figure is 260'))).toMatchObject({ speaker: 'Wessford Fire and Rescue Service', stance: 'asserts' });
    expect(page.appearances.find((a) => a.quote.includes('more than 500 people'))?.stance).toBe('conflicts');
  });

  it('“…, a claim the company denies” is the company’s denial, out of the claim’s title', () => {
    const page = story.appearances('managers had been warned by the regulator last autumn').find(({ page }) => !page.title.includes('denied'))!.page;
    expect(page.title).toBe('Managers had been warned by the regulator last autumn that the yard was overloaded');
    expect(page.verdict).toBe('disputed');
    expect(page.reasons).toContain('Denied on record by Cellvance Recycling, in 1 of 1 article.');
  });

  it('outrage and deflection are no claims: “It’s a disgrace …”, “Parents have every right to be furious”, “That is a matter for the fire service”', () => {
    for (const words of ['It’s a disgrace that a plant like this', 'Parents have every right to be furious', 'That is a matter for the fire service', 'This has been a frightening week']) {
      expect(quotes().some((q) => q.includes(words)), words).toBe(false);
    }
    // (The rest of such an answer still is: "We alerted the emergency services at once.")
    expect(quotes().some((q) => q.includes('We alerted the emergency services at once'))).toBe(true);
  });

  it('the regulator’s “We served Cellvance with an enforcement notice in November 2025” is denied on record by the company’s “At no point has Cellvance received an enforcement notice”', () => {
    const { page } = first('We served Cellvance with an enforcement notice in November 2025');
    expect(page.verdict).toBe('disputed');
    expect(page.reasons[0]).toMatch(/^Denied on record by Cellvance Recycling Ltd/);
  });

  it('the caller’s line broken off mid-sentence (“… And they” / “import batteries …”) is still the caller’s, not the station’s own word', () => {
    expect(first('import batteries from all over the country').a).toMatchObject({ speaker: 'a caller, Dave, from Harlan Moor', attribution: 'anonymous' });
    // ("Look," opens no claim.)
    expect(titled('The sprinklers in that bay never came on')?.verdict).toBe('unattributed');
  });

  it('the company’s “No one was injured” and the fire service’s “One firefighter was treated at the scene for heat exhaustion” dispute each other; the service’s own “No members of the public were hurt” does not', () => {
    const company = titled('No one was injured')!;
    expect(company.verdict).toBe('disputed');
    expect(company.reasons[0]).toBe('Sources disagree on whether anyone was hurt: “No one was injured” (Cellvance Recycling Ltd) against “One firefighter was treated at the scene” (Wessford Fire and Rescue Service).');
    const { page } = first('One firefighter was treated at the scene');
    expect(page.verdict).toBe('disputed');
    expect(page.reasons).toHaveLength(1);
  });

  it('hostile text stays text: braces, a line starting “export”', () => {
    expect(quotes().some((q) => q.startsWith('export'))).toBe(true);
    expect(story.pages.some((p) => p.title.includes('{water management plan}'))).toBe(true);
  });
});
