/**
 * The engine on a twenty-first story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/ferry (a ferry aground off an island: a wire report, a harbour
 * board's minutes with "Cllr" speakers and a reported list, a printed Q&A interview with the
 * operator's chief executive, a coastguard statement with numbered points, and a passenger's blog
 * printed at length by the local paper). What the engine gets right on it is checked here; what it
 * still gets wrong is listed in the README ("A twenty-first story").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('ferry');
});

const first = (words: string) => story.first(words);

describe('a twenty-first story: a ferry aground', () => {
  it('the interview’s answers are the chief executive’s, on record, and her denials dispute what they answer', () => {
    expect(first('That is untrue.').a.speaker).toBe('Catriona Marwick');
    const ordered = first('the master was ordered to sail by your operations centre').page;
    expect(ordered.verdict).toBe('disputed');
    expect(ordered.reasons[0]).toBe('Denied on record by Catriona Marwick, chief executive of Sollan Ferries, in 1 of 2 articles.');
    expect(first('The union says there were more than 250.').page.verdict).toBe('disputed');
  });

  it('the passenger’s blog, printed at length, is hers; its “shortly after half past six when we hit” disputes the coastguard’s 6:12 a.m.', () => {
    expect(first('It was shortly after half past six when we hit.').a.speaker).toBe('Morag Finlay');
    expect(first('I was still sitting in that lounge at 9:40.').a.speaker).toBe('Morag Finlay');
    const grounding = first('ran aground on the Garvel Rocks at 6:12 a.m.').page;
    expect(grounding.verdict).toBe('disputed');
    expect(grounding.reasons.join(' ')).toContain('shortly after half past six');
    // ("06:12", on a 24-hour clock, is the same time: the chief executive's page is disputed by the blog only.)
    expect(first('grounded on the Garvel Rocks at 06:12').page.reasons.join(' ')).not.toContain('6:12 a.m.');
  });

  it('the union’s “the coastguard’s passenger figure was wrong. “There were more than 250 …”” disputes the 212 passengers wherever told', () => {
    for (const words of ['It said 212 passengers and 19 crew had been on board.', 'The vessel was carrying 212 passengers and 19 crew.', 'Sollan say there were 212 passengers.']) {
      const page = first(words).page;
      expect(page.verdict, words).toBe('disputed');
      expect(page.reasons.join(' ')).toContain('“more than 250 passengers” (Gregor Baillie, Coastline Press Agency)');
    }
    // (One claim, told by four articles: the same exact counts bring its tellings together.)
    expect(first('The vessel was carrying 212 passengers and 19 crew.').page.appearances.map((a) => a.source)).toHaveLength(4);
  });

  it('the blog’s timeline, announced with a colon, keeps its times', () => {
    const page = first('10:55 — The last of us get off.').page;
    expect(page.title).toBe('10:55 — The last of us get off');
    expect(first('08:30 — Two fishing boats').a.speaker).toBe('Morag Finlay');
  });

  it('the councillor’s “at least 20 people had been injured, not 14” disputes the wire’s 14 injured', () => {
    const page = first('at least 20 people had been injured, not 14').page;
    expect(page.title).toMatch(/^At least 20 people had been injured, not 14/);
    expect(page.verdict).toBe('disputed');
  });

  it('the harbour master’s “notified Sollan Ferries in writing on 3 March” and the chief executive’s “first told … on 13 March” dispute each other', () => {
    const notified = first('she had notified Sollan Ferries in writing on 3 March').page;
    expect(notified.verdict).toBe('disputed');
    expect(notified.title).toBe('She had notified Sollan Ferries in writing on 3 March');
    expect(first('We were first told the buoy was missing on 13 March').page.verdict).toBe('disputed');
    expect(first('We were first told the buoy was missing on 13 March').a.role).toBe('chief executive of Sollan Ferries');
  });

  it('“The ship’s radar was working” and the union’s “The radar had been out of action for days” dispute each other', () => {
    const working = first('The ship\'s radar was working.').page;
    expect(working.verdict).toBe('disputed');
    expect(working.reasons[0]).toMatch(/^Sources disagree on its state: “working” \(Catriona Marwick, The West Coast Mercury\) against “out of action”/);
  });

  it('“the real number is closer to 300” disputes the operator’s 180 islanders waiting, wherever it is told', () => {
    expect(first('the real number is closer to 300').page.verdict).toBe('disputed');
    expect(first('About 180 are on our waiting list.').page.verdict).toBe('disputed');
  });

  it('the harbour master’s reported list is hers, and lines with no words to match on make no page together', () => {
    expect(first('the vessel was refloated on the evening high tide').a.speaker).toBe('the harbour master');
    expect(story.pages.some((p) => p.appearances.some((a) => a.quote.startsWith('The union says there were more than 250')) && p.appearances.some((a) => a.quote.includes('it always has been')))).toBe(false);
  });

  it('seed text that looks like code, markup or a handle stays text', () => {
    const seeds = readdirSync(story.seedsDir).map((f) => readFileSync(join(story.seedsDir, f), 'utf8'));
    // ("To the crew: <b>thank you</b>." is too short a line to check: no page, and no markup anywhere.)
    const { a } = first('import {photos} from "my-phone"');
    expect(seeds.some((s) => s.includes(a.quote))).toBe(true);
    // ("If you were on the boat and want to talk, my DMs are open: @morag_islandnotes …" asks; it
    // states nothing, and no page quotes it.)
    expect(story.pages.some((p) => p.appearances.some((x) => x.quote.includes('@morag_islandnotes')))).toBe(false);
    expect(story.pages.some((p) => p.title.includes('<b>'))).toBe(false);
  });
});
