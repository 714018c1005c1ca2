/** Test helper: the claim units of a one-article seed, parsed and analysed as the ingest does. */
import { seedRecord } from '../../../src/ingest/pipeline/analyse-seed.ts';
import { articleClaims } from '../../../src/ingest/pipeline/article-claims.ts';

/** `paragraphs` are the article's body, one paragraph each, under a headline, an outlet line and a date. */
export function seedUnits(paragraphs: readonly string[], outlet = 'The Test Courier') {
  const text = `Water notice issued for the town\n\nSource: ${outlet}\n\nSeptember 18, 2025\n\n${paragraphs.join('\n\n')}\n`;
  const record = seedRecord({ file: 'test.txt', id: 'test', text });
  if (!record) throw new Error('the seed has no text');
  return articleClaims(record.article, record.sentences).units.filter((u) => !u.heading);
}

/** Each unit as [text, speaker, attribution kind, stance]. */
export const rows = (units: ReturnType<typeof seedUnits>) => units.map((u) => [u.text, u.attribution.speaker, u.attribution.kind, u.stance]);
