import { describe, expect, it } from 'vitest';
import { decideVerdict, type Evidence } from '../../../src/ingest/verdicts/decide.ts';

const ev = (over: Partial<Evidence>): Evidence => ({
  article: 'a1',
  outlet: null,
  speaker: null,
  role: null,
  kind: 'none',
  via: null,
  stance: 'asserts',
  ...over,
});

describe('disputed', () => {
  it('wins over everything else when someone on record denies the claim', () => {
    const d = decideVerdict(
      [ev({ kind: 'named', speaker: 'Ann Lee' }), ev({ article: 'a2' })],
      [{ speaker: 'Bo Chan', role: 'ministry spokesman', articles: new Set(['a1', 'a2']), how: 'denial' }],
    );
    expect(d.verdict).toBe('disputed');
    expect(d.reasons[0]).toBe('Denied on record by Bo Chan, ministry spokesman, in 2 of 2 articles.');
    expect(d.confidence).toBeGreaterThan(0.8);
  });

  it('gives one reason per denier, with the articles of all its denials (a board’s statement and its FAQ)', () => {
    const d = decideVerdict(
      [ev({ kind: 'named', speaker: 'Hannah Okafor' }), ev({ article: 'a2' })],
      [
        { speaker: 'Western Counties Examinations Board', role: null, articles: new Set(['a3']), how: 'denial' },
        { speaker: 'Western Counties Examinations Board', role: null, articles: new Set(['a4']), how: 'denial' },
      ],
    );
    expect(d.reasons).toEqual(['Denied on record by Western Counties Examinations Board, in 2 of 4 articles.']);
  });

  it('explains a dispute over a date with both dates and who gives each', () => {
    const d = decideVerdict([ev({})], [
      {
        speaker: 'Helen Marchbank',
        role: null,
        articles: new Set(['a2']),
        how: 'date',
        dates: { one: { text: 'in early May', by: 'The Chronicle' }, other: { text: 'on May 30', by: 'Helen Marchbank, Runline' } },
      },
    ]);
    expect(d.verdict).toBe('disputed');
    expect(d.reasons).toEqual(['Sources disagree on a date: “in early May” (The Chronicle) against “on May 30” (Helen Marchbank, Runline).']);
    expect(d.confidence).toBe(0.7);
  });

  it('says a conflict between the same two tellings once, when two rules find it', () => {
    const figures = { one: { text: '14 hours', by: 'Tomasz Wrobel, Wexcombe Gazette' }, other: { text: 'nine hours', by: 'Simon Hurrell, Wexcombe and Tarrow Hospitals Trust' } };
    const d = decideVerdict([ev({})], [
      { speaker: 'Simon Hurrell', role: null, articles: new Set(['a2']), how: 'figure', figures },
      { speaker: 'Simon Hurrell', role: null, articles: new Set(['a2']), how: 'figure', figures },
    ]);
    expect(d.reasons).toEqual(['Sources disagree on a figure: “14 hours” (Tomasz Wrobel, Wexcombe Gazette) against “nine hours” (Simon Hurrell, Wexcombe and Tarrow Hospitals Trust).']);
  });

  it('explains a dispute that comes from a denied event', () => {
    const d = decideVerdict([ev({ kind: 'anonymous', speaker: 'sources', via: 'The Herald' })], [
      { speaker: 'The ministry', role: null, articles: new Set(['a1']), how: 'event' },
    ]);
    expect(d.verdict).toBe('disputed');
    expect(d.reasons).toEqual(['Reported as a detail of an event that The ministry denied on record (in 1 article).']);
  });

  it('sets a denier\'s role apart with commas', () => {
    const d = decideVerdict([ev({ kind: 'anonymous', speaker: 'sources' })], [
      { speaker: 'Dmitry Peskov', role: 'Kremlin spokesman', articles: new Set(['a1', 'a2']), how: 'event' },
    ]);
    expect(d.reasons[0]).toBe('Reported as a detail of an event that Dmitry Peskov, Kremlin spokesman, denied on record (in 2 articles).');
  });

  it('names every denier of the event in one reason, where the first one stood', () => {
    const d = decideVerdict([ev({ kind: 'anonymous', speaker: 'sources' })], [
      { speaker: 'Dmitry Peskov', role: 'Kremlin spokesman', articles: new Set(['a1', 'a2']), how: 'event' },
      { speaker: 'Bo Chan', role: null, articles: new Set(['a3']), how: 'denial' },
      { speaker: 'the Kremlin', role: null, articles: new Set(['a1']), how: 'event' },
      { speaker: 'Putin', role: null, articles: new Set(['a4']), how: 'event' },
    ]);
    expect(d.reasons).toEqual([
      'Reported as a detail of an event denied on record by Dmitry Peskov, Kremlin spokesman (in 2 articles), the Kremlin (in 1 article) and Putin (in 1 article).',
      'Denied on record by Bo Chan, in 1 of 2 articles.',
    ]);
  });

  it('names a denier once when several denials of the same report reach the claim', () => {
    // "There was no such call" and "dismissed claims that he urged restraint", both by the Kremlin.
    const d = decideVerdict([ev({ kind: 'anonymous', speaker: 'sources' })], [
      { speaker: 'the Kremlin', role: null, articles: new Set(['a1', 'a2']), how: 'event' },
      { speaker: 'Dmitry Peskov', role: 'Kremlin spokesman', articles: new Set(['a1']), how: 'event' },
      { speaker: 'Kremlin', role: null, articles: new Set(['a3']), how: 'event' },
    ]);
    expect(d.reasons).toEqual([
      'Reported as a detail of an event denied on record by the Kremlin (in 3 articles) and Dmitry Peskov, Kremlin spokesman (in 1 article).',
    ]);
  });
});

describe('confirmed', () => {
  it('by a named source on record', () => {
    const d = decideVerdict([ev({ kind: 'named', speaker: 'Ann Lee', role: 'mayor' })], []);
    expect(d.verdict).toBe('confirmed');
    expect(d.reasons[0]).toBe('Stated on record by Ann Lee, mayor, in 1 article.');
  });

  it('names a speaker once however the articles spell the name or the role', () => {
    const d = decideVerdict(
      [
        ev({ kind: 'named', speaker: 'the Kremlin', article: 'a1' }),
        ev({ kind: 'named', speaker: 'Kremlin', article: 'a2' }),
        ev({ kind: 'named', speaker: 'The Kremlin', article: 'a3' }),
        ev({ kind: 'named', speaker: 'the Kremlin', article: 'a3' }),
        ev({ kind: 'named', speaker: 'Dmitry Peskov', role: 'spokesman', article: 'a1' }),
        ev({ kind: 'named', speaker: 'Dmitry Peskov', role: 'Kremlin spokesman', article: 'a2' }),
        ev({ kind: 'named', speaker: 'Donald Trump', role: 'U.S. President-elect', article: 'a1' }),
        ev({ kind: 'named', speaker: 'Donald Trump', role: 'US President-elect', article: 'a2' }),
        ev({ kind: 'named', speaker: 'Donald Trump', role: 'US President-elect', article: 'a3' }),
      ],
      [],
    );
    expect(d.reasons).toEqual([
      'Stated on record by the Kremlin, in 3 articles.',
      'Stated on record by Dmitry Peskov, Kremlin spokesman, in 2 articles.',
      'Stated on record by Donald Trump, US President-elect, in 3 articles.',
      'No source on record contradicts it.',
    ]);
  });

  it('a refusal to comment is on record as a refusal, not as a statement', () => {
    const d = decideVerdict([ev({ kind: 'named', speaker: 'Marius Brenholt', role: 'coach', stance: 'declines' }), ev({ kind: 'named', speaker: 'Velocitek', article: 'a2', stance: 'declines' })], []);
    expect(d.verdict).toBe('confirmed');
    expect(d.reasons).toEqual(['Declined to comment or did not respond: Marius Brenholt, coach, in 1 article.', 'Declined to comment or did not respond: Velocitek, in 1 article.', 'No source on record contradicts it.']);
  });

  it('an unnamed speaker described by a role alone is not named twice', () => {
    const d = decideVerdict([ev({ kind: 'named', speaker: 'the mayor', role: 'the mayor' }), ev({ kind: 'named', speaker: 'the returning officer\'s office', role: 'the returning officer\'s office', article: 'a2', stance: 'declines' })], []);
    expect(d.reasons).toEqual(['Stated on record by the mayor, in 1 article.', 'Declined to comment or did not respond: the returning officer\'s office, in 1 article.', 'No source on record contradicts it.']);
  });

  it('a speaker who refused in one article and spoke in another has stated it on record', () => {
    const d = decideVerdict([ev({ kind: 'named', speaker: 'the Kremlin', stance: 'declines' }), ev({ kind: 'named', speaker: 'Kremlin', article: 'a2' })], []);
    expect(d.reasons[0]).toBe('Stated on record by the Kremlin, in 2 articles.');
  });

  it('by two outlets reporting it as fact', () => {
    const d = decideVerdict([ev({ outlet: 'Herald' }), ev({ article: 'a2', outlet: 'Courier' })], []);
    expect(d.verdict).toBe('confirmed');
    expect(d.reasons[0]).toBe('Reported as established fact by 2 outlets.');
  });

  it('a declined comment is itself a statement on record', () => {
    expect(decideVerdict([ev({ kind: 'named', speaker: 'Ann Lee', stance: 'declines' })], []).verdict).toBe('confirmed');
  });
});

describe('unattributed', () => {
  it('when it rests on anonymous sources', () => {
    const d = decideVerdict([ev({ kind: 'anonymous', speaker: 'people familiar with the talks', via: 'The Herald' })], []);
    expect(d.verdict).toBe('unattributed');
    expect(d.reasons[0]).toBe('Rests on anonymous or vague sourcing: people familiar with the talks cited by The Herald.');
  });

  it('when only one outlet asserts it, even in two of its articles', () => {
    const d = decideVerdict([ev({ outlet: 'Herald' }), ev({ article: 'a2', outlet: 'Herald' })], []);
    expect(d.verdict).toBe('unattributed');
  });

  it('when the second outlet is a headline without the figure or time: it is not counted, and said so', () => {
    const d = decideVerdict([ev({ article: 'a1', outlet: 'Harbour Times' }), ev({ article: 'a2', outlet: 'Coast Courier', withoutDetail: true })], []);
    expect(d.verdict).toBe('unattributed');
    expect(d.reasons).toEqual(['Stated by one outlet only (Harbour Times), with no source given.', 'Not counted: a headline (Coast Courier) that gives no figure or time the claim states.', 'No source on record contradicts it.']);
  });

  it('when one outlet asserts it and another cites only experts', () => {
    const d = decideVerdict([ev({}), ev({ article: 'a2', kind: 'anonymous', speaker: 'experts' })], []);
    expect(d.verdict).toBe('unattributed');
  });

  it('a report relayed from a named outlet is not a source on record', () => {
    expect(decideVerdict([ev({ kind: 'named', speaker: 'The Herald', stance: 'reports' })], []).verdict).toBe('unattributed');
  });
});
