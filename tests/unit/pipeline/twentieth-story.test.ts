/**
 * The engine on a twentieth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/election (a disputed count in a mayoral election: a wire
 * story, a broadcast transcript with "PRESENTER:" and "NAME (PARTY):" labels, the returning
 * officer's declaration, a local paper quoting the losing candidate's thread of posts, and a
 * fact-check column). What the engine gets right on it is checked here; what it still gets wrong
 * is listed in the README ("A twentieth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('election');
});

const first = (words: string) => story.first(words);

describe('a twentieth story: a disputed mayoral count', () => {
  it('the presenter’s words are no one’s on record: the returning officer, named in the last turn, says none of them', () => {
    expect(first('Tonight the party that came second says the count cannot be trusted').a.speaker).toBeNull();
    expect(story.pages.flatMap((p) => p.appearances).filter((a) => a.speaker === 'Margaret Ondrejka' && a.quote.startsWith('PRESENTER'))).toEqual([]);
    expect(story.pages.flatMap((p) => p.appearances).some((a) => (a.role ?? '').includes('PRESENTER'))).toBe(false);
  });

  it('a turn’s second paragraph is its speaker’s, and the candidate’s posts under “Rudderham wrote:” are his', () => {
    expect(first('Turnout was 38.6 per cent, the highest ever').a.speaker).toBe('Oliver Brandt');
    expect(first('“Not a single ballot has been rechecked.').a.speaker).toBe('Tom Rudderham');
    expect(first('Our own count agents’ tallies show Priya Castellane won by just over 300 ballots').a.speaker).toBe('Tom Rudderham');
  });

  it('the returning officer’s “No ballot papers were counted twice” does not dispute her own re-check', () => {
    const recheck = first('At my direction, the 212 bundles of ballot papers').page;
    expect(recheck.related.map((r) => r.slug)).not.toContain(first('No ballot papers were counted twice.').page.slug);
    expect(recheck.reasons.join(' ')).not.toMatch(/Denied on record by (?:Vellmoor Combined Authority|Margaret Ondrejka)/);
  });

  it('Hurst’s “That’s simply not true about our agents” answers what was said about the agents, not the turnout', () => {
    expect(first('That\'s simply not true about our agents').page.title).toBe('Declan Hurst denied that Civic Reform\'s agents weren\'t removed for asking questions');
  });

  it('“I declare that …” is the returning officer’s, who opened the declaration “I, Margaret Ondrejka, …”', () => {
    expect(first('I declare that Priya Castellane is duly elected').a.speaker).toBe('Margaret Ondrejka');
  });

  it('“just over 300 ballots, not 412” and the declared majority of 412 dispute each other', () => {
    const post = first('won by just over 300 ballots, not 412').page;
    const declared = first('I declare that Priya Castellane is duly elected').page;
    expect(post.verdict).toBe('disputed');
    expect(declared.verdict).toBe('disputed');
    expect(declared.related).toContainEqual({ slug: post.slug, relation: 'disputed-by' });
    expect(first('a majority of 412.').page.verdict).toBe('disputed');
  });

  it('“Our figures suggest it was closer to 2,000” is the observer’s, and disputes the 1,286 rejected postal votes', () => {
    const estimate = first('Our figures suggest it was closer to 2,000').a;
    expect(estimate.speaker).toBe('Samuel Achterberg');
    for (const words of ['The returning officer says 1,286 postal votes were rejected', 'A total of 1,286 postal voting statements were rejected']) {
      expect(first(words).page.verdict, words).toBe('disputed');
      expect(first(words).page.reasons.join(' '), words).toContain('closer to 2,000');
    }
    // ("told VBC One the true figure was …": the channel's name is whom he told.)
    expect(first('the true figure was "closer to 2,000"').page.title).toBe('The true figure was "closer to 2,000"');
  });

  it('the column’s “The returning officer puts turnout at 38.6 per cent” and the observers’ 35.1 per cent, side by side, dispute each other', () => {
    expect(first('The returning officer puts turnout at 38.6 per cent').page.verdict).toBe('disputed');
    expect(first('The returning officer puts turnout at 38.6 per cent').a.speaker).toBe('the returning officer');
    expect(first('says turnout was 35.1 per cent').page.verdict).toBe('disputed');
  });

  it('“declared at 4:47 a.m.” and “wasn’t declared until ten past six in the morning” dispute each other', () => {
    const officer = first('The result was declared at 4:47 a.m. on Friday 8 May').page;
    const party = story.pages.find((p) => p.title.startsWith('The result wasn\'t declared until ten past six'))!;
    expect(officer.verdict).toBe('disputed');
    expect(party.verdict).toBe('disputed');
    expect(officer.reasons[0]).toBe('Sources disagree on a time: “4:47 a.m.” (Vellmoor Combined Authority) against “ten past six in the morning” (Declan Hurst, VBC One).');
  });

  it('the count staff’s “bundles … had been counted twice …, and that a tray … without being checked” is denied by “No ballot papers were counted twice”', () => {
    const told = story.appearances('bundles of ballot papers had been counted twice at the Eastgate Leisure Centre').map((x) => x.page);
    const staff = told.find((p) => p.title.startsWith('Bundles of ballot papers had been counted twice'))!;
    expect(staff.verdict).toBe('disputed');
    expect(staff.related).toContainEqual({ slug: first('No ballot papers were counted twice.').page.slug, relation: 'disputed-by' });
    // The tray is a second thing they told, with a page of its own (not denied by the denial of counting twice).
    const tray = told.find((p) => p.title === 'A tray of postal ballots had been added to the totals without being checked')!;
    expect(tray.verdict).toBe('unattributed');
  });

  it('the candidate’s “Not a single ballot has been rechecked” disputes the returning officer’s re-check', () => {
    const recheck = first('At my direction, the 212 bundles of ballot papers').page;
    expect(recheck.verdict).toBe('disputed');
    expect(recheck.reasons[0]).toBe('Denied on record by Tom Rudderham, in 1 of 2 articles.');
  });

  it('the wire’s “announced … at 4:47 a.m. Turnout was …” is two sentences', () => {
    expect(story.pages.flatMap((p) => p.appearances).some((a) => /a\.m\. Turnout/.test(a.quote))).toBe(false);
  });
});
