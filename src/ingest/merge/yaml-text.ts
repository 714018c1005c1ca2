/**
 * Low-level text helpers for claim pages: split a page into its frontmatter and body, render
 * build-owned values as YAML, and splice single top-level keys into existing frontmatter so that
 * every other byte (author fields, comments, blank lines, quoting) stays exactly as written.
 */
import { Document, isMap, isScalar, isPair } from 'yaml';
import { serializeFrontmatter } from '../emit/claim-mdx.ts';
import type { Pair, YAMLMap, Node } from 'yaml';


export interface SplitPage {
  /** Frontmatter text between the fences, always ending with a newline (or empty). */
  yaml: string;
  /** Everything after the closing fence line, verbatim. */
  body: string;
}

/** Splits `---\n<yaml>---\n<body>`. Returns null when the file has no frontmatter fences. */
export function splitPage(text: string): SplitPage | null {
  if (!text.startsWith('---\n')) return null;
  if (text.startsWith('---\n---\n') || text === '---\n---') return { yaml: '', body: text.slice(8) };
  const close = text.indexOf('\n---', 3);
  let idx = close;
  while (idx !== -1) {
    const after = text.charAt(idx + 4);
    if (after === '\n' || after === '') break;
    idx = text.indexOf('\n---', idx + 4);
  }
  if (idx === -1) return null;
  const yaml = text.slice(4, idx + 1);
  const rest = text.slice(idx + 4);
  return { yaml, body: rest.startsWith('\n') ? rest.slice(1) : rest };
}

export function joinPage(yaml: string, body: string): string {
  const y = yaml === '' || yaml.endsWith('\n') ? yaml : `${yaml}\n`;
  return `---\n${y}---\n${body}`;
}

/**
 * Renders `key: value` (block style) for a top-level key, ending with a newline. Goes through
 * the emit stage's serialiser, which quotes whatever any YAML reader could misread and refuses
 * values that would not read back identically.
 */
export function stringifyPair(key: string, value: unknown): string {
  return serializeFrontmatter({ [key]: value });
}

/** Renders a whole frontmatter object (key order as given). */
export function stringifyMap(value: Record<string, unknown>): string {
  return serializeFrontmatter(value);
}

/** Renders a scalar as it would appear after `key: ` (single line for single-line strings). */
export function stringifyScalar(value: string | number | boolean | null): string {
  const line = stringifyPair('k', value);
  return line.slice(line.indexOf(':') + 1).trim();
}

/** One text replacement in the frontmatter, by offsets into the yaml text. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

export function applySplices(text: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const s of sorted) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function topPairs(doc: Document): Pair[] | null {
  const contents = doc.contents;
  if (!isMap(contents)) return null;
  if ((contents as YAMLMap).flow) return null;
  return (contents as YAMLMap).items.filter((p): p is Pair<Node, Node> => isPair(p));
}

function keyName(p: Pair): string | null {
  return isScalar(p.key) ? String(p.key.value) : null;
}

/** Where the top-level pairs of a frontmatter text are: read off its Document, or off its layout. */
export interface TopLevelPairs {
  /**
   * Text extent of the pair `key`: from its key's line to the end of its value, excluding trailing
   * blank lines and column-0 comments (those belong to whatever follows); null when absent.
   */
  extent(key: string): { start: number; end: number } | null;
  /** Text range of the pair's value when that is a scalar, else null. */
  scalarRange(key: string): readonly [number, number] | null;
}

/** The top-level pairs of frontmatter `yaml` as its Document `doc` has them. */
export function documentPairs(yaml: string, doc: Document): TopLevelPairs {
  return {
    extent: (key) => pairExtent(yaml, doc, key),
    scalarRange: (key) => {
      const pair = (topPairs(doc) ?? []).find((p) => keyName(p) === key);
      return pair && isScalar(pair.value) && pair.value.range ? [pair.value.range[0], pair.value.range[1]] : null;
    },
  };
}

/**
 * Text extent of the top-level pair `key`: from its key's line to the end of its value, excluding
 * trailing blank lines and column-0 comments (those belong to whatever follows).
 */
export function pairExtent(yaml: string, doc: Document, key: string): { start: number; end: number } | null {
  const pairs = topPairs(doc);
  if (!pairs) return null;
  const i = pairs.findIndex((p) => keyName(p) === key);
  if (i === -1) return null;
  const pair = pairs[i]!;
  const keyNode = pair.key as Node;
  if (!keyNode.range) return null;
  const start = lineStart(yaml, keyNode.range[0]);
  const next = pairs[i + 1];
  let end = next && (next.key as Node | null)?.range ? lineStart(yaml, (next.key as Node).range![0]) : yaml.length;
  // Walk back over trailing blank lines and column-0 comments.
  for (;;) {
    if (end <= start) break;
    const prevLineStart = lineStart(yaml, end - 1 >= 0 ? end - 1 : 0);
    if (prevLineStart <= start) break;
    const line = yaml.slice(prevLineStart, end).replace(/\n$/, '');
    if (line.trim() === '' || line.startsWith('#')) end = prevLineStart;
    else break;
  }
  return { start, end };
}

/** Whether the frontmatter can be edited key by key (a block map at the top). */
export function isSpliceable(doc: Document): boolean {
  return topPairs(doc) !== null || doc.contents === null;
}

/** Splice that sets top-level `key` to `value`, or inserts it after `after` (or at the end). */
export function setKey(yaml: string, pairs: TopLevelPairs, key: string, value: unknown, after: string[] = []): Splice {
  const ext = pairs.extent(key);
  const range = ext ? pairs.scalarRange(key) : null;
  const isPlainValue = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (range && isPlainValue && !String(value).includes('\n')) {
    // Replace just the scalar, keeping a trailing comment on the same line.
    const [s, e] = range;
    return { start: s, end: e, text: stringifyScalar(value as string | number | boolean | null) };
  }
  const text = stringifyPair(key, value);
  if (ext) return { start: ext.start, end: ext.end, text };
  for (const a of after) {
    const aExt = pairs.extent(a);
    if (aExt) return { start: aExt.end, end: aExt.end, text };
  }
  const needsNl = yaml !== '' && !yaml.endsWith('\n');
  return { start: yaml.length, end: yaml.length, text: needsNl ? `\n${text}` : text };
}

/** Splice that removes top-level `key` (no-op splice when absent). */
export function deleteKey(pairs: TopLevelPairs, key: string): Splice | null {
  const ext = pairs.extent(key);
  return ext ? { start: ext.start, end: ext.end, text: '' } : null;
}
