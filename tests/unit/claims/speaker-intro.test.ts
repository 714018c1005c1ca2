import { describe, expect, it } from 'vitest';
import { introducedSpeaker } from '../../../src/ingest/claims/speaker-intro.ts';

describe('a sentence that sets up who speaks next', () => {
  it.each([
    ['Brenholt, reached by telephone on Wednesday, was brief.', 'Brenholt'],
    ['Asked about the claims, Helen Marchbank was defiant.', 'Helen Marchbank'],
    ['The minister was unrepentant.', 'The minister'],
    ['When pressed, Ms Okoro was equally blunt:', 'Ms Okoro'],
    ['Helen Marchbank, the chief executive, remained adamant in reply.', 'Helen Marchbank'],
  ])('%j → %j', (text, speaker) => {
    expect(introducedSpeaker(text)).toBe(speaker);
  });

  it.each([
    'Brenholt was brief in his career as a sprinter.', // more after the manner
    'The meeting between the coach and the athletes who trained at the camp was brief.', // a clause, not a speaker
    '“I was brief,” Brenholt said.', // a quotation of its own
    'Brenholt trained Velasquez.',
  ])('not %j', (text) => {
    expect(introducedSpeaker(text)).toBeNull();
  });
});
