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
  return `\n${serializeBody(summaryToMdast(paragraphs))}`;
}

/** Short stable hash of a body, insensitive to leading/trailing whitespace. */
export function bodyHash(body: string): string {
  return createHash('sha256').update(body.trim()).digest('hex').slice(0, 16);
}
