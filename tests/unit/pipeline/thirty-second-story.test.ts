/**
 * The engine on a thirty-second story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/airport (drone sightings that shut a regional airport's
 * runway, told by the airport's statement with an FAQ, the police force's update with a later
 * "Update (7 March, 2.15pm):" correction, a national paper with anonymous sources and commentary,
 * an airline's customer notice with a Q&A, and a local TV live page with a studio transcript).
 * What the engine gets right on it is checked here; what it still gets wrong is listed in the
 * README ("A thirty-second story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('airport');
});

const first = (words: string) => story.first(words);
const quotes = () => story.pages.flatMap((p) => p.appearances.map((a) => a.quote));

describe('a thirty-second story: drones shut an airport', () => {
  it('the airport’s own statement (“Source: Harwick Airport”) is the airport’s, on record', () => {
    const { a } = first('During the closure 14 flights were cancelled');
    expect(a).toMatchObject({ speaker: 'Harwick Airport', attribution: 'named' });
  });

  it('the airport’s “around 3,400 passengers” and the paper’s “More than 5,000” dispute each other', () => {
    const { page } = first('We estimate that around 3,400 passengers were affected');
    expect(page.verdict).toBe('disputed');
    expect(page.reasons[0]).toMatch(/^Sources disagree on a figure: “More than 5,000 passengers” \(The Daily Courier\) against “Around 3,400 passengers” \(Harwick Airport\)/);
  });

  it('the police update’s “Update (7 March, 2.15pm): An earlier version of this update said …” withdraws its “three people” and is no claim itself', () => {
    expect(quotes().some((q) => q.startsWith('Three people have been arrested'))).toBe(false);
    expect(quotes().some((q) => q.startsWith('Update (7 March'))).toBe(false);
    expect(story.pages.some((p) => p.title.startsWith('Update ('))).toBe(false);
  });

  it('“One in three flights … was cancelled” is a proportion, no count of three flights', () => {
    expect(story.pages.flatMap((p) => p.reasons).some((r) => r.includes('three flights'))).toBe(false);
  });

  it('an FAQ asker’s case (“My flight was cancelled. What should I do?”), the appeals (“If you have information …”, “We are asking anyone who …”) and the live page’s lead-ins are no claims', () => {
    expect(story.pages.some((p) => p.title === 'My flight was cancelled')).toBe(false);
    for (const words of ['My flight was cancelled', 'If you have information but do not want to speak to police']) {
      expect(quotes().some((q) => q.startsWith(words)), words).toBe(false);
    }
    // A live page's lead-ins to its guests are none either.
    for (const title of ['Here is part of what she said', 'The local MP, Daniel Hart, has been speaking to us']) expect(story.pages.some((p) => p.title === title), title).toBe(false);
    // (Nor the appeal's tail: "…, quoting incident 412 of 6 March" is no "We quoted incident 412".)
    expect(story.pages.some((p) => p.title.startsWith('We are asking anyone') || p.title.startsWith('We quoted'))).toBe(false);
  });

  it('the chief executive’s “That is categorically untrue” disputes the paper’s switched-off detection system, and “No. We never ran out of water” the passengers’ account', () => {
    expect(first('switched off for maintenance').page.verdict).toBe('disputed');
    expect(first('ran out of bottled water').page.verdict).toBe('disputed');
  });

  it('the paper’s “three people had been arrested”, relayed from the police, is disputed by the live page’s “two men”; the chief executive’s “the real number is closer to 3,900” corrects the airport’s 3,400', () => {
    const arrested = first('Eastshire Police said three people had been arrested');
    expect(arrested.page.verdict).toBe('disputed');
    expect(arrested.page.reasons[0]).toMatch(/^Sources disagree on a figure: “Three people” .* against “Two men”/);
    const passengers = first('We estimate that around 3,400 passengers were affected').page;
    expect(passengers.reasons).toContain('Sources disagree on a figure: “3,400” (Harwick Airport) against “closer to 3,900” (Claire Okafor, Eastshire Today).');
  });

  it('the airline’s own “four diverted flights” is no rival of the paper’s “31 flights cancelled or diverted”', () => {
    expect(story.pages.flatMap((p) => p.reasons).some((r) => r.includes('four diverted flights'))).toBe(false);
  });

  it('the airline’s “This is not true.” disputes the reports it names (“customers on diverted flights were told to make their own way back”), not its own coaches', () => {
    const reports = first('We have seen reports that customers on diverted flights were told');
    expect(reports.page.verdict).toBe('disputed');
    expect(reports.page.reasons[0]).toBe('Denied on record by Skylark Airways, in 1 of 1 article.');
    expect(first('Coaches were arranged from Norbridge Airport').page.verdict).toBe('confirmed');
    expect(first('Skylark Airways says coaches were laid on').page.verdict).toBe('confirmed');
  });

  it('the MP’s “the third time in eighteen months” and the chief executive’s “the first time”, in one interview, dispute each other', () => {
    const { page } = first('Friday was the first time drones have closed the runway');
    expect(page.verdict).toBe('disputed');
    expect(page.reasons).toContain('Sources disagree on a figure: “the third time” (Daniel Hart, Eastshire Today) against “the first time” (Claire Okafor, Eastshire Today).');
  });

  it('“Eastshire Police is investigating after drones were seen …, forcing the airport to suspend all flights”: the police forced nothing', () => {
    expect(story.pages.some((p) => p.title.startsWith('Eastshire Police forced'))).toBe(false);
  });

  it('the paper’s marked opinions are no claims: “It is hard not to feel for …”, “Frankly, … hollow”, “What a night it has been …”', () => {
    for (const words of ['It is hard not to feel for the families', 'the government\'s promises to get tough', 'What a night it has been']) {
      expect(story.pages.some((p) => p.appearances.some((a) => a.quote.includes(words))), words).toBe(false);
    }
  });
});
