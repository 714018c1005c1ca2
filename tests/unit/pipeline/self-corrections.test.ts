/**
 * A speaker who corrects their own earlier statement: "Last week I told the House that Elm Ward
 * had remained open …. That was incorrect." What she told before is the claim, and her "That was
 * incorrect" withdraws it: the claim is disputed, on her own word.
 */
import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../src/ingest/pipeline/build-claims.ts';
import { splitArticle } from '../../../src/ingest/sentences/split-sentences.ts';
import type { GeneratedClaim, ParsedArticle } from '../../../src/ingest/types.ts';
import { article } from './parsed-article.ts';


const OPENING = 'The health minister Ruth Aldane spoke about Elm Ward at Wexcombe General Hospital in Tarrow.';
const REPORT = article('ledger', 'National Ledger', OPENING, 'Ruth Aldane told MPs that Elm Ward remained open throughout the weekend of 10 January.');

const claimsOf = (...articles: ParsedArticle[]): GeneratedClaim[] => buildClaims(articles.map((a) => ({ article: a, sentences: splitArticle(a).sentences })));
const withQuote = (claims: readonly GeneratedClaim[], words: string): GeneratedClaim[] => claims.filter((c) => c.appearances.some((a) => a.quote.includes(words)));

describe('a speaker’s own earlier statement', () => {
  it('is the claim she told, on her word, without “I told the House that”', () => {
    const claims = claimsOf(REPORT, article('gazette', 'Wexcombe Gazette', OPENING, '“Last week I told the House that Elm Ward had remained open throughout the weekend of 10 January,” she said.'));
    const [told, ...more] = withQuote(claims, 'I told the House');
    expect(more).toEqual([]);
    expect(told!.title).toMatch(/^Elm Ward (?:had )?remained open throughout the weekend of 10 January$/);
    expect(told!.appearances.find((a) => a.source === 'gazette')!.speaker).toBe('Ruth Aldane');
    // (The other outlet's report of what she told the House is the same claim.)
    expect(told!.appearances.map((a) => a.source).sort()).toEqual(['gazette', 'ledger']);
  });

  it('withdrawn by her “That was incorrect”: disputed, on her own word', () => {
    const claims = claimsOf(
      REPORT,
      article('gazette', 'Wexcombe Gazette', OPENING, '“Last week I told the House that Elm Ward had remained open throughout the weekend of 10 January,” she said. “That was incorrect. The ward was closed to new admissions from 6pm on the Saturday.”'),
    );
    const [told] = withQuote(claims, 'I told the House');
    expect(told!.engine.verdict).toBe('disputed');
    expect(told!.reasons[0]).toMatch(/^Denied on record by Ruth Aldane/);
    const [withdrawal, ...more] = withQuote(claims, 'That was incorrect');
    expect(more).toEqual([]);
    expect(withdrawal!.title).toMatch(/^Ruth Aldane withdrew the statement that Elm Ward (?:had )?remained open throughout the weekend of 10 January$/);
    expect(withdrawal!.appearances[0]!.stance).toBe('denies');
  });

  it('what she withdrew is no side of a conflict: “The ward was closed” is not disputed by her “remained open”', () => {
    const claims = claimsOf(
      REPORT,
      article('gazette', 'Wexcombe Gazette', OPENING, '“Last week I told the House that Elm Ward had remained open throughout the weekend of 10 January,” she said. “That was incorrect. The ward was closed to new admissions from 6pm on the Saturday.”'),
    );
    const [closed] = withQuote(claims, 'The ward was closed to new admissions');
    expect(closed!.engine.verdict).toBe('confirmed');
    expect(closed!.reasons.join(' ')).not.toMatch(/disagree/);
  });

  it('someone else’s “That was incorrect” is their denial of it, not a withdrawal', () => {
    const claims = claimsOf(
      REPORT,
      article('gazette', 'Wexcombe Gazette', OPENING, '“Last week I told the House that Elm Ward had remained open throughout the weekend of 10 January,” she said.', '“That was incorrect,” said Dr Simon Hurrell, the trust’s chief executive.'),
    );
    const [told] = withQuote(claims, 'I told the House');
    expect(told!.engine.verdict).toBe('disputed');
    expect(told!.reasons[0]).toMatch(/^Denied on record by Simon Hurrell/);
    expect(withQuote(claims, 'That was incorrect')[0]!.title).toMatch(/^Simon Hurrell denied that Elm Ward (?:had )?remained open/);
  });

  it('her “That was incorrect” a sentence too late withdraws nothing', () => {
    const claims = claimsOf(
      REPORT,
      article('gazette', 'Wexcombe Gazette', OPENING, '“Last week I told the House that Elm Ward had remained open throughout the weekend of 10 January,” she said. “I have read the reports from the weekend in full. I have also spoken to the trust’s board about staffing. That was incorrect.”'),
    );
    expect(claims.some((c) => /withdrew/.test(c.title))).toBe(false);
  });
});

describe('told of the speaker: “he had told members that X. He said that was incorrect.”', () => {
  it('X is his, and withdrawn by him: disputed, and no page “That was incorrect”', () => {
    const claims = claimsOf(
      article(
        'minutes',
        'Brackenford Borough Council',
        'Part of the Kestrel Walk car park in Brackenford collapsed on Saturday.',
        'Martin Pike, head of building control, said that at the committee’s meeting on 2 October he had told members that the car park held a valid safety certificate. He said that was incorrect.',
      ),
    );
    const [told, ...more] = withQuote(claims, 'he had told members');
    expect(more).toEqual([]);
    expect(told!.title).toBe('The car park held a valid safety certificate');
    expect(told!.engine.verdict).toBe('disputed');
    expect(withQuote(claims, 'that was incorrect').map((c) => c.title)).toEqual(['Martin Pike withdrew the statement that the car park held a valid safety certificate']);
  });
});

describe('the newsroom withdrawing its own earlier words', () => {
  const GAZETTE = article('gazette', 'Northmoor Gazette', 'Part of the Kestrel Walk car park in Brackenford collapsed on Saturday.', 'The car park, which has 620 spaces, opened in 1972. Six people were taken to hospital, the ambulance service said.');
  const blog = (...paragraphs: string[]): ParsedArticle => article('echo', 'Brackenford Echo', 'Part of the Kestrel Walk car park in Brackenford collapsed on Saturday.', ...paragraphs);

  it('“An earlier entry said it had 800 spaces; that was wrong.”: no page, and no figure against the 620', () => {
    const claims = claimsOf(GAZETTE, blog('The car park has 620 spaces on five levels. An earlier entry said it had 800 spaces; that was wrong.'));
    expect(withQuote(claims, '800 spaces')).toEqual([]);
    expect(withQuote(claims, '620 spaces').map((c) => c.engine.verdict)).toEqual(['confirmed']);
  });

  it('“We earlier reported that nine people … This was wrong.”: neither sentence makes a page, and the six stand', () => {
    const claims = claimsOf(GAZETTE, blog('Correction. We earlier reported that nine people had been taken to hospital. This was wrong. Northmoor Ambulance Service says six people were taken to hospital.'));
    expect(withQuote(claims, 'nine people')).toEqual([]);
    expect(withQuote(claims, 'This was wrong')).toEqual([]);
    expect(withQuote(claims, 'six people were taken').map((c) => c.engine.verdict)).toEqual(['confirmed']);
  });

  it('its earlier words that nothing withdraws stay its claim', () => {
    const claims = claimsOf(GAZETTE, blog('We earlier reported that nine people had been taken to hospital. The road remains closed.'));
    expect(withQuote(claims, 'nine people')).toHaveLength(1);
  });
});

describe('a short “That was wrong.”', () => {
  it('in a speaker’s quotation is her denial of what was just told', () => {
    const claims = claimsOf(article('gazette', 'Wexcombe Gazette', OPENING, 'Staff said Elm Ward was closed to patients all weekend.', '“That was wrong,” Dr Simon Hurrell said.'));
    expect(withQuote(claims, 'Elm Ward was closed')[0]!.engine.verdict).toBe('disputed');
  });

  it('in the writer’s own voice makes no page: it answers nobody on record', () => {
    const claims = claimsOf(article('gazette', 'Wexcombe Gazette', OPENING, 'Staff said Elm Ward was closed to patients all weekend.', 'That is wrong.'));
    expect(withQuote(claims, 'That is wrong')).toEqual([]);
  });
});
