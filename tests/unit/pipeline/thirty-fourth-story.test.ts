/**
 * The engine on a thirty-fourth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/museum (thieves break into a regional museum at night, told by
 * the police appeal with a later "Update:" and "Correction:", the museum's statement with a
 * questions-and-answers section, a national paper with anonymous sources and comment, the security
 * contractor's statement with a denial, and a local radio live page with a studio transcript). What
 * the engine gets right on it is checked here; what it still gets wrong is listed in the README ("A
 * thirty-fourth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('museum');
});

const first = (words: string) => story.first(words);
const reasons = () => story.pages.flatMap((p) => p.reasons);

describe('a thirty-fourth story: a burglary at a regional museum', () => {
  it('“neither of the officers on duty was hurt” agrees with “The security guard … was not injured”', () => {
    expect(first('The security guard who was on duty at the time was not injured').page.verdict).toBe('confirmed');
    expect(reasons().some((r) => r.includes('whether anyone was hurt'))).toBe(false);
  });

  it('the contractor’s own statement (“Source: Bastion Guard Services”) is on record, and its notes to editors are no claims', () => {
    expect(first('The alarm system at Halbrook Museum was fully operational on the night').a).toMatchObject({ speaker: 'Bastion Guard Services', attribution: 'named' });
    expect(story.pages.some((p) => /private security company founded in 2004/.test(p.title))).toBe(false);
  });

  it('the contractor’s “Reports that our guards were asleep are completely untrue” disputes the insider’s longer account', () => {
    const page = story.pages.find((p) => p.title === 'The two guards on duty that night were asleep in the staff room')!;
    expect(page.verdict).toBe('disputed');
    expect(page.reasons).toContain('Denied on record by Bastion Guard Services, in 1 of 2 articles.');
  });

  it('the burglary on Tuesday (police, museum) and on Wednesday (contractor) dispute each other', () => {
    const { page } = first('Detectives are appealing for witnesses after a burglary at Halbrook Museum');
    expect(page.verdict).toBe('disputed');
    expect(page.reasons).toContain('Sources disagree on a time: “Tuesday” (Eastmere Constabulary) against “Wednesday” (Bastion Guard Services).');
  });

  it('the museum director’s “one officer on site overnight” and the contractor’s “two officers on site that night”, told two days apart, dispute each other', () => {
    expect(first('We had one officer on site overnight').page.reasons).toEqual(['Sources disagree on a figure: “one officer” (Helena Crowther, Eastmere FM) against “two officers” (Bastion Guard Services).']);
  });

  it('experts’ “gold … often melted down” is vague sourcing that nobody on record denies; “its organiser” is unnamed', () => {
    const { page } = first('Experts say gold objects stolen to order are often melted down');
    expect(page.verdict).toBe('unattributed');
    expect(first("One of the children's groups that uses the museum").a).toMatchObject({ speaker: 'its organiser', attribution: 'anonymous' });
  });

  it('bold markup is read as the words it marks; the detective’s quotation paragraphs are all his', () => {
    expect(story.pages.filter((p) => p.title.includes('<b>'))).toEqual([]);
    expect(first('The museum says 14 items were taken').page.title).toBe('14 items were taken, with an insurance value of £850,000');
    expect(first('These objects are of huge importance to the people of Eastmere').a).toMatchObject({ speaker: 'Marcus Penhale', attribution: 'named' });
  });

  it('the commentary that museums are “being asked to guard irreplaceable heritage” is no request the contractor says it never received', () => {
    // (It is a writer's conclusion, no claim at all: no page, and no dispute.)
    expect(story.pages.some((p) => p.appearances.some((a) => a.quote.startsWith('It is hard to escape the conclusion')))).toBe(false);
    expect(story.pages.filter((p) => p.reasons.some((r) => r.startsWith('Denied on record by Bastion'))).map((p) => p.title).sort()).toEqual([
      'Bastion Guard Services did not respond to requests for comment last night',
      'The two guards on duty that night were asleep in the staff room',
    ]);
  });

  it('the director’s “That’s simply not right.” answers the presenter’s “There are rumours online that the alarm wasn’t working”', () => {
    const page = story.pages.find((p) => p.title === "There are rumours online that the alarm wasn't working")!;
    expect(page.verdict).toBe('disputed');
    expect(story.pages.some((p) => p.title === "Helena Crowther denied that the alarm wasn't working")).toBe(true);
  });

  it('the paper’s “Bastion Guard Services … did not respond to requests for comment” is disputed by the company’s “we received no request for comment”', () => {
    expect(first('did not respond to requests for comment last night').page.reasons).toEqual(['Denied on record by Bastion Guard Services, in 1 of 2 articles.']);
  });
});
