/**
 * The engine on a twenty-second story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/leak (an ammonia leak at a fertiliser plant, told by a live
 * blog with entries stamped "10:15 …" and "Update 11:03:", a national paper with a correction
 * notice, a regional paper's reported speech with a council's post on X, the company's
 * questions-and-answers statement, and a residents' group's open letter to the regulator). What
 * the engine gets right on it is checked here; what it still gets wrong is listed in the README
 * ("A twenty-second story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('leak');
});

const first = (words: string) => story.first(words);
const reasons = (words: string) => first(words).page.reasons.join(' ');
/** The reasons of every page holding a sentence quoting `words` (a sentence of two claims is on two pages). */
const allReasons = (words: string) => story.appearances(words).flatMap(({ page }) => page.reasons).join(' ');

describe('a twenty-second story: an ammonia leak', () => {
  it('the hospital’s 17 people taken to hospital and the company’s nine who went there dispute each other', () => {
    expect(first('17 people have been taken to hospital').page.verdict).toBe('disputed');
    expect(first('Nine people went to hospital as a precaution').page.verdict).toBe('disputed');
    expect(reasons('Nine people went to hospital as a precaution')).toContain('“17 people” (Ellisford General Hospital, Fernshire Live)');
  });

  it('six tonnes released against less than two tonnes escaped; the tank’s 40 tonnes held is no such figure', () => {
    expect(reasons('less than two tonnes of ammonia escaped')).toContain('“About six tonnes” (an HSI spokesperson, The Albion Times)');
    expect(first('The tank holds 40 tonnes of ammonia').page.verdict).not.toBe('disputed');
  });

  it('when the leak began: the fire service’s 7.50am against the company’s “At 8.55am …, a valve … failed”', () => {
    expect(allReasons('a valve on a pipe leading from one of our ammonia storage tanks failed')).toMatch(/Sources disagree on a time: “8\.55am” \(Corvane Agrochemicals\) against “about 7\.50am”/);
    expect(first('the gas had been escaping since about 7.50am').page.verdict).toBe('disputed');
  });

  it('the last inspection, March 2025 against October 2022; the river below the safe limit against four times the legal limit', () => {
    expect(allReasons('last inspected our Ellisford works in March 2025')).toContain('“in October 2022” (Friends of the Wendle)');
    expect(reasons('stayed below the safe limit at all times')).toContain('“four times the legal limit” (Friends of the Wendle)');
  });

  it('the resident’s “The alarm never sounded” and the company’s “sounded as designed” dispute each other, both ways', () => {
    expect(first('The site alarm system was working and sounded as designed').page.verdict).toBe('disputed');
    const never = first('The alarm never sounded.').page;
    expect(never.verdict).toBe('disputed');
    expect(never.reasons[0]).toMatch(/^Accounts contradict each other: “The alarm never sounded” \(Maureen Pell, Fernshire Live\)/);
  });

  it('the company statement’s “That is not true”, after the claim it relays, denies the worker’s leaking valve on record', () => {
    const page = first('a valve on the ammonia line had been reported leaking a week ago').page;
    expect(page.verdict).toBe('disputed');
    expect(page.reasons[0]).toBe('Denied on record by Corvane Agrochemicals, in 1 of 2 articles.');
  });

  it('the open letter is its signatories’ own, on record; the live blog’s entry stamps and hand-overs are furniture', () => {
    expect(first('Your inspectors last visited the Ellisford works in October 2022').a).toMatchObject({ speaker: 'Friends of the Wendle', attribution: 'named' });
    expect(first('Ellisford General Hospital says 17 people').a.quote.startsWith('Update')).toBe(false);
    expect(first('Police have closed Wendle Road').page.title.startsWith('10:15')).toBe(false);
    expect(story.pages.some((p) => /josh-taking-over|thanks-for-staying|this-page-was-last-updated|can-be-reached/.test(p.slug))).toBe(false);
  });

  it('sentences end after “7.50am.”, and “Fernshire Fire and Rescue Service” is one speaker', () => {
    expect(first('Adrian Quayle, the site director, said the valve had been isolated by 11.40am').a.speaker).toBe('Adrian Quayle');
    expect(first('the leak began at about 7.50am').a.speaker).toBe('Priya Lakhani');
  });
});
