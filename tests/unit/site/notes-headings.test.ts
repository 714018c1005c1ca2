import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isClaimPage, notesHeadingLevel } from '../../../src/site/notes-headings.ts';

describe('notes headings', () => {
  it('go one level down, to h3 at the highest and h6 at the lowest', () => {
    expect([1, 2, 3, 4, 5, 6].map(notesHeadingLevel)).toEqual([3, 3, 4, 5, 6, 6]);
  });

  it('are fitted on claim pages only, wherever the content folder is', () => {
    expect(isClaimPage(pathToFileURL('/site/content/claims/trump-urged-restraint.mdx'))).toBe(true);
    expect(isClaimPage(pathToFileURL('/tmp/fixture/content/claims/x.mdx'))).toBe(true);
    expect(isClaimPage(pathToFileURL('/site/src/pages/methodology.mdx'))).toBe(false);
    expect(isClaimPage(pathToFileURL('/site/content/claims/notes.md'))).toBe(false);
    expect(isClaimPage(undefined)).toBe(false);
  });
});
