/**
 * Test harness: read an emitted `.mdx` file back the way the site build does and report what
 * came out, under both MDX implementations the project meets:
 *
 * - `@mdx-js/mdx` (micromark + remark + rehype + recma): the reference MDX compiler;
 * - Sätteri (`satteri`), the native compiler behind Astro 7's default MDX pipeline, with the
 *   features Astro passes for this project (GFM on, smart punctuation off).
 *
 * Frontmatter is split off with Astro's own `parseFrontmatter` (js-yaml), exactly as
 * `@astrojs/mdx` does before compiling, so the YAML is also checked against Astro's reader.
 */
import { createProcessor, evaluateSync } from '@mdx-js/mdx';
import type { EvaluateOptions } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { evaluate as satteriEvaluate, mdxToJs, mdxToMdast } from 'satteri';
import type { Features } from 'satteri';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { replaceUnrepresentable } from '../../../src/ingest/emit/claim-mdx.ts';

/** Features Astro's MDX integration hands Sätteri for this project (see astro.config.mjs). */
export const ASTRO_FEATURES: Features = { gfm: true, smartPunctuation: false };

/** Node types that would make seed text code or markup. None may appear in a parsed body. */
export const FORBIDDEN_TYPES = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'html',
  'code',
  'inlineCode',
  'image',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
  'table',
  'delete',
  'yaml',
  'toml',
]);

// A tiny automatic JSX runtime: elements become plain objects we can walk.
const Fragment = Symbol('Fragment');
interface El {
  type: unknown;
  props: { children?: unknown };
}
const jsx = (type: unknown, props: unknown): El => ({ type, props: props as El['props'] });
const runtime = { Fragment, jsx, jsxs: jsx };

export interface ParserView {
  /** Every node type in the parsed mdast. */
  types: Set<string>;
  /** The parsed tree reduced to the shape `shapeOf` compares. */
  shape: unknown;
  /** Text of each rendered block element (p, li, h1–h6), in order. */
  blocks: string[];
  /**
   * Links that do not point into the site. The emitter never writes one; Sätteri (GFM on)
   * turns bare `www.x.org` / `http://…` / `a@b.org` in text into links, and reads them from the
   * raw source, so escapes inside such a link show as written (`\*`, `&#x3C;`).
   */
  externalLinks: number;
}

export interface MdxReport {
  /** Frontmatter as Astro reads it (js-yaml). */
  astroFrontmatter: Record<string, unknown>;
  /** Body handed to the MDX compiler (frontmatter blanked out with spaces, as Astro does). */
  content: string;
  mdxjs: ParserView;
  satteri: ParserView;
}

/** Parse, compile and evaluate an emitted `.mdx` file under both compilers. Throws on any error. */
export function readBack(doc: string): MdxReport {
  const { frontmatter, content } = parseFrontmatter(doc, { frontmatter: 'empty-with-spaces' });

  // @mdx-js/mdx
  const mdxTree = createProcessor().parse(content) as Root;
  // evaluateSync compiles (and throws on any compile error), then runs the module.
  const mdxModule = evaluateSync(content, runtime as unknown as EvaluateOptions);
  const mdxRendered = (mdxModule.default as (props: object) => unknown)({});

  // Sätteri, as Astro runs it.
  const satTree = mdxToMdast(content, { features: ASTRO_FEATURES, position: false }) as Root;
  mdxToJs(content, { features: ASTRO_FEATURES, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
  const satModule = satteriEvaluate(content, { ...runtime, features: ASTRO_FEATURES });
  if (satModule instanceof Promise) throw new Error('unexpected async evaluate');
  const satRendered = (satModule['default'] as (props: object) => unknown)({});

  return {
    astroFrontmatter: frontmatter,
    content,
    mdxjs: {
      types: typesOf(mdxTree),
      shape: shapeOf(mdxTree),
      blocks: renderedBlocks(mdxRendered),
      externalLinks: countExternalLinks(mdxTree),
    },
    satteri: {
      types: typesOf(satTree),
      shape: shapeOf(satTree, { unwrapExternalLinks: true }),
      blocks: renderedBlocks(satRendered),
      externalLinks: countExternalLinks(satTree),
    },
  };
}

function countExternalLinks(node: unknown): number {
  const n = node as { type: string; url?: string; children?: unknown[] };
  let count = n.type === 'link' && !/^[/#]/.test(n.url ?? '') ? 1 : 0;
  for (const child of n.children ?? []) count += countExternalLinks(child);
  return count;
}

export function typesOf(node: unknown, acc = new Set<string>()): Set<string> {
  const n = node as { type: string; children?: unknown[] };
  acc.add(n.type);
  for (const child of n.children ?? []) typesOf(child, acc);
  return acc;
}

/**
 * A tree reduced to what a reader sees: types, text, link targets, heading depth, list
 * ordering. Adjacent text nodes are merged and empty ones dropped (parsers do both);
 * controls and noncharacters read as U+FFFD (`replaceUnrepresentable`). With `unwrapExternalLinks`, links that do not point into the
 * site (GFM autolink literals such as `www.x.org`) are replaced by their text.
 */
export function shapeOf(node: unknown, options: { unwrapExternalLinks?: boolean } = {}): unknown {
  const n = node as {
    type: string;
    value?: string;
    url?: string;
    depth?: number;
    ordered?: boolean | null;
    children?: unknown[];
  };
  if (n.type === 'text') return { type: 'text', value: replaceUnrepresentable(n.value ?? '') };
  if (n.type === 'break' || n.type === 'thematicBreak') return { type: n.type };
  const children: unknown[] = [];
  for (const child of n.children ?? []) {
    const c = child as { type: string; url?: string; children?: unknown[] };
    const parts =
      options.unwrapExternalLinks && c.type === 'link' && !/^[/#]/.test(c.url ?? '')
        ? (c.children ?? []).map((g) => shapeOf(g, options))
        : [shapeOf(child, options)];
    for (const part of parts) {
      const p = part as { type: string; value?: string };
      const last = children.at(-1) as { type: string; value: string } | undefined;
      if (p.type === 'text') {
        if (p.value === '') continue;
        if (last?.type === 'text') {
          children[children.length - 1] = { type: 'text', value: last.value + p.value };
          continue;
        }
      }
      children.push(part);
    }
  }
  const out: Record<string, unknown> = { type: n.type };
  if (n.type === 'link') out['url'] = n.url;
  if (n.type === 'heading') out['depth'] = n.depth;
  if (n.type === 'list') out['ordered'] = n.ordered === true;
  out['children'] = children;
  return out;
}

const BLOCK_ELEMENTS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Text of each block element in a rendered JSX tree, in document order. */
export function renderedBlocks(tree: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const el = node as El;
    if (typeof el.type === 'string' && BLOCK_ELEMENTS.has(el.type)) {
      out.push(textOf(el.props.children));
      return;
    }
    walk(el.props?.children);
  };
  walk(tree);
  return out;
}

function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (typeof node === 'object' && node !== null) {
    const el = node as El;
    if (el.type === 'br') return '\n';
    return textOf(el.props?.children);
  }
  return '';
}

/**
 * What the rendered text of each block of an emitted body must be: the text verbatim, except
 * that HTML rendering (mdast-util-to-hast `trimLines`, in both compilers) drops spaces and tabs
 * next to a line ending inside a text, and controls/noncharacters read as U+FFFD.
 */
export function expectedBlocks(root: Root): string[] {
  const out: string[] = [];
  const inline = (nodes: readonly PhrasingContent[]): string =>
    nodes
      .map((n) => {
        if (n.type === 'text') return renderedText(n.value);
        if (n.type === 'break') return '\n';
        if ('children' in n) return inline(n.children as PhrasingContent[]);
        return '';
      })
      .join('');
  const block = (node: RootContent): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        out.push(inline(node.children));
        return;
      case 'list':
        for (const item of node.children) {
          out.push(
            item.children.map((c) => (c.type === 'paragraph' ? inline(c.children) : '')).join(''),
          );
        }
        return;
      case 'blockquote':
        for (const child of node.children) block(child);
        return;
      default:
        return;
    }
  };
  for (const child of root.children) block(child);
  return out;
}

/** A text value as rendered to HTML: controls → U+FFFD, blanks around line endings trimmed. */
export function renderedText(value: string): string {
  return replaceUnrepresentable(value).replace(/[ \t]*(\r\n|\r|\n)[ \t]*/g, '$1');
}
