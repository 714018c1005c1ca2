/** Finding an author's notes beside an untouched generated summary, and putting them back. */
import { describe, expect, it } from 'vitest';
import { notesBeside, withNotes } from '../../../src/ingest/merge/merge-page.ts';
import { bodyHash, renderSummaryBody } from '../../../src/ingest/merge/render-body.ts';

const SUMMARY = renderSummaryBody(['First paragraph.', 'Second paragraph.']);
const HASH = bodyHash(SUMMARY);
const FRESH = renderSummaryBody(['New.']);
/** The body after the summary changed to FRESH. */
const refreshed = (body: string): string | null => {
  const notes = notesBeside(body, HASH);
  return notes && withNotes(FRESH, notes);
};

describe('notes beside the summary', () => {
  it('below it, past any number of blank lines', () => {
    expect(notesBeside(`${SUMMARY}\n\nNote.\n`, HASH)).toEqual({ before: '\n', after: '\n\n\nNote.\n' });
    expect(refreshed(`${SUMMARY}\n\nNote.\n`)).toBe('\nNew.\n\n\nNote.\n');
  });

  it('on the line right under it, with no blank line between', () => {
    expect(refreshed(`${SUMMARY}Note right under.\n`)).toBe('\nNew.\nNote right under.\n');
  });

  it('above it', () => {
    expect(notesBeside(`\nNote.\n${SUMMARY}`, HASH)).toEqual({ before: '\nNote.\n\n', after: '\n' });
    expect(refreshed(`\nNote.\n${SUMMARY}`)).toBe('\nNote.\n\nNew.\n');
  });

  it('above and below it at once', () => {
    expect(refreshed(`\nAbove.\n${SUMMARY}\nBelow.\n`)).toBe('\nAbove.\n\nNew.\n\nBelow.\n');
  });

  it('finds nothing when the summary was edited, split by a note, or is the whole body', () => {
    expect(notesBeside(`${SUMMARY.replace('First', 'The first')}\nNote.\n`, HASH)).toBeNull();
    expect(notesBeside('\nFirst paragraph.\n\nNote.\n\nSecond paragraph.\n', HASH)).toBeNull();
    expect(notesBeside(SUMMARY, HASH)).toBeNull();
    expect(notesBeside('\nNo summary here.\n', HASH)).toBeNull();
  });
});

describe('withNotes', () => {
  it('keeps the notes alone when the claim has no summary any more', () => {
    expect(withNotes('', { before: '\n', after: '\n\nNote.\n' })).toBe('\nNote.\n');
    expect(withNotes('', { before: '\nAbove.\n\n', after: '\n\nBelow.\n' })).toBe('\nAbove.\n\nBelow.\n');
  });
});
