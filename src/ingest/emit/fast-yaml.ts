/**
 * A fast writer for the frontmatter shapes the build step produces (claim pages: maps, lists of
 * maps, strings, numbers, booleans, null), byte-identical to what `serializeFrontmatter` gets from
 * the `yaml` library with the project's options.
 *
 * Why: the library builds a Document, visits it and stringifies it, and the emit stage then reads
 * the text back to check it — about a millisecond and a half per page, minutes for a large corpus.
 * This writer reproduces the library's decisions for the values it accepts (plain or double-quoted
 * strings, decided exactly as `yaml` decides them; JSON numbers; block maps and sequences with
 * two-space indents) and returns null for anything else (dates, nested lists, empty documents,
 * strings the library would single-quote, …), so the caller falls back to the library.
 * tests/unit/emit/fast-yaml.test.ts checks it against the library on generated values.
 *
 * It takes the caller's data as it is, without the normalised copy the library path makes: it
 * returns null for whatever that normalisation would refuse (strings that are not well-formed
 * Unicode, numbers that are not finite, `__proto__` keys, objects that are not plain), so the
 * caller's fallback reports the problem.
 */
import { Document } from 'yaml';
import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import { YAML_ESCAPED } from './plain-scalar.ts';
import type { PlainVerdict } from './plain-scalar.ts';

type Options = DocumentOptions & SchemaOptions & ParseOptions;

/**
 * What the visitor in `serializeFrontmatter` decides: may the string be written plain? (`simple`:
 * yes, and it is text `yaml` writes plain without a second look; see plain-scalar.ts.)
 */
export type PlainSafe = (value: string) => PlainVerdict;

/** Keys written without quotes by `serializeFrontmatter` (with `PlainSafe` on top). */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `yaml`'s stringifyString forces double quotes on these (unpaired surrogates cannot occur: strings are well-formed). */
const FORCE_DOUBLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;

/** `yaml`'s plainString: values that cannot be plain and get quoted (single or double). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

/** `yaml`'s containsDocumentMarker. */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;

/** JSON numbers the writer accepts: no exponent, so there is nothing for readers to disagree on. */
const SIMPLE_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Rendered keys remembered at most (claim pages use a few dozen; authors may add their own). */
const KEY_MEMO_LIMIT = 10_000;

interface Tag {
  default?: boolean | string;
  tag: string;
  test?: RegExp;
}

export class FastYaml {
  readonly #plainSafe: PlainSafe;
  readonly #tags: readonly Tag[];

  constructor(options: Options, plainSafe: PlainSafe) {
    this.#plainSafe = plainSafe;
    const schema = new Document(null, options).schema as unknown as { tags: Tag[]; compat: Tag[] | null };
    this.#tags = [...schema.tags, ...(schema.compat ?? [])];
  }

  /**
   * YAML text for a top-level map (ends with a newline; unprintable characters already written as
   * escapes, as `serializeFrontmatter` does), or null when outside the writer's domain.
   */
  stringify(data: Record<string, unknown>): string | null {
    if (!isPlainObject(data) || isEmpty(data)) return null;
    this.#out = '';
    const ok = this.#map(data, '', '');
    const text = this.#out;
    this.#out = '';
    return ok ? text : null;
  }

  /** The text written so far (appended to piece by piece: V8 joins the pieces once, at the end). */
  #out = '';

  /** Would `yaml` write this string plain, given the project's visitor? */
  #plain(value: string, key: boolean): PlainVerdict {
    if (key && !PLAIN_KEY.test(value)) return 'quoted';
    return this.#plainSafe(value);
  }

  /**
   * Keys repeat on every page (a few dozen names): their rendering is remembered. Values are
   * rendered each time: deciding a value is about as quick as finding it in a large table.
   */
  readonly #keys = new Map<string, string | null>();

  /** A string scalar as `yaml` writes it, or null when `yaml` would pick a style this writer does not do. */
  #string(value: string, key: boolean): string | null {
    // Not well-formed: the caller's normalisation refuses it.
    if (!key) return value.isWellFormed() ? this.#render(value, false) : null;
    const known = this.#keys.get(value);
    if (known !== undefined) return known;
    if (!value.isWellFormed()) return null;
    const out = this.#render(value, true);
    if (this.#keys.size >= KEY_MEMO_LIMIT) this.#keys.clear();
    this.#keys.set(value, out);
    return out;
  }

  #render(value: string, key: boolean): string | null {
    const plain = this.#plain(value, key);
    // Simple plain text passes every test below (no control, line break, indicator, `: `, ` #`,
    // marker or implicit tag of the schema); tests/unit/emit/fast-yaml.test.ts checks the schema.
    if (plain === 'simple') return value;
    if (plain === 'quoted' || FORCE_DOUBLE.test(value)) return escapeUnprintable(doubleQuoted(value));
    if (value.includes('\n') || NOT_PLAIN.test(value) || DOCUMENT_MARKER.test(value)) return null;
    for (const tag of this.#tags) {
      if (tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(value)) return null;
    }
    // Plain: the visitor lets no unprintable character through (they are quoted, above).
    return value;
  }

  #scalar(value: unknown): string | null {
    if (value === null) return 'null';
    if (value === true) return 'true';
    if (value === false) return 'false';
    if (typeof value === 'number') {
      if (Object.is(value, -0)) return null;
      const n = JSON.stringify(value); // `null` for NaN and ±Infinity: not a simple number
      return SIMPLE_NUMBER.test(n) ? n : null;
    }
    if (typeof value === 'string') return this.#string(value, false);
    return null;
  }

  /**
   * A block map at `indent`; `item` is the `- ` lead that replaces the indent of its first line
   * when the map is a list item ('' otherwise). Appends to the text; false when something is
   * outside the writer's domain, including, for an item, no key or an undefined value (the
   * library path writes those differently).
   */
  #map(map: Record<string, unknown>, indent: string, item: string): boolean {
    let lead = item === '' ? indent : item;
    for (const k in map) {
      if (!Object.hasOwn(map, k)) continue;
      const v = map[k];
      if (v === undefined) {
        if (item !== '') return false;
        continue;
      }
      // `__proto__` is refused by the normalisation (it would set the prototype of a copy).
      if (k === '__proto__') return false;
      const key = this.#string(k, true);
      if (key === null || key !== k) return false;
      this.#out += lead;
      this.#out += key;
      lead = indent;
      if (Array.isArray(v)) {
        if (v.length === 0) this.#out += ': []\n';
        else {
          this.#out += ':\n';
          if (!this.#seq(v, `${indent}  `)) return false;
        }
      } else if (isPlainObject(v)) {
        if (isEmpty(v)) this.#out += ': {}\n';
        else {
          this.#out += ':\n';
          if (!this.#map(v, `${indent}  `, '')) return false;
        }
      } else {
        const s = this.#scalar(v);
        if (s === null) return false;
        this.#out += ': ';
        this.#out += s;
        this.#out += '\n';
      }
    }
    // Nothing written (every value undefined): an empty map, which is the library's to write.
    return lead === indent;
  }

  #seq(items: readonly unknown[], indent: string): boolean {
    const itemLead = `${indent}- `;
    const itemIndent = `${indent}  `;
    for (const item of items) {
      if (Array.isArray(item)) return false;
      if (isPlainObject(item)) {
        if (!this.#map(item, itemIndent, itemLead)) return false;
      } else {
        const s = this.#scalar(item);
        if (s === null) return false;
        this.#out += itemLead;
        this.#out += s;
        this.#out += '\n';
      }
    }
    return true;
  }
}

/** No key with a value: empty once the normalisation drops undefined properties. */
function isEmpty(map: Record<string, unknown>): boolean {
  for (const k in map) if (Object.hasOwn(map, k) && map[k] !== undefined) return false;
  return true;
}

/** Unprintable characters as `\uXXXX` escapes (only ever inside a double-quoted string). */
export function escapeUnprintable(text: string): string {
  return text.replace(YAML_ESCAPED, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * `yaml`'s doubleQuotedString for a value (not a key) with `doubleQuotedMinMultiLineLength` at its
 * maximum and `lineWidth: 0`: JSON escapes, YAML's short escapes, `\ ` before an escaped newline.
 */
export function doubleQuoted(value: string): string {
  const json = JSON.stringify(value);
  let str = '';
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      str += `${json.slice(start, i)}\\ `;
      i += 1;
      start = i;
      ch = '\\';
    }
    if (ch === '\\') {
      if (json[i + 1] === 'u') {
        str += json.slice(start, i);
        const code = json.substr(i + 2, 4);
        switch (code) {
          case '0000':
            str += '\\0';
            break;
          case '0007':
            str += '\\a';
            break;
          case '000b':
            str += '\\v';
            break;
          case '001b':
            str += '\\e';
            break;
          case '0085':
            str += '\\N';
            break;
          case '00a0':
            str += '\\_';
            break;
          case '2028':
            str += '\\L';
            break;
          case '2029':
            str += '\\P';
            break;
          default:
            str += code.substr(0, 2) === '00' ? `\\x${code.substr(2)}` : json.substr(i, 6);
        }
        i += 5;
        start = i + 1;
      } else {
        i += 1;
      }
    }
  }
  return start ? str + json.slice(start) : json;
}
