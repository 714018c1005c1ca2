/**
 * Headings in an author's notes, fitted into the claim page. The notes (a claim page's MDX body)
 * are rendered under the page's "Notes" heading (an h2 below the claim's h1), so an author's
 * "# Update" or "## Editor's note" would make a second h1 or a sibling of "Notes": each heading
 * of the notes goes one level down, to h3 at the highest. Its id gets a "note-" prefix, so a note
 * headed "Evidence" cannot take the id of the page's own Evidence section.
 *
 * A Sätteri hast plugin (the Markdown processor astro.config.mjs sets up), applied only to claim
 * pages (`<content>/claims/*.mdx`), not to the site's own pages.
 */
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { Element } from 'hast';
import type { HastPluginEntry } from 'satteri';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** The level of the page's section holding the notes: their headings start below it. */
const NOTES_SECTION_LEVEL = 2;

/** The level a notes heading takes on the page. */
export function notesHeadingLevel(level: number): number {
  return Math.min(6, Math.max(NOTES_SECTION_LEVEL + 1, level + 1));
}

/** Is the document being compiled a claim page? */
export function isClaimPage(file: URL | undefined): boolean {
  if (!file || file.protocol !== 'file:') return false;
  const path = fileURLToPath(file);
  return path.endsWith('.mdx') && basename(dirname(path)) === 'claims';
}

export const notesHeadings: HastPluginEntry = (ctx) => {
  if (!isClaimPage(ctx.fileURL)) return null;
  const slugger = new GithubSlugger();
  return {
    name: 'crosscheck-notes-headings',
    element: {
      filter: HEADINGS,
      visit(node, visitor): Element {
        const level = Number(node.tagName.slice(1));
        const id = node.properties?.['id'];
        return {
          ...node,
          tagName: `h${notesHeadingLevel(level)}`,
          properties: { ...node.properties, id: typeof id === 'string' ? id : `note-${slugger.slug(visitor.textContent(node))}` },
        };
      },
    },
  };
};
