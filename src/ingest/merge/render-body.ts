/**
 * The generated MDX body of a claim page and the hash that tells whether an author edited it.
 * Serialisation goes through the emit stage, which escapes everything MDX would run as code.
 */
import { createHash } from 'node:crypto';
import { serializeBody, summaryToMdast } from '../emit/claim-mdx.ts';

/**
 * Body text as written after the closing frontmatter fence: a blank line, then the summary as
 * MDX-safe Markdown, ending with one newline.
 */
export function renderSummaryBody(summary: readonly string[]): string {
  const paragraphs = summary.map((p) => p.trim()).filter((p) => p !== '');
  if (paragraphs.length === 0) return '';
  // Prose with nothing Markdown or MDX could read as syntax is written as it is: the same
  // bytes the serialiser produces (tests/unit/emit/body-fast-path.test.ts), a hundred times faster.
  if (paragraphs.every(isInertProse)) return `\n${paragraphs.join('\n\n')}\n`;
  return `\n${serializeBody(summaryToMdast(paragraphs))}`;
}

/**
 * A paragraph the MDX serialiser writes unchanged: starts with a letter (so no line-start
 * construct: list, heading, `import`/`export` aside), holds only letters, marks, digits, spaces
 * and punctuation no Markdown or MDX rule escapes in running text, and has underscores only
 * between ASCII letters or digits (intraword: not emphasis).
 */
export function isInertProse(paragraph: string): boolean {
  if (!INERT.test(paragraph) || /^(?:import|export)(?![A-Za-z0-9])/.test(paragraph)) return false;
  return !paragraph.includes('_') || !/(?:^|[^A-Za-z0-9])_|_(?:[^A-Za-z0-9_]|$)/.test(paragraph);
}

const INERT = /^\p{L}[\p{L}\p{M}\p{N} ,.;:'’‘“”"()?/%$–—_-]*$/u;

/** Short stable hash of a body, insensitive to leading/trailing whitespace. */
export function bodyHash(body: string): string {
  return createHash('sha256').update(body.trim()).digest('hex').slice(0, 16);
}
