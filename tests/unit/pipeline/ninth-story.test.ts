/**
 * The engine on a ninth story it was not developed on, written by an audit playing a fact-check
 * editor: tests/fixtures/water (a town's drinking water contaminated with PFAS: a wire with a
 * dateline, a radio interview's transcript, a chemical company's press release reprinted by a
 * trade site, a local paper's story, and an opinion column). What the engine gets right on it is
 * checked here; what it still gets wrong is listed in the README ("A ninth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let water: IngestedStory;

beforeAll(() => {
  water = ingestStory('water');
});

const first = (words: string) => water.first(words);
const titles = () => water.pages.map((p) => p.title);

describe('a ninth story: contaminated drinking water', () => {
  it('a transcript’s turns are their speakers’ words, on record, without the label', () => {
    for (const words of ['The highest was 78 parts per trillion combined', 'Upstream of Hollis Bend, our sample was 6 parts per trillion', 'I’ve not seen their data']) {
      const { a } = first(words.replace('’', "'"));
      expect(a, words).toMatchObject({ speaker: 'Ingrid Sørensen', attribution: 'named' });
    }
    expect(titles().filter((t) => /^[\p{Lu} ]+:/u.test(t))).toEqual([]);
    // The host relaying the authority is the authority's claim.
    expect(first('The authority says it never sent a boil notice').a).toMatchObject({ speaker: 'the authority', attribution: 'named' });
  });

  it('a press release printed as issued is its issuer’s: on record, and never disputed by its own rejection', () => {
    for (const words of ['Veltrex has donated $250,000', 'The testing found no PFAS compounds above laboratory detection limits.', 'The facility operates under a state discharge permit']) {
      const { a, page } = first(words);
      expect(a, words).toMatchObject({ speaker: 'Veltrex Chemical Company', attribution: 'named' });
      expect(page.verdict, words).not.toBe('disputed');
    }
    const rejection = first('Veltrex rejects the allegations in the lawsuit').page;
    expect(rejection.related.filter((r) => r.relation === 'disputes')).toEqual([]);
    // Its chief executive's quotation, over four sentences credited at the end, is his.
    expect(first('Our plant does not discharge PFAS, and the data show it.').a).toMatchObject({ speaker: 'Marcus Whitfield', attribution: 'named' });
  });

  it('boilerplate, notes and broadcast furniture are no claims', () => {
    for (const words of ['leading manufacturer', 'forward-looking', 'reprints corporate statements', 'This transcript has been edited', 'airs weekdays', 'thanks for coming in', 'The views expressed']) {
      expect(water.pages.filter((p) => p.appearances.some((a) => a.quote.includes(words))).map((p) => p.title), words).toEqual([]);
    }
  });

  it('a quotation over several sentences credited at the end is its speaker’s (“He was throwing up for three days. Then … ,” said Ibáñez)', () => {
    for (const words of ['He was throwing up for three days', 'Then his ankles swelled up']) expect(first(words).a, words).toMatchObject({ speaker: 'Lucía Ibáñez', attribution: 'named' });
  });

  it('titles keep the words they cut from: no “firefightinged”, no “PFAS firefighting foam …”, no “Our advice do not …”', () => {
    expect(titles().filter((t) => /inged\b|^PFAS firefighting|^Our advice do not/.test(t))).toEqual([]);
    expect(titles()).toContain('PFAS break down extremely slowly in the environment');
  });

  it('“said in an email: “There is no unpermitted pipe at Hollis Bend”” is the spokeswoman’s, and disputes the pipe inspectors were said to have found', () => {
    const { a, page } = first('There is no unpermitted pipe at Hollis Bend');
    expect(a).toMatchObject({ speaker: 'Danielle Okafor', attribution: 'named' });
    expect(page.title).toBe('There is no unpermitted pipe at Hollis Bend');
    expect(first('inspectors had found an unpermitted drainage pipe').page.verdict).toBe('disputed');
  });

  it('vague sources are nobody on record: “the regulars say”, “as any chemist will tell you”; “Within federal limits” alone is no claim', () => {
    for (const words of ['the regulars say', 'as any chemist will tell you']) {
      expect(water.pages.flatMap((p) => p.appearances).filter((a) => a.quote.includes(words) && a.attribution === 'named'), words).toEqual([]);
    }
    expect(titles()).not.toContain('Within federal limits');
  });

  it('“Dr.” is no role, and “On Wednesday he said …” is his', () => {
    expect(water.pages.flatMap((p) => p.appearances).filter((a) => a.role === 'Dr.')).toEqual([]);
    expect(first('On Wednesday he said the authority').a).toMatchObject({ speaker: 'Ray Castellano', attribution: 'named' });
  });
});
