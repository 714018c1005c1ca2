/**
 * The engine on a twenty-eighth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/port (a dock strike at a container port, told by the union's
 * press release with an "Issued by" header, key demands and notes to editors, the operator's
 * statement with facts and an FAQ, a newest-first live blog with a correction entry, a Commons
 * debate in Hansard's form, and a business paper's analysis with a standfirst, chart lines and
 * unnamed sourcing). What the engine gets right on it is checked here; what it still gets wrong
 * is listed in the README ("A twenty-eighth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('port');
});

const first = (words: string) => story.first(words);
const quotes = () => story.pages.flatMap((p) => p.appearances.map((a) => a.quote));

describe('a twenty-eighth story: a dock strike at a container port', () => {
  it('the union’s own release is the union’s on record', () => {
    const strike = first('More than 1,400 dockers at the Port of Carrow Sound began an eight-day strike').a;
    expect(strike).toMatchObject({ speaker: "Dockers' and Maritime Workers' Union", attribution: 'named' });
  });

  it('the union’s “no such invitation was ever received” disputes the operator’s invitation, not Hansard’s volume line', () => {
    expect(quotes().filter((q) => /^Volume 769/.test(q))).toEqual([]);
    const invited = story.pages.find((p) => p.title === 'The operator invited the union to talks on 2 June');
    expect(invited?.verdict).toBe('disputed');
  });

  it('the union’s “never invited to talks” and the operator’s “We wrote to the DMWU on 2 June inviting them” dispute each other both ways', () => {
    expect(first('We wrote to the DMWU on 2 June').page.verdict).toBe('disputed');
  });

  it('the operator’s “The union’s claim that we have brought in agency workers … is simply false” disputes the union’s claim', () => {
    const hired = first('the operator had hired agency workers to move containers').page;
    expect(hired.verdict).toBe('disputed');
    expect(hired.reasons[0]).toMatch(/^Denied on record by Carrow Sound Port Holdings/);
  });

  it('“£148m, not £212m” disputes the union’s £212m, as figures', () => {
    const profit = first("operating profit last year was £148m, not £212m").page;
    expect(profit.verdict).toBe('disputed');
    expect(profit.reasons.some((r) => r.includes('“£148m”') && r.includes('“£212m”'))).toBe(true);
  });

  it('the live blog’s “The dockers walked out at 7am on Monday” is disputed by the union’s 6am and the operator’s 06:00', () => {
    const walkout = story.pages.find((p) => p.title === 'The dockers walked out at 7am on Monday')!;
    expect(walkout.verdict).toBe('disputed');
    expect(walkout.reasons.filter((r) => r.startsWith('Sources disagree on a time: “7am”'))).toHaveLength(2);
    expect(first('began an eight-day strike at 6am on Monday 9 June').page.verdict).toBe('disputed');
  });

  it('the Ledger’s “The Dockers’ and Maritime Workers’ Union says 62% …” is the whole union’s', () => {
    expect(first("62% of its members took part in the ballot").a.speaker).toBe("the Dockers' and Maritime Workers' Union");
  });

  it('the live blog’s 09:10 “At least 32 ships” is withdrawn by its own 17:55 correction: no evidence anywhere', () => {
    expect(quotes().filter((q) => q.startsWith('At least 32 ships have now been diverted'))).toEqual([]);
  });

  it('who speaks: the general secretary’s “she said”, not the Minister named in her sentence', () => {
    expect(first("The operator refused the Minister's invitation.").a.speaker).toBe('Ros Kettering');
  });

  it('a debate’s procedure, a release’s notes, a standfirst and chart lines are no evidence', () => {
    for (const junk of [/^I give way/, /To ask the Secretary of State/, /available for interview/, /available on request/, /^Standfirst:/, /^Chart:/, /available 24 hours a day/]) {
      expect(quotes().filter((q) => junk.test(q.replace(/^[^:]{0,80}\): /, '')))).toEqual([]);
    }
  });

  it('quotes stay verbatim, and the hostile text is text', () => {
    expect(quotes().some((q) => q.includes('{strike_days}'))).toBe(true);
    expect(quotes().filter((q) => q.includes('<script>'))).toEqual([]);
  });
});
