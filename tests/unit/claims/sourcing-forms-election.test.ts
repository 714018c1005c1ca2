/**
 * Sourcing forms of the twentieth story (tests/fixtures/election: a disputed mayoral count told by
 * a wire, a broadcast transcript with "PRESENTER:" and "NAME (PARTY):" labels, the returning
 * officer's declaration, a candidate's thread of posts quoted by a local paper and a fact-check
 * column), each as a paragraph through the same analysis the ingest runs.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';
import { sentenceRanges } from '../../../src/ingest/sentences/split-sentences.ts';

const split = (text: string): string[] => sentenceRanges(text).map(([a, b]) => text.slice(a, b));

describe('sentences', () => {
  it('a time’s “a.m.” ends its sentence when a capital follows, unless a weekday, month or time zone goes on', () => {
    expect(split('Ondrejka announced the result at 4:47 a.m. Turnout was 38.6 per cent.')).toEqual(['Ondrejka announced the result at 4:47 a.m.', 'Turnout was 38.6 per cent.']);
    expect(split('It was declared at 4:47 a.m. Friday 8 May.')).toHaveLength(1);
    expect(split('Members found out from a text at 5:52 a.m. TUESDAY.')).toHaveLength(1);
    expect(split('The company will discuss results at 4:30 p.m. Eastern time.')).toHaveLength(1);
    // (A live page's timestamp opens its line: "1:20 p.m. Governor declares emergency".)
    expect(split('1:20 p.m. Governor declares emergency')).toHaveLength(1);
  });
});

describe('transcripts', () => {
  const transcript = [
    'PRESENTER: Good evening. Tonight the party that came second says the count cannot be trusted.',
    'DECLAN HURST (CIVIC REFORM): The result was declared far too late, and nobody has explained the delay.',
    'OLIVER BRANDT (PROGRESSIVE ALLIANCE): Civic Reform’s agents were removed because they tried to stop the count.',
    'And let’s be clear about the numbers. Turnout was 38.6 per cent, the highest ever for a mayoral election in Vellmoor.',
    'HURST: That’s simply not true about our agents.',
    'PRESENTER: We asked the returning officer, Margaret Ondrejka, to join us tonight. Her office declined.',
  ];

  it('a “PRESENTER:” the programme never names speaks in its own voice, label cut, and gives no one a role', () => {
    const units = seedUnits(transcript);
    const tonight = units.find((u) => u.text.startsWith('Tonight the party'))!;
    expect(tonight.attribution.kind).toBe('none');
    expect(tonight.quote.startsWith('Tonight')).toBe(true);
    expect(units.some((u) => u.attribution.speaker === 'Margaret Ondrejka')).toBe(false);
    expect(units.some((u) => u.text.includes('PRESENTER'))).toBe(false);
  });

  it('a paragraph with no label of its own goes on with the speaker before it — before the last label only', () => {
    const units = seedUnits(transcript);
    expect(units.find((u) => u.text.startsWith('Turnout was 38.6 per cent'))?.attribution.speaker).toBe('Oliver Brandt');
    // After the last turn, a programme note is the outlet's.
    const noted = seedUnits([...transcript, 'Vellmoor Tonight is broadcast on weeknights on VBC One and streams online.']);
    expect(noted.find((u) => u.text.startsWith('Vellmoor Tonight is broadcast'))?.attribution.speaker).toBeNull();
  });
});

describe('posts quoted under “X wrote:”', () => {
  it('are the writer’s, a post at a time, through an account a post addresses', () => {
    const units = seedUnits([
      'Tom Rudderham, the Civic Reform Party candidate, has taken his fight to social media.',
      'In a thread posted on Saturday morning, Rudderham wrote:',
      '“Our own count agents’ tallies show Priya Castellane won by just over 300 ballots, not 412. #RecountVellmoor”',
      '“The doors at St Bride’s polling station were shut at 9.40pm. I have the video. @VellmoorCARO you said every station closed at 10. {video 2/4}”',
      '“Not a single ballot has been rechecked. <This is what they call transparency> @OpenCountVell”',
    ]);
    expect(rows(units).filter((r) => r[0] !== 'Tom Rudderham, the Civic Reform Party candidate, has taken his fight to social media')).toEqual([
      ['Our own count agents’ tallies show Priya Castellane won by just over 300 ballots, not 412', 'Tom Rudderham', 'named', 'asserts'],
      ['The doors at St Bride’s polling station were shut at 9.40pm', 'Tom Rudderham', 'named', 'asserts'],
      ['I have the video', 'Tom Rudderham', 'named', 'asserts'],
      ['Every station closed at 10', '@VellmoorCARO', 'named', 'asserts'],
      ['Not a single ballot has been rechecked', 'Tom Rudderham', 'named', 'asserts'],
      ['<This is what they call transparency> @OpenCountVell', 'Tom Rudderham', 'named', 'asserts'],
    ]);
  });
});

describe('appeals', () => {
  it('“Media inquiries should be directed to …” asks; it states nothing', () => {
    expect(seedUnits(['Media inquiries should be directed to Captain Rosa Inglewood, public information officer.']).filter((u) => u.quote.startsWith('Media'))).toEqual([]);
  });
});
