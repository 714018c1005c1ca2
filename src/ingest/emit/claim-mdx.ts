/**
 * Emit `content/claims/<slug>.mdx`: YAML frontmatter + an MDX body built as an mdast tree.
 *
 * Seed text is untrusted and MDX is code: a line starting with `import`/`export` is ESM that
 * runs at build time, `{…}` is a JS expression and `<x>` a JSX component. So nothing here is
 * built by string concatenation. The body is an mdast tree of a few plain node types (text,
 * paragraph, list, strong, emphasis, link to internal URLs, …), serialised by
 * `mdast-util-to-markdown` with the MDX extension, plus extra "unsafe" patterns (below) so that
 * every character of a text node comes back as text under both MDX parsers the project meets:
 * `@mdx-js/mdx` (micromark) and Sätteri, which Astro 7 uses to compile `.mdx` (GFM on).
 *
 * Frontmatter is serialised with `yaml` and read back before it is returned: the result must
 * parse to the identical data, otherwise this module throws rather than write a page that
 * means something else.
 */
import type {
  Blockquote,
  Break,
  Emphasis,
  Heading,
  Link,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Text,
  ThematicBreak,
} from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Options as ToMarkdownOptions, Unsafe } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { Document, parse as parseYaml, visit as visitYaml } from 'yaml';
import type { DocumentOptions, ParseOptions, SchemaOptions, ToStringOptions } from 'yaml';
import { FastYaml, escapeUnprintable } from './fast-yaml.ts';
import { readFastYaml } from './fast-yaml-read.ts';
import { isPlainSafe, plainVerdict } from './plain-scalar.ts';

// ───────────────────────────── frontmatter ─────────────────────────────

/**
 * YAML flavour of the frontmatter: the 1.2 core schema plus timestamps. That is what Astro's
 * frontmatter reader (js-yaml's default schema) understands: an author's `reviewed: 2024-12-02`
 * is a Date there, so it is a Date here too and is written back the same way.
 */
const YAML_OPTIONS: DocumentOptions & SchemaOptions & ParseOptions = {
  version: '1.2',
  customTags: ['timestamp'],
  uniqueKeys: true,
  logLevel: 'silent',
};
/** No folding of long quotes; the rest is yaml's default block style. */
const YAML_TO_STRING: ToStringOptions = {
  lineWidth: 0,
  minContentWidth: 0,
  // Multi-line strings stay on one line with `\n` escapes: no block scalars whose lines
  // could look like a `---` fence or lose trailing blanks.
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
};

/** Keys written without quotes. Anything else (`<<`, `y`, `a b`, …) is double-quoted. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export interface RenderClaimOptions {
  /**
   * Astro's MDX pipeline turns a top-level frontmatter `layout` into an `import` of that module,
   * so the key is refused unless the caller opts in (only for author-written values).
   */
  allowLayout?: boolean;
}

/** Thrown when a frontmatter value or body node cannot be emitted safely and exactly. */
export class EmitError extends Error {
  override name = 'EmitError';
}

/**
 * Serialise `frontmatter` + `body` into the text of a `.mdx` file:
 * `---\n<yaml>---\n\n<markdown>`. Key order is kept as given.
 */
export function renderClaimMdx(
  frontmatter: Record<string, unknown>,
  body: Root,
  options: RenderClaimOptions = {},
): string {
  if (!options.allowLayout && Object.hasOwn(frontmatter, 'layout')) {
    throw new EmitError('frontmatter key `layout` makes Astro import a module; refused');
  }
  const yamlText = serializeFrontmatter(frontmatter);
  const markdown = serializeBody(body);
  return `---\n${yamlText}---\n${markdown === '' ? '' : `\n${markdown}`}`;
}

/**
 * Frontmatter data → YAML text (ends with a newline, no `---` fences).
 *
 * Accepted values: strings (well-formed Unicode), finite numbers, booleans, null, valid Dates,
 * arrays and plain objects of these. Object properties that are `undefined` are left out
 * (as JSON does); anything else throws `EmitError`.
 *
 * A string is written plain only if it reads back as the same string under both YAML 1.1 and
 * 1.2 (so `yes`, `0b11`, `0o7`, `2024-12-02`, `~`, `null`, `'x'`, `a: b`, `x #y` get quotes for
 * every reader); otherwise, and always when it spans lines, it is double-quoted, with escapes.
 */
export function serializeFrontmatter(frontmatter: Record<string, unknown>, options: { fast?: boolean } = {}): string {
  // The common shapes (every generated page) take the fast writer: the same bytes as the library
  // path below, which read back as the same data by construction (see fast-yaml.ts; the tests
  // compare both paths). It reads the data as given and returns null for anything the
  // normalisation below would refuse, so errors still come from there. `fast: false` forces the
  // library path.
  if (options.fast !== false) {
    const fast = fastWriter().stringify(frontmatter);
    if (fast !== null) return checkedMarkers(fast);
  }
  const data = normaliseValue(frontmatter, '$');
  if (!isPlainObject(data)) throw new EmitError('frontmatter must be a plain object');
  const doc = new Document(data, YAML_OPTIONS);
  visitYaml(doc, {
    Scalar(key, node) {
      if (typeof node.value !== 'string') return;
      const value = node.value;
      const safe = key === 'key' ? PLAIN_KEY.test(value) && isPlainSafe(value) : isPlainSafe(value);
      if (!safe) node.type = 'QUOTE_DOUBLE';
    },
  });
  const text = checkedMarkers(escapeUnprintable(doc.toString(YAML_TO_STRING)));
  const back = parseFrontmatterYaml(text);
  if (!deepEqual(back, data)) {
    throw new EmitError('frontmatter YAML does not read back as the same data');
  }
  return text;
}

let fastYaml: FastYaml | undefined;

function fastWriter(): FastYaml {
  return (fastYaml ??= new FastYaml(YAML_OPTIONS, plainVerdict));
}

/** The fast writer's text for `frontmatter`, or null when it leaves it to the library (for tests). */
export function fastFrontmatter(frontmatter: Record<string, unknown>): string | null {
  return fastWriter().stringify(frontmatter);
}

/**
 * The data of frontmatter `yaml` when it is exactly what the fast writer writes for that data,
 * else null. Then the `yaml` library reads the same data from it (the writer's output reads back
 * as its input, under the 1.2 core schema with or without timestamps: nothing it writes plain
 * matches a timestamp), so callers may use this instead of parsing pages the build wrote.
 */
export function readFastFrontmatter(yaml: string): Record<string, unknown> | null {
  const data = readFastYaml(yaml);
  return data !== null && fastWriter().stringify(data) === yaml ? data : null;
}

function checkedMarkers(text: string): string {
  // Astro finds the end of the frontmatter at the first line starting with `---` or `+++`.
  if (/(?:^|[\r\n])(?:---|\+\+\+|\.\.\.)/.test(text)) {
    throw new EmitError('frontmatter YAML would contain a document marker line');
  }
  return text;
}

/** Read frontmatter YAML the way it is written: 1.2 core schema plus timestamps. */
export function parseFrontmatterYaml(text: string): unknown {
  return parseYaml(text, YAML_OPTIONS);
}

function normaliseValue(value: unknown, path: string): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (!value.isWellFormed()) throw new EmitError(`${path}: string is not well-formed Unicode`);
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new EmitError(`${path}: number is not finite`);
    return value;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new EmitError(`${path}: invalid Date`);
    return new Date(value.getTime());
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || value[i] === undefined) {
        throw new EmitError(`${path}[${i}]: undefined array element`);
      }
      out.push(normaliseValue(value[i], `${path}[${i}]`));
    }
    return out;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      if (!k.isWellFormed()) throw new EmitError(`${path}: key is not well-formed Unicode`);
      if (k === '__proto__') throw new EmitError(`${path}: key __proto__ refused`);
      out[k] = normaliseValue(v, `${path}.${k}`);
    }
    return out;
  }
  throw new EmitError(`${path}: cannot write a ${typeof value} to frontmatter`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Structural equality for frontmatter data (Dates by time, key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => deepEqual(item, b[i]))
    );
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

// ───────────────────────────── body ─────────────────────────────

/**
 * Characters the standard MDX serialiser leaves bare but that would not come back as text.
 * Letters are written as character references (`&#x69;`), punctuation as `\`-escapes.
 */
const EXTRA_UNSAFE: Unsafe[] = [
  // MDX ESM: `import`/`export` + a space at the start of a line is JavaScript run at build
  // time (micromark and Sätteri both). Escaped whenever anything but a letter or digit
  // follows (`import_`, `import{`, end of text…): `&#x69;mport` is text in both.
  { atBreak: true, character: 'i', after: 'mport(?![A-Za-z0-9])' },
  { atBreak: true, character: 'e', after: 'xport(?![A-Za-z0-9])' },
  // GFM strikethrough (`~a~`, `~~a~~`), on in Astro's Sätteri pipeline: escape every tilde.
  { character: '~', inConstruct: 'phrasing' },
  // GFM tables: escape every pipe, and pipe-less delimiter rows (`:-`, `-:`) under a line.
  { character: '|', inConstruct: 'phrasing' },
  { atBreak: true, character: ':', after: '-' },
  { atBreak: true, character: '-', after: ':' },
  // A CR that ends a paragraph's text would merge with the serialiser's own LF into one line
  // ending and vanish (the built-in list only guards CR + CR and LF + CR/LF).
  { character: '\r', after: '\n$', inConstruct: 'phrasing' },
];

/**
 * Characters a Markdown/HTML reader cannot get back: U+0000 (CommonMark reads it as U+FFFD,
 * Sätteri keeps it), other C0/C1 controls except TAB, LF, CR, and noncharacters (a character
 * reference to any of them, which the serialiser writes next to emphasis, decodes to U+FFFD).
 * They are written as U+FFFD, so every reader shows the same thing.
 */
const UNREPRESENTABLE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

/** Text as it will be shown: `UNREPRESENTABLE` characters become U+FFFD. */
export function replaceUnrepresentable(value: string): string {
  return value.replace(UNREPRESENTABLE, '\uFFFD');
}

const ATTENTION_MARKERS = new Set(['*', '_']);

/**
 * The serialiser leaves `_` bare between two "letters" (`snake_case`), judged by micromark's
 * Unicode tables; Sätteri's tables differ for some scripts and symbols (`ܐ_𐅹`) and may read
 * the `_` as emphasis. Escape a bare `_` run unless both neighbours are ASCII.
 */
function escapeIntrawordUnderscores(out: string): string {
  if (!out.includes('_')) return out;
  let result = '';
  let i = 0;
  while (i < out.length) {
    const ch = out[i]!;
    if (ch === '\\') {
      // An escape pair (`\_`, `\\`) stays as it is.
      result += out.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch !== '_') {
      result += ch;
      i++;
      continue;
    }
    let end = i;
    while (out[end] === '_') end++;
    // Any UTF-16 unit ≥ 0x80 (surrogates included) belongs to a non-ASCII character.
    const nonAscii = (i > 0 && out.charCodeAt(i - 1) >= 0x80) || (end < out.length && out.charCodeAt(end) >= 0x80);
    result += nonAscii ? '\\_'.repeat(end - i) : out.slice(i, end);
    i = end;
  }
  return result;
}

/** Write the first or last character of serialised text as a reference if it is not ASCII. */
function encodeEdge(out: string, start: boolean): string {
  if (out === '') return out;
  const chars = Array.from(out);
  const index = start ? 0 : chars.length - 1;
  const cp = chars[index]!.codePointAt(0)!;
  if (cp < 0x80) return out;
  const reference = `&#x${cp.toString(16).toUpperCase()};`;
  if (start) return reference + chars.slice(1).join('');
  let head = chars.slice(0, -1).join('');
  // `\` before the reference would escape its `&`: keep such a backslash literal.
  const backslashes = /\\*$/.exec(head)![0].length;
  if (backslashes % 2 === 1) head += '\\';
  return head + reference;
}

const SERIALISE_OPTIONS: ToMarkdownOptions = {
  bullet: '-',
  listItemIndent: 'one',
  extensions: [mdxToMarkdown(), { unsafe: EXTRA_UNSAFE }],
  handlers: {
    // Same as the built-in text handler, plus the changes below.
    text(node: Text, parent, state, info) {
      const value = replaceUnrepresentable(node.value);
      const siblings: readonly Nodes[] = parent && 'children' in parent ? parent.children : [];
      const index = state.indexStack.at(-1) ?? -1;
      let out = state.safe(value, {
        ...info,
        afterNode: siblings[index + 1],
        beforeNode: siblings[index - 1],
        // `<` and `{` (always unsafe in MDX phrasing) become `&#x3C;` / `&#x7B;` rather than
        // `\<` / `\{`. Sätteri's GFM autolink literals read raw source and can swallow the
        // backslash (`www.x.y\<Verdict />` parses as a link + a JSX element); with references
        // the file holds no `<` or `{` at all, so no parser can start JSX or an expression.
        encode: ['<', '{'],
      });
      out = escapeIntrawordUnderscores(out);
      // Next to `*`/`_` of strong or emphasis, whether a run opens or closes depends on the
      // Unicode class of the neighbour, and Sätteri and micromark use different Unicode
      // tables. A non-ASCII neighbour is written as a reference, so the marker sees `;`/`&`.
      if (ATTENTION_MARKERS.has(info.before.slice(-1))) out = encodeEdge(out, true);
      if (ATTENTION_MARKERS.has(info.after.charAt(0))) out = encodeEdge(out, false);
      return out;
    },
  },
};

/** A line opening with `import`/`export` and a character reference: groups 1 the line's start, 2 the first letter. */
const ESM_WORD_THEN_REFERENCE = /(^|[\r\n][\t ]*)([ie])(?=(?:mport|xport)&#)/g;

/**
 * mdast body → Markdown/MDX text. The tree is checked with `assertSafeBody` first, and the
 * output is checked for what must never be in it: a raw `<` or `{`, or a line that starts
 * with `import`/`export`.
 */
export function serializeBody(body: Root): string {
  assertSafeBody(body);
  if (body.children.length === 0) return '';
  // The serialiser may write the character before a strong or emphasis marker as a reference
  // when the run needs it (`import0` before `** **` comes out `import&#x30;**`), after the text's
  // own escapes are done; a reference ends the word `import`/`export` as a space would, so the
  // word's first letter is then written as a reference too (as EXTRA_UNSAFE writes it before a space).
  const markdown = toMarkdown(tidyBody(body), SERIALISE_OPTIONS).replace(ESM_WORD_THEN_REFERENCE, (_, lead: string, letter: string) => `${lead}&#x${letter.charCodeAt(0).toString(16)};`);
  if (/[<{]/.test(markdown) || /(?:^|[\r\n])[\t ]*(?:import|export)(?![A-Za-z0-9])/.test(markdown)) {
    throw new EmitError('serialised body would contain MDX syntax; refusing to write it');
  }
  return markdown;
}

/**
 * Copy of the tree as a parser would build it from the output: adjacent text nodes merged,
 * empty texts dropped, and paragraphs, strong and emphasis left empty by that dropped (they
 * cannot be written: `****` is a thematic break). The serialiser escapes each text node on
 * its own and would otherwise miss, e.g., two spaces split over two nodes at a line end.
 */
export function tidyBody<T>(node: T): T {
  const n = node as { children?: unknown[] };
  if (!Array.isArray(n.children)) return node;
  const children: unknown[] = [];
  for (const child of n.children) {
    const c = tidyBody(child) as { type: string; value?: string; children?: unknown[] };
    const last = children.at(-1) as { type: string; value: string } | undefined;
    if (c.type === 'text') {
      if (c.value === '') continue;
      if (last?.type === 'text') {
        children[children.length - 1] = { type: 'text', value: last.value + c.value };
        continue;
      }
    }
    if (EMPTY_DROPPED.has(c.type) && c.children?.length === 0) continue;
    children.push(c);
  }
  return { ...node, children };
}

const EMPTY_DROPPED = new Set(['paragraph', 'strong', 'emphasis']);

/** Node types a claim body may hold. No html, code, images, MDX ESM/expression/JSX nodes. */
const ALLOWED_TYPES = new Set([
  'root',
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'thematicBreak',
  'text',
  'strong',
  'emphasis',
  'link',
  'break',
]);

/** Throw `EmitError` unless every node is of an allowed type, texts are well-formed, links internal. */
export function assertSafeBody(root: Root): void {
  const walk = (node: unknown, path: string): void => {
    if (typeof node !== 'object' || node === null) throw new EmitError(`${path}: not a node`);
    const { type } = node as { type?: unknown };
    if (typeof type !== 'string' || !ALLOWED_TYPES.has(type)) {
      throw new EmitError(`${path}: node type ${JSON.stringify(type)} is not allowed in a claim body`);
    }
    if (type === 'text') {
      const { value } = node as { value?: unknown };
      if (typeof value !== 'string') throw new EmitError(`${path}: text value is not a string`);
      if (!value.isWellFormed()) throw new EmitError(`${path}: text is not well-formed Unicode`);
    }
    if (type === 'link') {
      const { url, title } = node as { url?: unknown; title?: unknown };
      if (typeof url !== 'string' || !isInternalUrl(url)) {
        throw new EmitError(`${path}: link URL ${JSON.stringify(url)} is not an internal URL`);
      }
      if (title !== undefined && title !== null) throw new EmitError(`${path}: link titles are not used`);
    }
    const { children } = node as { children?: unknown };
    if (children !== undefined) {
      if (!Array.isArray(children)) throw new EmitError(`${path}: children is not an array`);
      children.forEach((child, i) => walk(child, `${path}.${type}[${i}]`));
    }
  };
  walk(root, 'body');
  if (root.type !== 'root') throw new EmitError('body must be an mdast root');
}

/**
 * Internal URL: a site path (`/claims/x/`, not `//host`) or a fragment (`#s-3`), made of URL
 * characters only: no spaces, controls, backslashes, quotes or angle brackets.
 */
export function isInternalUrl(url: string): boolean {
  return /^(?:\/(?![/\\])|#)[A-Za-z0-9\-._~!$&'()*+,;=:@/?#%]*$/.test(url);
}

// ───────────────────────────── builders ─────────────────────────────

/** Inline content for the builders: a string is a text node. */
export type Inline = string | PhrasingContent;

export function text(value: string): Text {
  return { type: 'text', value };
}

function inlines(children: readonly Inline[]): PhrasingContent[] {
  return children.map((child) => (typeof child === 'string' ? text(child) : child));
}

export function strong(...children: Inline[]): Strong {
  return { type: 'strong', children: inlines(children) };
}

export function emphasis(...children: Inline[]): Emphasis {
  return { type: 'emphasis', children: inlines(children) };
}

/** Link to a page of this site; throws `EmitError` for anything but an internal URL. */
export function link(url: string, ...children: Inline[]): Link {
  if (!isInternalUrl(url)) throw new EmitError(`not an internal URL: ${JSON.stringify(url)}`);
  return { type: 'link', url, children: inlines(children.length ? children : [url]) };
}

export function lineBreak(): Break {
  return { type: 'break' };
}

export function paragraph(...children: Inline[]): Paragraph {
  return { type: 'paragraph', children: inlines(children) };
}

export function heading(depth: 2 | 3 | 4, ...children: Inline[]): Heading {
  return { type: 'heading', depth, children: inlines(children) };
}

/** A quotation block; each string is one paragraph of it. */
export function blockquote(...paragraphs: Array<Inline | Inline[]>): Blockquote {
  return {
    type: 'blockquote',
    children: paragraphs.map((p) => paragraph(...(Array.isArray(p) ? p : [p]))),
  };
}

/** A tight list; each item is a string or a run of inline content. */
export function list(items: ReadonlyArray<Inline | Inline[]>, options: { ordered?: boolean } = {}): List {
  const ordered = options.ordered ?? false;
  return {
    type: 'list',
    ordered,
    ...(ordered ? { start: 1 } : {}),
    spread: false,
    children: items.map(
      (item): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [paragraph(...(Array.isArray(item) ? item : [item]))],
      }),
    ),
  };
}

export function thematicBreak(): ThematicBreak {
  return { type: 'thematicBreak' };
}

/** A block of the summary: plain text (one paragraph, verbatim) or a node made by the builders. */
export type SummaryBlock = string | RootContent;

/**
 * Body from plain-text paragraphs (each string is one paragraph, kept verbatim: line breaks
 * inside stay line breaks, nothing is parsed; empty strings are skipped) and/or blocks made
 * with the builders above.
 */
export function summaryToMdast(blocks: readonly SummaryBlock[]): Root {
  const root: Root = {
    type: 'root',
    children: blocks
      .filter((block) => block !== '')
      .map((block) => (typeof block === 'string' ? paragraph(block) : block)),
  };
  assertSafeBody(root);
  return root;
}
