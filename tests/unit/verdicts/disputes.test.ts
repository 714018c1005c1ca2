/** Who disputes a cluster: the named speakers of its denials, one per person however spelled. */
import { describe, expect, it } from 'vitest';
import { disputesFrom, type DisputeUnits } from '../../../src/ingest/verdicts/disputes.ts';
import type { Attribution } from '../../../src/ingest/types.ts';

/** Denial units: [article, speaker, role, kind]. */
function units(rows: Array<[string, string | null, string | null, Attribution['kind']]>): DisputeUnits {
  return {
    article: (i) => rows[i]![0],
    attribution: (i) => ({ kind: rows[i]![3], speaker: rows[i]![1], role: rows[i]![2], via: null }) as Attribution,
    stance: () => 'denies',
    participants: () => [],
  };
}

describe('disputesFrom', () => {
  it('folds spellings of one speaker, most articles first, anonymous denials aside', () => {
    const u = units([
      ['a1', 'Bo Chan', null, 'named'],
      ['a1', 'the Kremlin', null, 'named'],
      ['a2', 'Kremlin', null, 'named'],
      ['a3', 'the Kremlin', 'presidential office', 'named'],
      ['a4', 'officials', null, 'anonymous'],
      ['a2', 'Ann Lee', 'mayor', 'named'],
    ]);
    expect(disputesFrom([0, 1, 2, 3, 4, 5], u, 'denial')).toEqual([
      { speaker: 'the Kremlin', role: 'presidential office', articles: new Set(['a1', 'a2', 'a3']), how: 'denial' },
      { speaker: 'Ann Lee', role: 'mayor', articles: new Set(['a2']), how: 'denial' },
      { speaker: 'Bo Chan', role: null, articles: new Set(['a1']), how: 'denial' },
    ]);
  });
});
