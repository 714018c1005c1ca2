import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/ingest/claims/extract.ts';
import { denialsGoOn } from '../../../src/ingest/claims/denial-follow-up.ts';
import type { ClaimUnit } from '../../../src/ingest/claims/extract.ts';
import { sentences } from './article.ts';

const stances = (texts: string[]) => extractClaims(sentences(texts)).map((u) => [u.text, u.stance, u.denial ?? null]);

describe('a negative statement right after a denial, by the same speaker, goes on with it', () => {
  it('“hit back at the claims. ‘We did not delay…,’ she said”: the same denial, marked as going on', () => {
    expect(stances(['Federation boss Helen Marchbank hit back at the claims.', '“We did not delay the notification by a single day,” she said.'])).toEqual([
      ['Helen Marchbank hit back at the claims', 'denies', { target: null }],
      ['We did not delay the notification by a single day', 'denies', { target: null, goesOn: true }],
    ]);
  });

  it('keeps the target of a denial that names one', () => {
    const u = stances(['Keller denied that he had met the bidders.', '“I have never met any of them,” Keller said.']);
    expect(u[1]).toEqual(['I have never met any of them', 'denies', { target: 'Keller had met the bidders', goesOn: true }]);
  });

  it('not a statement that denies nothing, another speaker’s, or one a sentence further on', () => {
    expect(stances(['Keller denied the report.', '“We met the bidders in public,” Keller said.'])[1]![1]).toBe('asserts');
    expect(stances(['Keller denied the report.', '“We did not see the bidders,” said Anna Berg, the auditor.'])[1]![1]).toBe('asserts');
    expect(stances(['Keller denied the report.', 'The vote was held on Monday, officials said.', '“We did not see the bidders,” Keller said.'])[2]![1]).toBe('asserts');
  });

  it('negatives as words: "not", "never", "n’t", "nothing", not "note" or "nobel"', () => {
    const unit = (sentence: number, text: string, stance: ClaimUnit['stance']): ClaimUnit => ({
      sentence,
      quote: text,
      text,
      full: text,
      stance,
      attribution: { speaker: 'Keller', role: null, kind: 'named', via: null },
      ...(stance === 'denies' ? { denial: { target: null } } : {}),
    });
    const after = (text: string) => denialsGoOn([unit(0, 'Keller rejected the claims', 'denies'), unit(1, text, 'asserts')])[1]!.stance;
    for (const t of ['We did not see them', 'I have never met them', 'We didn’t see them', "We didn't see them", 'There is nothing in it', 'No one was told']) expect(after(t), t).toBe('denies');
    for (const t of ['He took note of the bids', 'The Nobel committee met', 'Nothingness is a word']) expect(after(t), t).toBe('asserts');
  });
});
