/**
 * Does the body an author wrote parse as MDX? Astro compiles every claim page's body as MDX, so
 * a stray `{` or an unclosed `<b>` in an editor's notes fails the build with a compiler trace.
 * The ingest checks the bodies authors edited (generated ones are MDX by construction) with the
 * parser MDX itself is built on (micromark with the MDX.js extensions), so the problem is
 * reported like a bad frontmatter field: the file, the line, what to write instead.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

export interface BodyProblem {
  /** 1-based line within the body. */
  line: number;
  column: number;
  /** What the parser says, e.g. "Could not parse expression with acorn". */
  reason: string;
}

/** The first MDX syntax problem of `body`, or null when it parses. */
export function mdxBodyProblem(body: string): BodyProblem | null {
  try {
    fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
    return null;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    return { line: e.line ?? 1, column: e.column ?? 1, reason: e.reason ?? e.message ?? String(error) };
  }
}
