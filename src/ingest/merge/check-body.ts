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
  /** How to fix it, when the general advice (escape braces, close tags) is not it. */
  fix?: string;
}

/** An mdast node as the MDX extensions shape it (only what is checked here). */
interface Node {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; value?: unknown }>;
  data?: { estree?: { body?: unknown[] } };
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

/**
 * The first problem of `body` as MDX on a claim page, or null when there is none: a syntax error,
 * or MDX that parses but cannot build there — an import or export, an expression in braces
 * (`{total}` is code: the page has no `total`), a component (`<Chart />`: the page provides
 * none). MDX comments (braces holding only a comment) and HTML elements (`<div>`, `<br />`) are fine.
 */
export function mdxBodyProblem(body: string): BodyProblem | null {
  let tree: Node;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = e.reason ?? e.message ?? String(error);
    // `<br>`, `<img …>`: HTML lets these stand alone, MDX wants them closed. The parser's own
    // position is where the paragraph began; the element's is in its message ("(2:9-2:13)").
    const unclosed = /closing tag for `<([a-z][a-z0-9-]*)>` \((\d+):(\d+)/.exec(reason);
    if (unclosed) {
      const name = unclosed[1]!;
      const where = { line: Number(unclosed[2]), column: Number(unclosed[3]), reason: `<${name}> is not closed` };
      if (VOID_ELEMENTS.has(name)) return { ...where, fix: `end it with />, as in <${name} />: in MDX an element with no content is closed in its own tag` };
      return { ...where, fix: `close it with </${name}> in the same paragraph, or write \\< to show an angle bracket` };
    }
    // The caller names the line and column: positions in the parser's words ("(6:4-6:7)") count
    // from the notes, not the file, and would contradict them.
    return { line: e.line ?? 1, column: e.column ?? 1, reason: reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '') };
  }
  return unbuildable(tree);
}

const BRACES = 'write \\{ and \\} to show braces; notes hold text and HTML, not code';

/** HTML elements that have no content and, in HTML, no closing tag. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function unbuildable(node: Node): BodyProblem | null {
  const at = (reason: string, fix: string): BodyProblem => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, reason, fix });
  switch (node.type) {
    case 'mdxjsEsm':
      return at('an import or export statement', 'notes cannot import or export anything; remove the line, or reword it so that it does not start with import or export');
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // `{/* a comment */}` is an expression with no code in it.
      if ((node.data?.estree?.body?.length ?? 0) > 0) return at('an expression in braces, which runs as code', BRACES);
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (name !== '' && !/^[a-z][a-z0-9-]*$/.test(name)) return at(`<${name}> is a component`, 'claim pages provide no components; use HTML elements (<div>, <em>) or Markdown');
      if (node.attributes?.some((a) => a.type === 'mdxJsxExpressionAttribute' || (typeof a.value === 'object' && a.value !== null))) {
        return at(`<${name}> has an attribute in braces, which runs as code`, 'give attributes plain quoted values: <a href="https://…">');
      }
      break;
    }
  }
  for (const child of node.children ?? []) {
    const problem = unbuildable(child);
    if (problem) return problem;
  }
  return null;
}
