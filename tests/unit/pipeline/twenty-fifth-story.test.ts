/**
 * The engine on a twenty-fifth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/grading (an exam board's software fault gives thousands of
 * students the wrong grades, told by a wire report with an "UPDATE 2-" slug, the board's own
 * questions-and-answers page, an assembly's record of a minister's statement, a newsletter's
 * analysis with bullets and a pull quote, and a TV station's web story with captions, a quoted
 * social post and an amendment note). What the engine gets right on it is checked here; what it
 * still gets wrong is listed in the README ("A twenty-fifth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('grading');
});

const first = (words: string) => story.first(words);
const reasons = (words: string) => first(words).page.reasons.join(' ');

describe('a twenty-fifth story: an exam board’s grading error', () => {
  it('the record’s Members speak for themselves: Vell’s accusation is his, not the minister’s, and no label is left in a title', () => {
    expect(first('The chief executive was told on 8 August').a).toMatchObject({ speaker: 'Gareth Vell', attribution: 'named' });
    expect(first('Teachers in my constituency warned the board in May').a.speaker).toBe('Sian Morrow');
    expect(first('I will not speculate on dates').a.speaker).toBe('Rhian Caddick');
    expect(story.pages.filter((p) => /\((?:Con|Lab|LD)\)|^The Minister for Schools:|Hear, hear|must be heard/.test(p.title))).toEqual([]);
  });

  it('the minister’s correction withdraws her 6,000, and the record is nobody’s statement', () => {
    const page = first('I told the Assembly that around 6,000 students were affected').page;
    expect(page.verdict).toBe('disputed');
    expect(page.reasons[0]).toMatch(/^Denied on record by Rhian Caddick/);
    expect(story.pages.flatMap((p) => p.reasons).filter((r) => r.startsWith('Stated on record by Western Counties Assembly'))).toEqual([]);
  });

  it('the board’s questions-and-answers page is its own, on record; a reader’s question is no claim', () => {
    expect(first('3,100 candidates received an incorrect grade').a).toMatchObject({ speaker: 'Western Counties Examinations Board', attribution: 'named' });
    expect(story.pages.filter((p) => /I have received a corrected grade|I am a teacher/.test(p.title))).toEqual([]);
    // "Reports say the error was the board's own fault …" — "That is simply untrue.": denied on record.
    expect(reasons('Reports say the error was the board')).toContain('Denied on record by Western Counties Examinations Board');
  });

  it('“Professor Neil Ashdown … was blunt.” introduces him: his “That is simply untrue” disputes the minister’s universities claim, and is no false dispute of the introduction', () => {
    const page = first('every university in the region has agreed to hold places for affected students').page;
    expect(page.verdict).toBe('disputed');
    expect(page.reasons[0]).toMatch(/^Denied on record by Neil Ashdown/);
    expect(story.pages.filter((p) => /was blunt/.test(p.title))).toEqual([]);
  });

  it('Markwise’s “rejected that account” and its director’s “We reject that characterisation” are one denial of the board’s claim', () => {
    expect(first('The board has told me that the fault lay in software').page.verdict).toBe('disputed');
    const denial = first('We reject that characterisation').page;
    expect(denial.appearances.map((a) => a.speaker)).toEqual(['Markwise', 'Joanne Tell']);
  });

  it('the TV story’s amendment note, captions and “told WCTV News …” make no page of their own, and no false dispute', () => {
    expect(story.pages.filter((p) => /^Pictured|amended on|earlier version|^The correct figure is 140|^News /.test(p.title))).toEqual([]);
    expect(first('told WCTV News the corrected grades did not begin arriving').page.title).toBe('The corrected grades did not begin arriving until 9.40pm on Friday');
  });

  it('the newsletter’s pull quote is Joanne Tell’s, and its credit line no page', () => {
    expect(first('The software did exactly what it was specified to do."').a.speaker).toBe('Joanne Tell');
    expect(story.pages.filter((p) => /managed director/.test(p.title))).toEqual([]);
  });

  it('the wire’s “…, and that candidates at 212 schools and colleges had been affected” is a claim of its own, disputed by the TV station’s 140', () => {
    const pages = story.appearances('and that candidates at 212 schools and colleges had been affected').map((x) => x.page);
    expect(pages.map((p) => p.title).sort()).toEqual(['Candidates at 212 schools and colleges had been affected', 'The fault had lowered affected students\' grades by one grade']);
    const schools = pages.find((p) => p.title.startsWith('Candidates at 212'))!;
    expect(schools.verdict).toBe('disputed');
    expect(schools.reasons[0]).toMatch(/“212 schools and colleges” .* against “140 schools and colleges”/);
    expect(story.appearances('re-marks for those students would be free of charge').map((x) => x.page.title)).toContain('Re-marks for those students would be free of charge');
  });

  it('the board’s “We received no warning from the Western Teachers’ Union” disputes the union’s “had warned the board in May”', () => {
    const warned = first('said it had warned the board in May').page;
    expect(warned.verdict).toBe('disputed');
    expect(warned.reasons[0]).toMatch(/^Denied on record by Western Counties Examinations Board/);
  });

  it('quotes stay verbatim, and the social post’s braces are text', () => {
    const post = first('recheck your {grades}');
    expect(post.a.quote).toContain('"recheck your {grades}" lol');
  });
});
