/**
 * The engine on a thirteenth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/transfer (a football club's disputed transfer: a wire story, a
 * local paper's investigation from documents, the club's statement, a radio phone-in with the
 * director accused, and an opinion blog). What the engine gets right on it is checked here; what
 * it still gets wrong is listed in the README ("A thirteenth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('transfer');
});

const first = (words: string) => story.first(words);
const titles = () => story.pages.map((p) => p.title);

describe('a thirteenth story: a football transfer', () => {
  it('the unnamed sources’ Lisbon meeting is disputed by the club, not the rule explained between it and the denial', () => {
    const lisbon = first('said Hartigan first met Reljić at a hotel in Lisbon').page;
    expect(lisbon.verdict).toBe('disputed');
    expect(lisbon.reasons.join(' ')).toContain('Harriet Coombs');
    // … and by the director herself, on the radio: “Did you meet him in Lisbon last March?” — “No.”
    expect(lisbon.reasons.join(' ')).toContain('Denied on record by Lena Hartigan');
    const rule = first('is a breach of Northern Football Association rules').page;
    expect(rule.verdict).toBe('confirmed');
    expect(rule.related.filter((r) => r.relation === 'disputed-by')).toEqual([]);
  });

  it('the club’s statement speaks for the club on record, in one voice: its rejection of “the article’s allegations” disputes none of its own lines', () => {
    const { page, a } = first('The club did not make any undeclared payment');
    expect(a).toMatchObject({ speaker: 'Halberton City FC', attribution: 'named', source: 'halberton-city-statement' });
    expect(page.verdict).toBe('confirmed');
    expect(first('is aware of an article published today').page.verdict).not.toBe('disputed');
    for (const words of ['For media enquiries', 'will make no further comment']) expect(() => first(words), words).toThrow(/no appearance/);
  });

  it('“according to documents seen by the Echo” and “The Halberton Echo reported that …” stand on nobody’s record', () => {
    expect(first('according to documents seen by the Echo').page.verdict).toBe('unattributed');
    expect(first('The Halberton Echo reported on Wednesday that City paid').a).toMatchObject({ speaker: null, attribution: 'none', stance: 'reports' });
  });

  it('a source unnamed at its own request is unnamed, and so is “the person” it goes on as', () => {
    expect(first('who spoke on condition of anonymity, said Halberton had').a.attribution).toBe('anonymous');
    const { page, a } = first('Nobody else was going above fifteen');
    expect(a).toMatchObject({ speaker: 'the person', attribution: 'anonymous' });
    expect(page.verdict).toBe('unattributed');
  });

  it('speakers past an aside, after “according to”, in the first person, and as a presenter', () => {
    expect(first('Reljic, reached by telephone in Lisbon').a).toMatchObject({ speaker: 'Marko Reljic', attribution: 'named' });
    expect(first('according to Anita Ferreira, a lecturer').a).toMatchObject({ speaker: 'Anita Ferreira', attribution: 'named' });
    expect(first('simply say the figure you have is wrong').a.speaker).toBe('Harriet Coombs');
    expect(first('Some fans booed Kessling').a.speaker).toBe('Gemma Oduya');
    expect(titles().filter((t) => /^[A-Z]+:/.test(t))).toEqual([]);
    expect(titles().filter((t) => /Joining me|joins us now|That's all from/i.test(t))).toEqual([]);
  });
});
