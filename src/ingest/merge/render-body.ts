/**
 * The generated MDX body of a claim page and the hash that tells whether an author edited it.
 */
import { createHash } from 'node:crypto';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { Root } from 'mdast';

/** mdast for the generated summary: one paragraph per entry. */
export function summaryRoot(summary: readonly string[]): Root {
  return {
    type: 'root',
    children: summary
      .map((p) => p.trim())
      .filter((p) => p !== '')
      .map((p) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value: p }] })),
  };
}

/**
 * Body text as written after the closing frontmatter fence: a blank line, then the summary as
 * MDX-safe Markdown (`{`, `<` and Markdown syntax escaped), ending with one newline.
 */
export function renderSummaryBody(summary: readonly string[]): string {
  const root = summaryRoot(summary);
  if (root.children.length === 0) return '';
  return `\n${toMarkdown(root, { extensions: [mdxToMarkdown()] })}`;
}

/** Short stable hash of a body, insensitive to leading/trailing whitespace. */
export function bodyHash(body: string): string {
  return createHash('sha256').update(body.trim()).digest('hex').slice(0, 16);
}
