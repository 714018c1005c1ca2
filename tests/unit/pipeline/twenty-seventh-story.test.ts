/**
 * The engine on a twenty-seventh story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/bridge (a road bridge closed after cracks were found, told by
 * a wire report with a "Read more:" link, the council's press release with a Q&A and notes to
 * editors, a radio breakfast show's transcript, a trade weekly with a key-figures box, a
 * publication stamp and a correction, and a newspaper analysis with hedged, unnamed sourcing).
 * What the engine gets right on it is checked here; what it still gets wrong is listed in the
 * README ("A twenty-seventh story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('bridge');
});

const first = (words: string) => story.first(words);
const quotes = () => story.pages.flatMap((p) => p.appearances.map((a) => a.quote));

describe('a twenty-seventh story: a road bridge closed after cracks were found', () => {
  it('the contractor’s “nine cracks, not 14” and the council’s 14 dispute each other, as figures', () => {
    const nine = story.appearances('Our engineers logged nine cracks, not 14').find((x) => x.page.title === 'Our engineers logged nine cracks, not 14')!.page;
    expect(nine.verdict).toBe('disputed');
    expect(nine.reasons.some((r) => r.startsWith('Sources disagree on a figure: “nine cracks”'))).toBe(true);
    const council = first("found 14 cracks across four of the bridge's six main beams").page;
    expect(council.verdict).toBe('disputed');
  });

  it('“Calder Brightwell disputed that account.” answers the council’s “first told on 28 March”, not its decision to close the bridge', () => {
    const told = first('Marsh said the council had first been told about the cracking on 28 March').page;
    expect(told.verdict).toBe('disputed');
    expect(told.reasons[0]).toMatch(/^Denied on record by Calder Brightwell/);
    expect(first('the decision to close the bridge had been taken on safety grounds').page.verdict).not.toBe('disputed');
  });

  it('“…, a figure disputed by the hauliers’ association” is the association’s denial of the 412 breaches, not a claim by “a figure”', () => {
    const rows = story.appearances('a figure disputed by the hauliers');
    expect(rows.map((x) => [x.a.speaker, x.a.stance])).toContainEqual(["the hauliers' association", 'denies']);
    expect(rows.map((x) => x.a.speaker)).not.toContain('a figure');
    expect(first('our enforcement cameras recorded 412 breaches').page.verdict).toBe('disputed');
  });

  it('the radio’s “That is categorically untrue”, after “what the councillor said … about lorries”, does not dispute her diversion figure', () => {
    expect(first('the signed diversion is 11 miles').page.verdict).not.toBe('disputed');
  });

  it('who speaks: “Managing director Simon Reyes”, “several people at County Hall”, and “He” after Reyes', () => {
    expect(first('Managing director Simon Reyes said the company had written to the council on 3 March').a.speaker).toBe('Simon Reyes');
    const privately = first('several people at County Hall concede');
    expect(privately.a.attribution).toBe('anonymous');
    expect(privately.page.verdict).toBe('unattributed');
    expect(first('He put the likely reopening at spring 2026.').a).toMatchObject({ speaker: 'Simon Reyes', attribution: 'named' });
  });

  it('page furniture and a host’s lines are no evidence: a link’s headline, a comments notice, a station ident, a publication stamp, a time check', () => {
    const all = quotes();
    for (const junk of [/^Britain's ageing bridges/, /^Comments are closed/, /news is on the hour/, /^Published 11 April 2025/, /let's start with you/, /^\[inaudible\]/]) {
      expect(all.filter((q) => junk.test(q))).toEqual([]);
    }
    // (The time check's sentence goes on with a claim: "…, and the Harrowford Bridge has now been shut for four days.")
    expect(story.pages.filter((p) => /^It's ten past eight/.test(p.title))).toEqual([]);
    // The stamp no longer joins a quote of the radio show's.
    expect(first('Then publish the footage.').page.appearances.map((a) => a.source)).toEqual(['tane-valley-radio-breakfast']);
  });

  it('quotes stay verbatim, double spaces, braces and tags included', () => {
    expect(quotes().some((q) => q.includes('{reopening_date}'))).toBe(true);
    // (The page's tagged instruction is no claim, and no title carries its tags.)
    expect(story.pages.filter((p) => p.title.includes('<b>'))).toEqual([]);
    expect(quotes().some((q) => q.includes("neighbour's  eighty-one"))).toBe(true);
  });
});
