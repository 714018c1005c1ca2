/**
 * The engine on a twelfth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/drugtrial (a heart-failure drug trial's disputed results: a
 * wire story with a dateline, the sponsor's press release, a health site's live blog, a
 * community radio interview transcript and a newspaper's analysis). What the engine gets right on
 * it is checked here; what it still gets wrong is listed in the README ("A twelfth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('drugtrial');
});

const first = (words: string) => story.first(words);
const quoting = (words: string) => story.pages.filter((p) => p.appearances.some((a) => a.quote.includes(words)));

describe('a twelfth story: a drug trial’s disputed results', () => {
  it('the unnamed scientist’s account (set off by commas, then “the scientist said”) is not on record: unattributed, or disputed by the company', () => {
    for (const words of ['recommended stopping the study early', 'The scientist said the sponsor overruled the recommendation']) {
      const { page, a } = first(words);
      expect(a.attribution, words).toBe('anonymous');
      expect(page.verdict, words).not.toBe('confirmed');
    }
    expect(first('The scientist said the sponsor overruled the recommendation').page.verdict).toBe('unattributed');
  });

  it('a press release’s and a radio show’s Source lines name their outlets', () => {
    expect(new Set(story.pages.flatMap((p) => p.appearances.map((a) => a.outlet)))).not.toContain(null);
    expect(story.articles.map((a) => a.outlet).sort()).toEqual(['Maresca-Lindqvist Pharma', 'PulseLine Health', 'Tessaly Wire', 'The Harbour Ledger', 'The Ward Round']);
  });

  it('disclaimers, editing notes and a show’s sign-off are no claims', () => {
    for (const words of ['forward-looking statements', 'Views expressed are', 'edited for length', 'Actual results may differ']) expect(quoting(words).map((p) => p.title), words).toEqual([]);
  });

  it('“designed, run and analysed by academics” stays one claim; “de la Fontaine said” is his', () => {
    expect(first('designed, run and analysed by academics').page.title).toBe('This trial was designed, run and analysed by academics');
    expect(first('Jean-Baptiste de la Fontaine said the company would file for approval').a.speaker).toBe('Jean-Baptiste de la Fontaine');
  });

  it('in the interview, “I’m saying that …” is the guest’s, and the host’s “Dr. Núñez-Carvajal, you’ve said …” is no claim', () => {
    expect(first("the statistical analysis was done by Maresca-Lindqvist's own statisticians").a.speaker).toBe('Rafael Núñez-Carvajal');
    // (What the host puts to the guest is his account, told on its own page as the article reports it.)
    expect(story.pages.flatMap((p) => p.appearances).filter((a) => a.quote.includes("you've said the trial's endpoint was switched"))).toEqual([]);
    expect(story.pages.flatMap((p) => p.appearances.map((a) => a.speaker))).not.toContain('you');
  });

  it('“Maresca-Lindqvist rejected the allegation” answers the critic just before it, not the company’s share price', () => {
    const { page } = first('Maresca-Lindqvist rejected the allegation');
    const answered = page.related.filter((r) => r.relation === 'disputes').map((r) => story.pages.find((p) => p.slug === r.slug)!);
    expect(answered.length).toBeGreaterThan(0);
    for (const p of answered) expect(p.appearances.map((a) => a.speaker)).toContain('Rafael Núñez-Carvajal');
    expect(first('shares closed up 18%').page.verdict).not.toBe('disputed');
  });

  it('the conflicting counts of cardiovascular deaths (14 against 19) dispute each other', () => {
    expect(first('14 cardiovascular deaths').page.verdict).toBe('disputed');
  });

  it('the company’s release is the company’s on record, its “About ORCHID-HF” section included', () => {
    for (const words of ['The trial was funded by Maresca-Lindqvist Pharma', 'The primary endpoint was time to first hospitalisation']) {
      const { a } = first(words);
      expect(a, words).toMatchObject({ speaker: 'Maresca-Lindqvist Pharma', attribution: 'named', source: 'maresca-press-release' });
    }
    expect(() => first('The company employs approximately 1,900 people')).toThrow(/no appearance/);
  });

  it('“has hit back at Dr. Núñez-Carvajal.” denies nothing he said: no claim of his is disputed by it; she is still whom the next “she” is', () => {
    expect(() => first('has hit back at Dr. Núñez-Carvajal')).toThrow(/no appearance/);
    expect(first('Núñez-Carvajal counts 19').page.verdict).not.toBe('disputed');
    expect(first('has consulted for Brightwater Biologics').a.speaker).toBe('Linnea Sjöberg');
  });

  it('“Maresca-Lindqvist rejected the allegation” after the cardiologist’s account disputes what his account opened with', () => {
    const { page } = first('said the trial\'s main goal had been switched partway through');
    expect(page.verdict).toBe('disputed');
    expect(page.reasons.join(' ')).toContain('Denied on record by Maresca-Lindqvist');
  });

  it('“Sjöberg’s reply, in full: “That is simply untrue. …”” is hers, and disputes the unnamed scientist’s account of the committee', () => {
    expect(first('That is simply untrue').a).toMatchObject({ speaker: 'Linnea Sjöberg', stance: 'denies' });
    const { page } = first('recommended stopping the study early in late 2024');
    expect(page.verdict).toBe('disputed');
    expect(page.reasons.join(' ')).toContain('Linnea Sjöberg');
    expect(() => first('We put that to Maresca-Lindqvist')).toThrow(/no appearance/);
  });
});

