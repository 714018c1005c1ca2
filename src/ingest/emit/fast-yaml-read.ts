/**
 * Reads the YAML the fast writer (fast-yaml.ts) writes: block maps and sequences with two-space
 * indents, `- ` items (a map item's first key on the dash line), plain and double-quoted strings,
 * `null`, `true`, `false`, simple numbers, `[]` and `{}`.
 *
 * Why: every page of content/claims is read on each run to keep what authors changed, and the
 * `yaml` library takes over a millisecond per page to build its Document. Pages the build wrote
 * and nobody edited are exactly the writer's output, and this reader takes them in a few
 * microseconds.
 *
 * It is a reader for one layout, not a YAML parser: it returns null on anything else, and its
 * result is only to be trusted once the writer, given that result, writes the very same text
 * (see readFastFrontmatter in claim-mdx.ts). The writer's output reads back as the data it was
 * given, so text that round-trips holds exactly the data this reader returned.
 */

/** Keys the writer leaves unquoted (it hands any other key to the library). */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** A `key:` at the start of a `- ` item's text (matched where the text starts): the item is a map. */
const ITEM_KEY = /[A-Za-z_][A-Za-z0-9_-]*:[ \n]/y;

/** Numbers as the writer writes them (JSON, no exponent). */
const SIMPLE_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Returned by the block readers when the text is not in the writer's layout. */
const NOT_OURS = Symbol('not in the fast writer layout');
type Read<T> = T | typeof NOT_OURS;

/** The top-level map of `text` (which ends with a newline), or null when it is not in the writer's layout. */
export function readFastYaml(text: string): Record<string, unknown> | null {
  if (text === '' || !text.endsWith('\n')) return null;
  const reader = new LayoutReader(text);
  const map = reader.map(0, -1);
  return map === NOT_OURS || !reader.done() ? null : map;
}

/** Keys met before, by length: a page's keys are a few dozen names, met on every page. */
const knownKeys = new Map<number, string[]>();

/** The key `text.slice(start, end)`, as the same string each time it is met (no slicing, no new hash). */
function keyAt(text: string, start: number, end: number): string {
  const length = end - start;
  let known = knownKeys.get(length);
  if (known) {
    for (const key of known) if (text.startsWith(key, start)) return key;
  } else knownKeys.set(length, (known = []));
  const key = text.slice(start, end);
  if (known.length < 16 && PLAIN_KEY.test(key)) known.push(key);
  return key;
}

class LayoutReader {
  readonly #text: string;
  /** Start of the next line to read. */
  #pos = 0;

  constructor(text: string) {
    this.#text = text;
  }

  done(): boolean {
    return this.#pos === this.#text.length;
  }

  /** Whether the next line starts with exactly `indent` spaces and then `- ` (`dash`) or not (`key`). */
  #nextIs(indent: number, dash: boolean): boolean {
    const text = this.#text;
    const at = this.#pos;
    if (at + indent >= text.length) return false;
    for (let i = at; i < at + indent; i++) if (text.charCodeAt(i) !== 32) return false;
    const c = text.charCodeAt(at + indent);
    const isDash = c === 45 && text.charCodeAt(at + indent + 1) === 32; // `- `
    return dash ? isDash : !isDash && c !== 32 && c !== 10;
  }

  /** End of the line starting at `start` (the offset of its newline), and moves past it. */
  #takeLine(start: number): number {
    const end = this.#text.indexOf('\n', start);
    this.#pos = end + 1;
    return end;
  }

  /**
   * A block map with keys at column `indent` of the lines ahead, or, when `inline` is not -1,
   * starting with the key at offset `inline` (the text of a `- ` line that opens a map item).
   */
  map(indent: number, inline: number): Read<Record<string, unknown>> {
    const text = this.#text;
    const out: Record<string, unknown> = {};
    let start = inline;
    for (;;) {
      if (start === -1) {
        if (!this.#nextIs(indent, false)) break;
        start = this.#pos + indent;
      }
      const end = this.#takeLine(start);
      const colon = text.indexOf(':', start);
      if (colon <= start || colon >= end) return NOT_OURS;
      const key = keyAt(text, start, colon);
      if (!PLAIN_KEY.test(key) || key === '__proto__' || Object.hasOwn(out, key)) return NOT_OURS;
      let value: Read<unknown>;
      if (colon === end - 1) value = this.#block(indent + 2);
      else if (text.charCodeAt(colon + 1) === 32) value = scalar(text.slice(colon + 2, end));
      else return NOT_OURS;
      if (value === NOT_OURS) return NOT_OURS;
      out[key] = value;
      start = -1;
    }
    return out;
  }

  /** The value of a `key:` line: a sequence or a map, indented by two more spaces. */
  #block(indent: number): Read<unknown> {
    if (this.#nextIs(indent, true)) return this.#seq(indent);
    if (this.#nextIs(indent, false)) return this.map(indent, -1);
    return NOT_OURS;
  }

  #seq(indent: number): Read<unknown[]> {
    const text = this.#text;
    const out: unknown[] = [];
    while (this.#nextIs(indent, true)) {
      const start = this.#pos + indent + 2;
      let value: Read<unknown>;
      ITEM_KEY.lastIndex = start;
      if (ITEM_KEY.test(text)) value = this.map(indent + 2, start);
      else value = scalar(text.slice(start, this.#takeLine(start)));
      if (value === NOT_OURS) return NOT_OURS;
      out.push(value);
    }
    return out;
  }
}

function scalar(text: string): Read<unknown> {
  switch (text) {
    case 'null':
      return null;
    case 'true':
      return true;
    case 'false':
      return false;
    case '[]':
      return [];
    case '{}':
      return {};
    case '':
      return NOT_OURS;
  }
  if (text.charCodeAt(0) === 34) return doubleQuoted(text); // `"`
  if (SIMPLE_NUMBER.test(text)) return Number(text);
  return text;
}

/** YAML escapes the writer uses that JSON does not have, as JSON escapes. */
const YAML_ONLY_ESCAPE = /\\(?:x([0-9A-Fa-f]{2})|([0aveN_LP ]))|\\[^]/g;
const SHORT_ESCAPES: Record<string, string> = {
  '0': '\\u0000',
  a: '\\u0007',
  v: '\\u000b',
  e: '\\u001b',
  N: '\\u0085',
  _: '\\u00a0',
  L: '\\u2028',
  P: '\\u2029',
  ' ': ' ',
};

function doubleQuoted(text: string): Read<string> {
  if (text.length < 2 || text.charCodeAt(text.length - 1) !== 34) return NOT_OURS;
  const json = text.includes('\\')
    ? text.replace(YAML_ONLY_ESCAPE, (escape, hex: string | undefined, short: string | undefined) =>
        hex !== undefined ? `\\u00${hex}` : short !== undefined ? SHORT_ESCAPES[short]! : escape,
      )
    : text;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'string' ? value : NOT_OURS;
  } catch {
    return NOT_OURS;
  }
}
