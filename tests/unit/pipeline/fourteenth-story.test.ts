/**
 * The engine on a fourteenth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/wildfire (a wildfire and a contested evacuation order: a wire
 * story with a dateline, a local paper, a TV station's live updates, the fire service's official
 * incident update with a timeline, and the utility's company statement). What the engine gets
 * right on it is checked here; what it still gets wrong is listed in the README ("A fourteenth
 * story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('wildfire');
});

const first = (words: string) => story.first(words);
const titles = () => story.pages.map((p) => p.title);

describe('a fourteenth story: a wildfire and its evacuation order', () => {
  it('the fire service’s official update and the utility’s statement speak on record for them, and name their outlets', () => {
    expect(first('There have been no fatalities').a).toMatchObject({ speaker: 'Tamsen County Fire Authority', attribution: 'named', outlet: 'Tamsen County Fire Authority' });
    expect(new Set(story.pages.flatMap((p) => p.appearances.map((a) => a.outlet)))).not.toContain(null);
  });

  it('the utility’s “Reports that the line had not been inspected since 2022 are false” disputes that claim, and its “rejects claims that its crews were repairing the line” is its own', () => {
    const inspected = story.appearances('Reports that the Owl Creek Road line had not been inspected since 2022 are false').find(({ a }) => a.stance === 'reports')!;
    expect(inspected.page.verdict).toBe('disputed');
    expect(inspected.page.reasons.join(' ')).toContain('Denied on record by Ridgeline Power');
    expect(first('Ridgeline Power rejects claims that its crews').page.reasons.join(' ')).toContain('Ridgeline Power');
  });

  it('no invented dispute between the fire’s size when the first engine arrived and its size days later', () => {
    expect(first('reports a fire of about five acres').page.verdict).not.toBe('disputed');
    expect(first('burned nearly 5,000 acres').page.verdict).not.toBe('disputed');
  });

  it('speakers: a question’s asker goes on speaking, an insurer described between commas, a spokeswoman asked whether', () => {
    expect(first('I got in the truck at 3:30').a).toMatchObject({ speaker: 'Frank Delgado', attribution: 'named' });
    expect(first('Harborline Mutual, one of the largest home insurers').a.speaker).toBe('Harborline Mutual');
    expect(first('That is categorically false').a).toMatchObject({ speaker: 'Karen Oyelaran', stance: 'denies' });
    expect(titles().filter((t) => /^(?:Asked|Said) /.test(t))).toEqual([]);
  });

  it('a live page’s and an update’s furniture are no claims; a time before a quotation ends its sentence', () => {
    for (const words of ['All times are local', 'This page will be updated', 'The next update will be issued']) expect(() => first(words), words).toThrow(/no appearance/);
    expect(first('Then the lights went out').page.title).not.toMatch(/blue flash/);
    expect(titles()).not.toContain('The line was received a detailed inspection in October 2022, consistent with state requirements');
  });

  it('the official timeline keeps its times, and “rejected criticism that the order was issued too late” does not deny the 4:10 a.m. order', () => {
    expect(first('2:40 a.m. – First 911 call').a.quote).toMatch(/^2:40 a\.m\. – /);
    expect(titles().filter((t) => /denied that the order was issued at 4:10/.test(t))).toEqual([]);
    expect(first('The evacuation order was issued at 4:10 a.m.').page.verdict).toBe('confirmed');
  });
});

