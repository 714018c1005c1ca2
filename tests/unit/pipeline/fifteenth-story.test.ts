/**
 * The engine on a fifteenth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/university (a star professor's retracted paper: a wire story,
 * a student paper, a radio transcript with "NAME, ROLE:" labels, the university's statement and
 * an explainer). What the engine gets right on it is checked here; what it still gets wrong is
 * listed in the README ("A fifteenth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('university');
});

const first = (words: string) => story.first(words);

describe('a fifteenth story: a retracted paper', () => {
  it('the union president’s “These are students who did nothing wrong” disputes nothing', () => {
    expect(first('These are students who did nothing wrong').a.stance).toBe('asserts');
    expect(story.pages.filter((p) => p.verdict === 'disputed').flatMap((p) => p.reasons).join(' ')).not.toContain('Aisha Rahman');
  });

  it('the provost’s labelled turns are hers, and her “No.” to the retaliation question is a denial on record', () => {
    expect(first('we followed our policies to the letter').a).toMatchObject({ speaker: 'Lena Abernathy', attribution: 'named' });
    expect(first('ABERNATHY: No.').a).toMatchObject({ speaker: 'Lena Abernathy', stance: 'denies' });
  });

  it('the former lab member is unnamed, told again or not', () => {
    for (const words of ['the pressure to produce clean results was intense', 'the former member said']) {
      expect(first(words).a.attribution, words).toBe('anonymous');
    }
  });

  it('the journal’s findings (“It said images … duplicated”) are the journal’s, not the accused professor’s', () => {
    expect(first('It said images in two of the paper').a.speaker).toBe('the Journal of Translational Metabolism');
  });

  it('the unnamed student’s “Nobody told us anything” and Tomás Herrera’s “I was told there was no money” are two claims', () => {
    const page = first('Nobody told us anything').page;
    expect(page.appearances.map((a) => a.speaker)).not.toContain('Tomás Herrera');
    expect(page.verdict).toBe('unattributed');
  });
});

