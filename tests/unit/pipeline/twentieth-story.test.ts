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
    expect(first('At my direction, the 212 bundles of ballot papers').page.verdict).not.toBe('disputed');
  });

  it('Hurst’s “That’s simply not true about our agents” answers what was said about the agents, not the turnout', () => {
    expect(first('That\'s simply not true about our agents').page.title).toBe('Declan Hurst denied that Civic Reform\'s agents weren\'t removed for asking questions');
  });

  it('the wire’s “announced … at 4:47 a.m. Turnout was …” is two sentences', () => {
    expect(story.pages.flatMap((p) => p.appearances).some((a) => /a\.m\. Turnout/.test(a.quote))).toBe(false);
  });
});
