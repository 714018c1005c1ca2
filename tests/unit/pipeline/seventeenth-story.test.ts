/**
 * The engine on a seventeenth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/outage (an airline's nationwide IT outage: a wire story, a
 * live blog, the IT vendor's statement, a broadcast interview with "NAME, ROLE:" labels and a
 * local feature). What the engine gets right on it is checked here; what it still gets wrong is
 * listed in the README ("A seventeenth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('outage');
});

const first = (words: string) => story.first(words);

describe('a seventeenth story: an airline’s IT outage', () => {
  it('the unnamed check-in supervisor’s “we wrote boarding passes by hand” is hers, not the airline spokeswoman’s', () => {
    expect(first('We wrote boarding passes by hand').a.attribution).toBe('anonymous');
    expect(first('After that we just stood there').a.attribution).toBe('anonymous');
  });

  it('the union president’s “That’s false.” disputes the airline’s “never got a warning”, on record', () => {
    expect(first('NORVALE PILOTS ASSOCIATION: That\'s false').a).toMatchObject({ speaker: 'Derek Osundu', stance: 'denies' });
    expect(story.pages.find((p) => p.title === 'It never got a warning from your union')?.verdict).toBe('disputed');
  });

  it('the minister’s “that is not the case” disputes the airline’s “extraordinary circumstance”, not its refund offer', () => {
    expect(first('has said that is not the case').a.stance).toBe('denies');
    expect(first('will offer full refunds or free rebooking').page.verdict).not.toBe('disputed');
    expect(story.pages.find((p) => p.title.startsWith('The outage was an extraordinary circumstance'))?.verdict).toBe('disputed');
  });

  it('the feature’s long headline is its title, not a denial of a passenger’s words', () => {
    expect(story.articles.find((a) => a.id.startsWith('wexley'))).toBeDefined();
    expect(story.pages.some((p) => p.title.includes('disputed Tom Pardew'))).toBe(false);
  });

  it('1,400 cancelled flights (the directorate) and 1,100 (the airline, the same day) dispute each other', () => {
    expect(first('Norvale Airways cancelled about 1,400 flights on Monday').page.verdict).toBe('disputed');
    expect(first('Update: Norvale now says 1,100 flights have been cancelled today').page.verdict).toBe('disputed');
  });

  it('about 180,000 affected passengers (the airline) and around 210,000 (the minister, “according to” the directorate for the flights) dispute each other', () => {
    const page = first('said about 180,000 passengers had been affected').page;
    expect(page.verdict).toBe('disputed');
    expect(page.reasons.some((r) => r.includes('around 210,000 passengers'))).toBe(true);
  });

  it('Tom Pardew’s “Nobody offered us a hotel” disputes the airline’s “every passenger stranded overnight was offered a hotel room”', () => {
    const page = first('Norvale has said every passenger stranded overnight was offered a hotel room').page;
    expect(page.verdict).toBe('disputed');
    expect(page.related).toContainEqual({ slug: first('Nobody offered us a hotel').page.slug, relation: 'disputed-by' });
  });

  it('the airline’s “the fault began at 4:50 a.m.” and the vendor’s statement “The disruption began shortly after 6 a.m.” dispute each other (the statement, in the first person, is of the story that names Quantaris)', () => {
    const airline = first('The airline says the fault began at 4:50 a.m.').page;
    const vendor = first('The disruption began shortly after 6 a.m.').page;
    expect(airline.verdict).toBe('disputed');
    expect(vendor.verdict).toBe('disputed');
    expect(airline.reasons.some((r) => r.startsWith('Sources disagree on a time: “4:50 a.m.”'))).toBe(true);
  });

  it('the wire’s “the fault began at about 4:50 a.m., …, and that no aircraft already in the air had been affected” is two claims: the time on the fault’s page, the aircraft with the live blog’s “No aircraft in flight was affected”', () => {
    const pages = story.appearances('and that no aircraft already in the air had been affected').map((x) => x.page);
    const fault = pages.find((p) => p.title.startsWith('The fault began'))!;
    expect(fault.title).not.toMatch(/aircraft/);
    expect(fault.reasons.some((r) => r.startsWith('Sources disagree on a time'))).toBe(true);
    const aircraft = pages.find((p) => /aircraft/.test(p.title))!;
    expect(aircraft.verdict).toBe('confirmed');
    expect(aircraft.appearances.map((a) => a.quote)).toContain('The Civil Aviation Directorate says no aircraft in flight was affected.');
  });

  it('the Pardews’ night on the terminal floor is theirs, not the spokeswoman’s', () => {
    expect(first('They said they spent Monday night on the floor').a.speaker).toBe('Tom Pardew');
  });
});
