import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { isClaimPage, notesHeadingLevel, notesHeadings } from '../../../src/site/notes-headings.ts';

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

  it('compile that way with Sätteri, the processor the site renders claim pages with', async () => {
    const notes = '# Evidence\n\nChecked.\n\n## Follow-up\n\n### Detail\n';
    const claim = await markdownToHtml(notes, { hastPlugins: [notesHeadings], fileURL: pathToFileURL('/site/content/claims/a.mdx') });
    expect(claim.html.match(/<h\d[^>]*>[^<]*/g)).toEqual(['<h3 id="note-evidence">Evidence', '<h3 id="note-follow-up">Follow-up', '<h4 id="note-detail">Detail']);
    const page = await markdownToHtml(notes, { hastPlugins: [notesHeadings], fileURL: pathToFileURL('/site/src/pages/methodology.mdx') });
    expect(page.html).toContain('<h1>Evidence</h1>');
  });
});
