/**
 * Reading when something happened (src/ingest/verdicts/dates.ts): the span of days a date's
 * wording allows, with the year from the article's date, and only dates that place the event.
 */
import { describe, expect, it } from 'vitest';
import { datesConflict, datesIn, type DateSpan } from '../../../src/ingest/verdicts/dates.ts';

const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
const spans = (text: string, published: string | null = '2025-06-12'): string[] => datesIn(text, published).map((d) => `${d.text}: ${iso(d.low)}..${iso(d.high)}`);

describe('datesIn', () => {
  it.each([
    ['It had been informed of the result on May 30', 'on May 30: 2025-05-30..2025-05-30'],
    ['It was notified on 30 May', 'on 30 May: 2025-05-30..2025-05-30'],
    ['The sample was collected on April 22, 2024', 'on April 22, 2024: 2024-04-22..2024-04-22'],
    ['The talks collapsed in May', 'in May: 2025-05-01..2025-05-31'],
    ['The federation was told of the result in early May', 'in early May: 2025-05-01..2025-05-10'],
    ['It happened in mid-May', 'in mid-May: 2025-05-11..2025-05-20'],
    ['It happened late in April', 'late in April: 2025-04-21..2025-04-30'],
    ['It happened at the end of May', 'at the end of May: 2025-05-21..2025-05-31'],
    ['It happened at the beginning of March 2024', 'at the beginning of March 2024: 2024-03-01..2024-03-10'],
    ['In February the count was 12', 'In February: 2025-02-01..2025-02-28'],
  ])('%j', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it('a date that bounds the event does not place it: before, after, since, until, by', () => {
    expect(spans('The federation was told of the result in early May, several weeks before the May 30 date it has given publicly')).toEqual(['in early May: 2025-05-01..2025-05-10']);
    for (const text of ['It had known since April', 'Nothing will change until June 3', 'The report is due by March 1', 'It was informed after May 30']) expect(spans(text), text).toEqual([]);
  });

  it('weekdays, relative dates and the word "may" are not read', () => {
    for (const text of ['The meeting was held on Monday', 'The talks collapsed last week', 'The minister may resign', 'It happened several weeks before the vote']) expect(spans(text), text).toEqual([]);
  });

  it('without the article’s date, a date without a year is still a span of days (compared within one year)', () => {
    const [a] = datesIn('informed on May 30', null);
    const [b] = datesIn('told in early May', null);
    expect(datesConflict(a!, b!)).toBe(true);
  });
});

describe('datesConflict', () => {
  const span = (low: number, high: number): DateSpan => ({ text: '', low, high });
  it('dates conflict when their spans do not meet', () => {
    expect(datesConflict(span(1, 10), span(30, 30))).toBe(true);
    expect(datesConflict(span(30, 30), span(1, 10))).toBe(true);
    expect(datesConflict(span(1, 31), span(30, 30))).toBe(false); // "in May" and "on May 30"
    expect(datesConflict(span(5, 5), span(5, 5))).toBe(false);
  });
});
