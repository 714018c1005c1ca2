/** Finding an author's notes beside an untouched generated summary, and putting them back. */
import { describe, expect, it } from 'vitest';
import { notesBeside, withNotes } from '../../../src/ingest/merge/merge-page.ts';
import { bodyHash, renderSummaryBody } from '../../../src/ingest/merge/render-body.ts';

const SUMMARY = renderSummaryBody(['First paragraph.', 'Second paragraph.']);
const HASH = bodyHash(SUMMARY);

describe('notesBeside', () => {
  it('finds notes after the summary, past any number of blank lines', () => {
    expect(notesBeside(`${SUMMARY}\n\nNote.\n`, HASH)).toEqual({ before: '', after: '\n\n\nNote.\n' });
    expect(notesBeside(`${SUMMARY.replace(/\n$/, '')}\n\nNote.\n`, HASH)).toEqual({ before: '', after: '\n\nNote.\n' });
  });

  it('finds notes before it', () => {
    expect(notesBeside(`\nNote.\n${SUMMARY}`, HASH)).toEqual({ before: '\nNote.\n\n', after: '' });
  });

  it('finds nothing when the summary was edited, split by a note, or is the whole body', () => {
    expect(notesBeside(`${SUMMARY.replace('First', 'The first')}\nNote.\n`, HASH)).toBeNull();
    expect(notesBeside('\nFirst paragraph.\n\nNote.\n\nSecond paragraph.\n', HASH)).toBeNull();
    expect(notesBeside(SUMMARY, HASH)).toBeNull();
    expect(notesBeside('\nNo summary here.\n', HASH)).toBeNull();
  });
});

describe('withNotes', () => {
  const fresh = renderSummaryBody(['New.']);
  it('puts the new summary where the old one was', () => {
    expect(withNotes(fresh, { before: '', after: '\n\nNote.\n' })).toBe('\nNew.\n\nNote.\n');
    expect(withNotes(fresh, { before: '\nNote.\n\n', after: '' })).toBe('\nNote.\n\nNew.\n');
  });

  it('keeps the notes alone when the claim has no summary any more', () => {
    expect(withNotes('', { before: '', after: '\n\nNote.\n' })).toBe('\nNote.\n');
    expect(withNotes('', { before: '\nNote.\n\n', after: '' })).toBe('\nNote.\n');
  });
});
