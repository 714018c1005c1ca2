/**
 * The engine on a twenty-sixth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/festival (a crowd surge at a city music festival, told by a
 * wire report with an "UPDATE 1-" slug and a correction line, the organiser's statement with a
 * timeline in 24-hour times, a newest-first live blog with a timestamped correction, a council
 * licensing committee's transcript with its chair labelled by office, and a weekend analysis with
 * a "What we don't know" list and a pull quote). What the engine gets right on it is checked
 * here; what it still gets wrong is listed in the README ("A twenty-sixth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('festival');
});

const first = (words: string) => story.first(words);
const speakers = (words: string) => story.appearances(words).map((x) => x.a.speaker);

describe('a twenty-sixth story: a crowd surge at a music festival', () => {
  it('the organiser’s “closed the East Gate at 21:10” and the police’s “shortly before 9.30pm” dispute each other', () => {
    const organiser = first('its event control closed the East Gate at 21:10').page;
    expect(organiser.verdict).toBe('disputed');
    expect(organiser.reasons.some((r) => r.startsWith('Sources disagree on a time: “21:10”'))).toBe(true);
    const police = story.appearances('was closed shortly before 9.30pm').map((x) => x.page);
    expect(police.some((p) => p.verdict === 'disputed' && p.reasons.some((r) => r.startsWith('Sources disagree on a time')))).toBe(true);
  });

  it('the police’s request to close the gate at 20:50 is a claim of its own, disputed by the organiser’s “We received no request from the police”', () => {
    const request = first('asked Tidewave\'s event control at 20:50 to close the East Gate').page;
    expect(request.title).toMatch(/^On the night, our silver commander asked/);
    expect(request.verdict).toBe('disputed');
    expect(request.reasons[0]).toMatch(/^Denied on record by Marcus Delaney/);
  });

  it('on the page of the ambulance service’s 14 taken to hospital, the organiser’s nine is a row that gives another figure, not one that states it', () => {
    const page = first('Northvale Ambulance Service has confirmed that 14 people have been taken to hospital').page;
    expect(page.verdict).toBe('disputed');
    const stances = new Map(page.appearances.map((a) => [a.quote, a.stance]));
    expect(stances.get('Nine people were taken to hospital as a precaution.')).toBe('conflicts');
    expect(stances.get('Northvale Ambulance Service has confirmed that 14 people have been taken to hospital from Halvergate Park.')).toBe('asserts');
    expect(page.body).toMatch(/, attributed to (?:(?!Tidewave).)*; Tidewave, Tidewave Events Ltd give a figure that contradicts it\./);
  });

  it('the live blog’s correction denies nothing: the ambulance service’s “two of them are in a serious condition” is not disputed', () => {
    expect(first('said two of them are in a serious condition').page.verdict).toBe('confirmed');
    expect(story.pages.filter((p) => /denied that two of them/.test(p.title))).toEqual([]);
  });

  it('who speaks: the contractor’s managing director, the organiser’s statement, the councillor’s pull quote, the committee’s chair', () => {
    expect(new Set(speakers('Any suggestion that it was locked is categorically untrue'))).toEqual(new Set(['Owen Tasker']));
    expect(speakers('It says nine people went to hospital')).not.toContain('Brenmoor Police');
    expect(speakers('The council was warned about capacity in black and white, and it did nothing.')).toContain('Declan Hurst');
    expect(first('This committee was never warned about capacity').a.speaker).toBe('Priya Nandra');
  });

  it('the analysis’s “What we don’t know” list is no evidence, and “Festivalgoers say” is unnamed', () => {
    expect(story.pages.flatMap((p) => p.appearances).filter((a) => /^When exactly the East Gate|^Why fewer stewards/.test(a.quote))).toEqual([]);
    expect(first('Festivalgoers say an emergency exit was chained shut').a.attribution).toBe('anonymous');
  });

  it('quotes stay verbatim, and the app’s braces are text', () => {
    const app = first('{{gate_status}} – please use an alternative entrance');
    expect(app.a.quote).toContain('"{{gate_status}} – please use an alternative entrance"');
    expect(story.pages.filter((p) => /fainted and breathing/.test(p.title))).toEqual([]);
  });
});
