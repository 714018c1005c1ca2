import { describe, expect, it } from 'vitest';
import { withoutAppositives } from '../../../src/ingest/pipeline/article-claims.ts';
import { tokenize } from '../../../src/ingest/nlp/tokens.ts';

const words = (text: string) => withoutAppositives(tokenize(text)).map((t) => t.text).join(' ');

describe('features leave out appositives', () => {
  it('", the reigning champion," after a name says again who she is, not what the claim says', () => {
    expect(words('Dara Velasquez, the reigning Continental 200 metres champion, has been suspended.')).toBe('Dara Velasquez has been suspended .');
    expect(words('The steakhouse, a family business since 1982, said its beef was safe.')).toBe('The steakhouse said its beef was safe .');
  });

  it('keeps what is no appositive: a clause between commas, a list, a phrase at the end', () => {
    for (const text of ['The report, the council said, was wrong.', 'They visited Paris, the Louvre and Rome.', 'The award went to Dara Velasquez, the reigning champion.']) {
      expect(words(text)).toBe(tokenize(text).map((t) => t.text).join(' '));
    }
  });
});
