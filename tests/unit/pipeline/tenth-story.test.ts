/**
 * The engine on a tenth story it was not developed on, written by an audit playing a fact-check
 * editor: tests/fixtures/layoffs (a manufacturer closing a plant: a business wire, an
 * earnings-call transcript, a TV station's "What we know" list with a union's post, a local
 * paper with a correction, and a trade analysis with an editor's note). What the engine gets
 * right on it is checked here; what it still gets wrong is listed in the README ("A tenth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let layoffs: IngestedStory;

beforeAll(() => {
  layoffs = ingestStory('layoffs');
});

const first = (words: string) => layoffs.first(words);
const titles = () => layoffs.pages.map((p) => p.title);
const quoting = (words: string) => layoffs.pages.filter((p) => p.appearances.some((a) => a.quote.includes(words)));

describe('a tenth story: a plant closure', () => {
  it('an earnings call’s turns are their speakers’, with the role their label gives; the operator’s are no claims', () => {
    expect(first('Revenue for the third quarter was $312 million').a).toMatchObject({ speaker: 'Tomás Ibáñez', role: 'Chief Financial Officer', attribution: 'named' });
    expect(first('None of it is going to Mexico').a).toMatchObject({ speaker: 'Dana Whitcombe', attribution: 'named' });
    for (const words of ['listen-only mode', 'Your line is open', 'Our first question comes from']) expect(quoting(words).map((p) => p.title), words).toEqual([]);
  });

  it('a list’s bullets are no part of its items, and its open questions are no claims', () => {
    expect(titles().filter((t) => /^[-•]/.test(t))).toEqual([]);
    expect(first('The state says it gave Orrin $4.2 million').a).toMatchObject({ speaker: 'the state', attribution: 'named' });
    expect(quoting('Whether Orrin will have to pay back')).toEqual([]);
  });

  it('the union’s post (“Orrin says it told workers in person Monday. That’s a lie.”) disputes the company’s account, which the company’s spokeswoman gives too', () => {
    const { page } = first('Every shift at Kestrel Falls was briefed in person');
    expect(page.verdict).toBe('disputed');
    expect(page.appearances.some((a) => a.quote.includes('@UEWLocal88'))).toBe(true);
  });

  it('a denial that names whose claim it denies answers it: “rejected the union’s count” disputes the union’s 1,500, not a petition line', () => {
    expect(first('about 1,500 people will lose work').page.verdict).toBe('disputed');
    expect(first('workers have signed a union petition').page.verdict).not.toBe('disputed');
  });

  it('“Duchêne called that “simply false”” disputes the union’s severance figure told just before it', () => {
    expect(first("the company's offer amounts to one week of pay").page.verdict).toBe('disputed');
  });

  it('sources stay as sourced as the article says: “One of them”, “One broker familiar with the property”', () => {
    expect(first('One of them said a supplier in Monterrey').a.attribution).toBe('anonymous');
    expect(first('One broker familiar with the property').a.attribution).toBe('anonymous');
  });

  it('a correction’s paragraph tells no claim; a byline with a desk is its author’s', () => {
    expect(quoting('It opened in 1978, not 1987')).toEqual([]);
    expect(quoting('She is Zofia Wróblewska')).toEqual([]);
    expect(layoffs.articles.map((a) => (a as { byline?: string | null }).byline)).toContain('Keisha Mbatha-Lindqvist');
  });

  it('a quotation in single marks over three sentences is the worker’s; “{props.count}” is one sentence', () => {
    for (const words of ['They stopped replacing people back in the summer', 'We all knew something was coming']) expect(first(words).a, words).toMatchObject({ speaker: 'Dmitri Kowalczyk', attribution: 'named' });
    expect(first('{props.count} workers have signed').a.quote).toBe('{props.count} workers have signed a union petition so far.');
  });

  it('“This proves what we’ve been saying: the decision was made in June” is disputed by the company’s denial', () => {
    expect(first("This proves what we've been saying").page).toMatchObject({ title: 'The decision was made in June', verdict: 'disputed' });
  });

  it('a place or a company is nobody “she” can be: the spokeswoman’s quotation is hers', () => {
    expect(first('We have built safety stock for every Kestrel Falls part number').a).toMatchObject({ speaker: 'Mireille Duchêne', attribution: 'named' });
  });
});
