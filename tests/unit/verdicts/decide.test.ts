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

  it('explains a dispute that comes from a denied event', () => {
    const d = decideVerdict([ev({ kind: 'anonymous', speaker: 'sources', via: 'The Herald' })], [
      { speaker: 'The ministry', role: null, articles: new Set(['a1']), how: 'event' },
    ]);
    expect(d.verdict).toBe('disputed');
    expect(d.reasons[0]).toMatch(/detail of an event that The ministry denied on record/);
  });
});

describe('confirmed', () => {
  it('by a named source on record', () => {
    const d = decideVerdict([ev({ kind: 'named', speaker: 'Ann Lee', role: 'mayor' })], []);
    expect(d.verdict).toBe('confirmed');
    expect(d.reasons[0]).toBe('Stated on record by Ann Lee, mayor, in 1 article.');
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

  it('when one outlet asserts it and another cites only experts', () => {
    const d = decideVerdict([ev({}), ev({ article: 'a2', kind: 'anonymous', speaker: 'experts' })], []);
    expect(d.verdict).toBe('unattributed');
  });

  it('a report relayed from a named outlet is not a source on record', () => {
    expect(decideVerdict([ev({ kind: 'named', speaker: 'The Herald', stance: 'reports' })], []).verdict).toBe('unattributed');
  });
});
