/**
 * The engine on a third story it was not developed on (tests/fixtures/harlow: five articles
 * about a transit board's bus contract, written by an audit before the engine ever read them):
 * straight quotes over two sentences, "told Channel 4", a source described by a relative clause,
 * a denial next to a subheading that shares its words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('harlow');
});

const appearances = (words: string) => story.appearances(words);

describe('a third story', () => {
  it('a quotation in straight quotes over two sentences is the speaker’s, its "That is simply false" a denial', () => {
    const denial = appearances('"That is simply false.');
    expect(denial.map(({ a }) => [a.speaker, a.attribution, a.stance])).toEqual([['Keller', 'named', 'denies']]);
    const rest = appearances('I have never met with any bidder outside a public session," Keller said');
    expect(rest.map(({ a }) => [a.speaker, a.attribution, a.stance])).toEqual([['Keller', 'named', 'denies']]);
    // Right after "That is simply false", it goes on with his denial: one page for all he denied.
    expect(rest[0]!.page).toBe(denial[0]!.page);
    expect(rest[0]!.page.title).toBe('Keller denied that he had met with anyone from Verano before the vote');
  });

  it('"…, auditor Grace Whitfield told Channel 4." is Whitfield on record', () => {
    const { page, a } = appearances('has opened a review of the procurement')[0]!;
    expect(a).toMatchObject({ speaker: 'Grace Whitfield', attribution: 'named' });
    expect(page.verdict).toBe('confirmed');
  });

  it('"…, a senior official who spoke on condition of anonymity said." is anonymous, and no part of the title', () => {
    const { page, a } = appearances('a senior official who spoke on condition of anonymity said')[0]!;
    expect(a).toMatchObject({ speaker: 'a senior official who spoke on condition of anonymity', attribution: 'anonymous' });
    expect(page.title).not.toContain('senior official');
  });

  it('a denial answers the report the article tells, not the subheading sharing its words', () => {
    const { page } = appearances('Keller denied that he had met with anyone from Verano before the vote')[0]!;
    // Titled in the denier's words: "Keller denied that Martin Keller met …" named him twice.
    expect(page.title).toMatch(/^Keller (?:has )?denied .*\b(?:meet|met)\b/);
    expect(page.title).not.toMatch(/Keller.*Keller/);
    expect(story.pages.filter((p) => /Meeting Before the Vote/.test(p.title))).toEqual([]);
    const { page: meeting } = appearances('two people familiar with the matter')[0]!;
    expect(meeting.verdict).toBe('disputed');
  });

  it('"$48 million" on record and "$62 million" a day later conflict: five articles about one company are one story', () => {
    const { page } = appearances('The contract is worth $48 million')[0]!;
    expect(appearances('The contract is worth $62 million')[0]!.page.slug).toBe(page.slug);
    expect(page.verdict).toBe('disputed');
    expect(page.reasons[0]).toMatch(/^Sources disagree on a figure: “\$48 million” \(Ana Ruiz/);
  });

  it('"denied reports that he met … before the board awarded …" denies the meeting, not the award', () => {
    const denials = appearances('denied reports that he met privately with executives of Verano Motors');
    const { page: meeting } = appearances('two people familiar with the matter')[0]!;
    // The same sentence is the denial and tells the denied report: both land where the meeting is.
    const where = new Map(denials.map(({ page, a }) => [a.stance, page]));
    expect(where.get('reports')?.slug).toBe(meeting.slug);
    // One denial page for the three outlets' denials.
    expect(where.get('denies')?.slug).toBe(appearances('Keller denied that he had met with anyone from Verano before the vote')[0]!.page.slug);
    expect(appearances('awarded Verano Motors a contract on Monday')[0]!.page.verdict).toBe('confirmed');
  });

  it('"operates a fleet of 310 buses" and "has 310 buses in its fleet" are one claim, two outlets confirming it', () => {
    const [operates] = appearances('The authority operates a fleet of 310 buses');
    const [has] = appearances('The authority has 310 buses in its fleet');
    expect(has!.page.slug).toBe(operates!.page.slug);
    expect(operates!.page.verdict).toBe('confirmed');
  });
});

// Known misses on this story (not asserted; README, the third story): the
// dinner the anonymous official tells is not reached by the denial of the meeting (no reporter
// links it to the denied report); the 6-3 vote, told three ways, is three pages.
