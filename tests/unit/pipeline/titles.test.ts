/**
 * Titles (src/ingest/pipeline/titles.ts): the representative chosen with numbered term lists,
 * runs and overlap rows is the one the plain definition gives — the member whose overlaps with
 * every other member, summed in member order, are the highest (a denial's wording loses half a
 * point, a headline's or a pronoun subject's more than any sum; near-ties go to the shorter text).
 */
import { describe, expect, it } from 'vitest';
import { lowerFirst, representative, type TitleUnit } from '../../../src/ingest/pipeline/titles.ts';
import { ListIds } from '../../../src/ingest/matching/list-ids.ts';

function overlap(a: readonly string[], b: readonly string[]): number {
  const s = new Set(b);
  let n = 0;
  for (const t of a) if (s.has(t)) n++;
  return n / Math.max(1, Math.min(a.length, b.length));
}

/** The plain definition, member by member. */
function plainRepresentative(members: ReadonlyArray<TitleUnit & { terms: string[] }>): number {
  let best = 0;
  let bestScore = -1;
  members.forEach((u, k) => {
    let score = 0;
    members.forEach((v, j) => {
      if (j !== k) score += overlap(u.terms, v.terms);
    });
    if (u.stance === 'denies') score -= 0.5;
    if (u.heading) score -= members.length;
    if (/^(?:they|he|she|we|i)\b(?![’'-])/i.test(u.text)) score -= members.length;
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && u.text.length < members[best]!.text.length)) {
      best = k;
      bestScore = score;
    }
  });
  return best;
}

describe('representative', () => {
  it('is the member the plain definition picks, on clusters full of repeats and near-ties', () => {
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const vocabulary = ['w:a', 'w:b', 'c:call', 'e:smith', 'p:x', 'w:c', 'w:d'];
    for (let round = 0; round < 200; round++) {
      const variants = Array.from({ length: 1 + (next() % 6) }, () => [...new Set(Array.from({ length: 1 + (next() % 4) }, () => vocabulary[next() % vocabulary.length]!))]);
      const members = Array.from({ length: 1 + (next() % 40) }, () => {
        const terms = variants[next() % variants.length]!;
        return { terms, text: `${next() % 6 === 0 ? 'They ' : ''}${'x'.repeat(5 + (next() % 4))}`, stance: next() % 7 === 0 ? ('denies' as const) : ('reports' as const), heading: next() % 5 === 0 };
      });
      const ids = new ListIds();
      const numbered = members.map((m) => ids.id(m.terms));
      expect(representative(numbered, ids.lists, (k) => members[k]!)).toBe(plainRepresentative(members));
    }
  });

  it('a headline titles a claim only when no sentence of the articles tells it', () => {
    const ids = new ListIds();
    const members: TitleUnit[] = [
      { text: 'Board approves bus deal', stance: 'asserts', heading: true },
      { text: 'The board approved the contract for 120 buses on Monday', stance: 'asserts' },
    ];
    const terms = [['w:board', 'c:approve', 'w:bus'], ['w:board', 'c:approve', 'w:bus', 'w:contract', 'w:monday']];
    expect(representative(terms.map((t) => ids.id(t)), ids.lists, (k) => members[k]!)).toBe(1);
    expect(representative([ids.id(terms[0]!)], ids.lists, () => members[0]!)).toBe(0);
  });

  it('"They fired first" titles a claim only when no member says who', () => {
    const ids = new ListIds();
    const members: TitleUnit[] = [
      { text: 'They fired first', stance: 'asserts' },
      { text: 'Oshtaran troops fired first and then crossed the border', stance: 'asserts' },
      { text: 'We fired first', stance: 'asserts' },
    ];
    const terms = [['c:fire'], ['c:fire', 'e:oshtaran', 'c:border', 'w:cross'], ['c:fire']];
    expect(representative(terms.map((t) => ids.id(t)), ids.lists, (k) => members[k]!)).toBe(1);
    // When every member opens with a pronoun, the usual rule: here a tie, to the shorter text.
    expect(representative([ids.id(terms[0]!), ids.id(terms[2]!)], ids.lists, (k) => members[k === 0 ? 0 : 2]!)).toBe(1);
    // "I" only as a word: "Iceland's coast guard …" names who.
    expect(representative([ids.id(terms[0]!), ids.id(terms[0]!)], ids.lists, (k) => [members[0]!, { text: "Iceland's guards fired first", stance: 'asserts' as const }][k]!)).toBe(1);
  });
});

describe('lowerFirst', () => {
  it('lowers a first word the sentence wrote in lower case, and keeps a name', () => {
    const quote = 'A technician filed a complaint alleging that managers had falsified records, according to two people.';
    expect(lowerFirst('Managers had falsified records', quote)).toBe('managers had falsified records');
    expect(lowerFirst('Brennan said so', 'Brennan said so, and brennan-style audits followed.')).toBe('Brennan said so');
    expect(lowerFirst('The plant closed')).toBe('the plant closed');
    expect(lowerFirst('Putin met Trump', 'Putin met Trump on Friday.')).toBe('Putin met Trump');
  });

  it('lowers people named by what they are, as an unnamed group’s “they” is told (“Staff had been instructed …”)', () => {
    expect(lowerFirst('Staff had been instructed not to phone the manager', 'Staff told us they had been instructed not to phone the manager.')).toBe('staff had been instructed not to phone the manager');
    expect(lowerFirst('Workers at the plant were warned')).toBe('workers at the plant were warned');
  });
});
