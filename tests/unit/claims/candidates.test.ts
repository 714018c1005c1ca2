import { describe, expect, it } from 'vitest';
import { skipReason } from '../../../src/ingest/claims/candidates.ts';

const p = (text: string) => ({ text, kind: 'paragraph' as const });

describe('check-worthiness', () => {
  it.each([
    ['question', 'Will the bridge ever reopen?'],
    ['question', 'Is this the end of the “affair?”'],
    ['short', 'Yes, indeed.'],
    ['label', 'Reactions from the council'],
    ['commentary', 'The situation continues to evolve.'],
    ['commentary', 'It remains to be seen whether the deal will hold.'],
    ['commentary', 'In the meantime, the dispute continues.'],
    ['furniture', 'Leave a Reply'],
    ['furniture', 'Your email address will not be published.'],
  ])('%s: %s', (reason, text) => {
    expect(skipReason(p(text))).toBe(reason);
  });

  it.each(['The mayor resigned on Friday after ten years in office.', 'Mayor Ana Costa branded the story “a fabrication.”', 'The council approved the budget.'])('candidate: %s', (text) => {
    expect(skipReason(p(text))).toBeNull();
  });

  it('keeps headings that state something, drops pure labels', () => {
    expect(skipReason({ text: 'City denies bridge closure plan', kind: 'subheading' })).toBeNull();
    expect(skipReason({ text: 'The road ahead for the city', kind: 'subheading' })).toBe('label');
  });
});
