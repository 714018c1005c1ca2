/**
 * The engine on a sixteenth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/recall (an infant-formula recall: a wire story, a regional
 * paper with unnamed workers, a radio phone-in with "NAME (ROLE):" labels, the company's
 * statement and a blog with a correction). What the engine gets right on it is checked here;
 * what it still gets wrong is listed in the README ("A sixteenth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('recall');
});

const first = (words: string) => story.first(words);

describe('a sixteenth story: an infant-formula recall', () => {
  it('“one of the workers” and “the worker” after the company spoke are unnamed: the line’s April run is not on record', () => {
    expect(first('one of the workers said Line 2').a.attribution).toBe('anonymous');
    expect(first('We were still filling cans on the Thursday').a.attribution).toBe('anonymous');
    expect(first('one of the workers said Line 2').page.verdict).not.toBe('confirmed');
  });

  it('“Brightbloom rejected the allegation” denies what the complaint alleged, not that the agency received it', () => {
    const received = first('confirmed that the agency received a complaint');
    expect(received.page.verdict).toBe('confirmed');
    const denial = first('Brightbloom rejected the allegation.');
    expect(denial.page.title).toBe('Brightbloom denied that managers had falsified sanitation records');
    expect(story.pages.find((p) => p.title === 'Managers had falsified sanitation records')?.verdict).toBe('disputed');
  });

  it('the blog’s dated correction and the paper’s photo caption are no claims', () => {
    expect(() => first('An earlier version of this post said')).toThrow();
    expect(() => first('Photo caption:')).toThrow();
  });

  it('the epidemiologist’s words are his, on record: “Dr. Marcus Lindqvist, the Alder State epidemiologist, said …”', () => {
    expect(first('said five of the 14 infants sickened nationwide').a).toMatchObject({ speaker: 'Marcus Lindqvist', attribution: 'named' });
  });

  it('“said when asked whether the plant had positive Cronobacter tests in February” puts the spokeswoman’s “That is false” against the workers’ account, not the company’s own timeline', () => {
    const denial = first('"That is false," Tanya Brennan');
    expect(denial.page.title).not.toContain('did not learn of any Cronobacter result');
    expect(story.pages.find((p) => p.title === 'Workers at the Brightbloom Nutrition plant here were warned')?.verdict).toBe('disputed');
  });

  it('“said at least three environmental samples … tested positive” is the unnamed sources’ claim', () => {
    expect(first('said at least three environmental samples').a.attribution).toBe('anonymous');
  });

  it('the phone-in’s “HOST:” is Nora Feld, who introduces herself; her sign-off and her words to guests are no claims; a guest’s label gives her role', () => {
    expect(story.pages.some((p) => p.title.startsWith('HOST:'))).toBe(false);
    expect(() => first('This is The Midday Line')).toThrow();
    expect(() => first('you represent several of these families')).toThrow();
    expect(first('Brightbloom declined our invitation').a).toMatchObject({ speaker: 'Nora Feld', role: 'host' });
    expect(first('He\'s eating again').a).toMatchObject({ speaker: 'Kayla Whitfield', role: 'parent' });
  });

  it('“the agency” is the regulator, not the paper: the paper does not decline to discuss the complaint', () => {
    expect(first('but declined to discuss its contents').a).toMatchObject({ speaker: 'the agency', stance: 'declines' });
  });

  it('“He’s eating again” and “He stopped eating” are two claims', () => {
    expect(first('He\'s eating again').page).not.toBe(first('He stopped eating, and then').page);
  });

  it('the regulator’s “about 2.1 million cans” disputes the company’s “approximately 1.8 million cans”, told in other words on another page', () => {
    const { page } = first('The recall covers approximately 1.8 million cans');
    expect(page.verdict).toBe('disputed');
    expect(page.reasons).toContain('Sources disagree on a figure: “approximately 1.8 million cans” (Brightbloom Nutrition) against “about 2.1 million cans” (the Federal Food Safety Administration, Keystone Wire Service).');
  });
});
