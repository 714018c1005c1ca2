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
 */
import { Document } from 'yaml';
import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

type Options = DocumentOptions & SchemaOptions & ParseOptions;

/** What the visitor in `serializeFrontmatter` decides: may the string be written plain? */
export type PlainSafe = (value: string) => boolean;

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

  /** YAML text for a top-level map (ends with a newline), or null when outside the writer's domain. */
  stringify(data: Record<string, unknown>): string | null {
    if (Object.keys(data).length === 0) return null;
    const out: string[] = [];
    return this.#map(data, '', out, '') ? out.join('') : null;
  }

  /** Would `yaml` write this string plain, given the project's visitor? */
  #plain(value: string, key: boolean): boolean {
    if (key && !PLAIN_KEY.test(value)) return false;
    return this.#plainSafe(value);
  }

  /** Short strings repeat (names, outlets, dates, enum values): their rendering is remembered. */
  readonly #memo = [new Map<string, string | null>(), new Map<string, string | null>()] as const;

  /** A string scalar as `yaml` writes it, or null when `yaml` would pick a style this writer does not do. */
  #string(value: string, key: boolean): string | null {
    if (value.length > 80) return this.#render(value, key);
    const memo = this.#memo[key ? 1 : 0];
    const known = memo.get(value);
    if (known !== undefined) return known;
    const out = this.#render(value, key);
    if (memo.size >= 100_000) memo.clear();
    memo.set(value, out);
    return out;
  }

  #render(value: string, key: boolean): string | null {
    if (!this.#plain(value, key) || FORCE_DOUBLE.test(value)) return doubleQuoted(value);
    if (value.includes('\n') || NOT_PLAIN.test(value) || DOCUMENT_MARKER.test(value)) return null;
    for (const tag of this.#tags) {
      if (tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(value)) return null;
    }
    return value;
  }

  #scalar(value: unknown): string | null {
    if (value === null) return 'null';
    if (value === true) return 'true';
    if (value === false) return 'false';
    if (typeof value === 'number') {
      if (Object.is(value, -0)) return null;
      const n = JSON.stringify(value);
      return SIMPLE_NUMBER.test(n) ? n : null;
    }
    if (typeof value === 'string') return this.#string(value, false);
    return null;
  }

  /**
   * A block map at `indent`; `first` replaces the indent of the first line (`- ` of a list item).
   * Appends to `out`; false when something is outside the writer's domain.
   */
  #map(map: Record<string, unknown>, indent: string, out: string[], first: string): boolean {
    let lead = first === '' ? indent : first;
    for (const [k, v] of Object.entries(map)) {
      if (v === undefined) continue;
      const key = this.#string(k, true);
      if (key === null || key !== k) return false;
      const head = `${lead}${key}:`;
      lead = indent;
      if (Array.isArray(v)) {
        if (v.length === 0) out.push(`${head} []\n`);
        else {
          out.push(`${head}\n`);
          if (!this.#seq(v, `${indent}  `, out)) return false;
        }
      } else if (isPlainObject(v)) {
        if (Object.keys(v).length === 0) out.push(`${head} {}\n`);
        else {
          out.push(`${head}\n`);
          if (!this.#map(v, `${indent}  `, out, '')) return false;
        }
      } else {
        const s = this.#scalar(v);
        if (s === null) return false;
        out.push(`${head} ${s}\n`);
      }
    }
    return lead === indent;
  }

  #seq(items: readonly unknown[], indent: string, out: string[]): boolean {
    for (const item of items) {
      if (Array.isArray(item)) return false;
      if (isPlainObject(item)) {
        if (Object.keys(item).length === 0 || Object.values(item).some((x) => x === undefined)) return false;
        if (!this.#map(item, `${indent}  `, out, `${indent}- `)) return false;
      } else {
        const s = this.#scalar(item);
        if (s === null) return false;
        out.push(`${indent}- ${s}\n`);
      }
    }
    return true;
  }
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
