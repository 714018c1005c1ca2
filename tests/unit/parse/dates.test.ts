import { describe, it, expect } from 'vitest';
import { dateLine, gluedDate, leadingDate } from '../../../src/ingest/parse/dates.ts';

describe('dates: a line that is only a date', () => {
  it.each([
    ['December 2, 2024', '2024-12-02', 'December 2, 2024'],
    ['2 December 2024', '2024-12-02', '2 December 2024'],
    ['Monday, December 2, 2024', '2024-12-02', 'Monday, December 2, 2024'],
    ['Nov. 11, 2024', '2024-11-11', 'Nov. 11, 2024'],
    ['2024-11-11', '2024-11-11', '2024-11-11'],
    ['Published: 12 March 2025, 14:05 GMT', '2025-03-12', '12 March 2025, 14:05 GMT'],
    ['Updated on December 2, 2024 at 10:15 am', '2024-12-02', 'December 2, 2024 at 10:15 am'],
    ['date: 2024-12-02T23:00:00-05:00', '2024-12-02', '2024-12-02T23:00:00-05:00'],
    ['11/25/2024', '2024-11-25', '11/25/2024'],
    // When it was first published, an update stamp after it.
    ['Published 11 April 2025, 09:30 | Updated 11 April 2025, 16:45', '2025-04-11', '11 April 2025, 09:30'],
    ['Published 11 April 2025 · Last updated 12 April 2025', '2025-04-11', '11 April 2025'],
  ])('%s', (line, iso, text) => {
    expect(dateLine(line)).toEqual({ iso, text });
  });
});

describe('dates: never guessed', () => {
  it.each([
    'Monday',
    'on Monday',
    'today',
    '2 hours ago',
    'December 2',
    '03/04/2024',
    '11/11/24',
    'Last Monday, December 2',
  ])('no date from %s', (line) => {
    expect(dateLine(line)).toBeNull();
    expect(gluedDate(line)).toBeNull();
  });

  it('does not read a date out of the middle of a sentence', () => {
    expect(leadingDate('The summit opened on December 2, 2024 in Paris.')).toBeNull();
    expect(gluedDate('Trump will be inaugurated on January 20, 2025.')).toBeNull();
  });

  it('is not a date line when text follows the date', () => {
    expect(dateLine('December 2, 2024 The Kremlin said')).toBeNull();
    expect(dateLine('December 2, 2024 AFP')).toBeNull();
    expect(dateLine('December 2, 2024 10:15 EST')?.iso).toBe('2024-12-02');
    expect(dateLine('Published 11 April 2025 | Updated figures show a rise')).toBeNull();
  });
});

describe('dates: a date glued to the lede', () => {
  it('takes the date and keeps the rest verbatim', () => {
    const line = 'date 2024-11-11 The Kremlin denies reports of a phone call, “purely false”.';
    expect(gluedDate(line)).toEqual({
      date: { iso: '2024-11-11', text: '2024-11-11' },
      rest: 'The Kremlin denies reports of a phone call, “purely false”.',
    });
  });

  it('accepts a label and a dash between date and text', () => {
    expect(gluedDate('Published 2025-02-04 — The central bank held rates.')?.rest).toBe('The central bank held rates.');
    expect(gluedDate('December 2, 2024 – “We deny it,” he said.')?.rest).toBe('“We deny it,” he said.');
  });

  it('leaves a lede that merely starts with a date alone', () => {
    expect(gluedDate('November 7, 2024 was the day Trump called dozens of leaders.')).toBeNull();
  });
});
