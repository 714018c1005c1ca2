/**
 * May a frontmatter string be written as a plain (unquoted) YAML scalar? Only if it reads back as
 * the same string under YAML 1.1 and 1.2 and under js-yaml, the reader Astro's content layer uses
 * (so `yes`, `0b11`, `0o7`, `+0o17`, `2024-12-02`, `~`, `null`, `'x'`, `a: b`, `x #y` get quotes
 * for every reader).
 *
 * The reference answer parses the string as a YAML document three times, once per version and
 * once with js-yaml (`isPlainSafeByParsing`). That costs tens of microseconds, and a large corpus has hundreds of
 * thousands of distinct quotes, names and ids, so most strings are decided by cheaper rules that
 * give the reference answer (tests/unit/emit/plain-scalar.test.ts compares them on generated
 * strings):
 *
 * - Simple plain text (`SIMPLE_PLAIN`: no line break, control or separator but the space, no
 *   indicator first, no `: `, no ` #`, no trailing `:` or space) lexes as one plain scalar holding
 *   the whole string, in both versions. The parse then gives the string unless one of the
 *   schemas' implicit tags (null, bool, int, float, timestamp) claims it, and then it gives a
 *   null, boolean, number or Date. Those tags' tests are the libraries' own, so they are simply
 *   asked (js-yaml's differ: it takes `+0o17` and `0x_1F` for numbers, where `yaml` does not).
 * - A string holding `: ` or ` #`, or starting with a quote, bracket, comment, anchor, alias,
 *   tag, block-scalar or directive indicator, never reads back as itself: a plain scalar cannot
 *   hold `: ` or ` #`, and every other construct drops some of the characters written.
 * - Anything else is parsed, and the answer remembered.
 */
import { Document, parse as parseYaml } from 'yaml';
import jsYaml from 'js-yaml';

/**
 * Characters never written raw in frontmatter: YAML's non-printable ones (C0/C1 controls, U+FFFE,
 * U+FFFF; js-yaml refuses the whole file), those some readers (YAML 1.1) take for line breaks
 * (NEL, LS, PS), and the BOM. Strings holding them are double-quoted, where they become `\uXXXX`.
 */
export const YAML_ESCAPED = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g;
const NEEDS_ESCAPE = new RegExp(YAML_ESCAPED.source);

/**
 * Prose that starts with a letter and holds only letters, digits, spaces and sentence
 * punctuation (no `:` `#` `[` `{` `&` `*` `!` `|` `>` `'` `"` `%` `@` or backtick) reads back as itself
 * under YAML 1.1 and 1.2, unless it is one of the keywords below. (This rule came first and
 * stays as it is: it quotes a few strings the parse would allow, such as `yEs`.)
 */
const PLAIN_PROSE = /^\p{L}[\p{L}\p{M}\p{N} ,.’‘“”()\-–—$;?/]*(?<! )$/u;
const YAML_KEYWORDS = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);
/** Lower-casing never shortens a string (tests/unit/emit/plain-scalar.test.ts), so longer ones are no keyword. */
const KEYWORD_MAX_LENGTH = Math.max(...[...YAML_KEYWORDS].map((k) => k.length));

/**
 * One plain scalar, whole, for the `yaml` lexer in block context: the first character is neither
 * ASCII punctuation nor a space (no indicator, directive or document marker can start), no
 * character is a control, format, unassigned or separator character other than the space (so no
 * line break, tab or BOM), a `:` is followed by something other than a space, and a space by
 * something other than `#` (so the string neither ends in `:` or a space nor holds `: ` or ` #`).
 */
const SIMPLE_PLAIN = /^[^\p{C}\p{Z}\x20-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E](?:[^\p{C}\p{Z}:]|:(?=[^\p{C}\p{Z}])| (?=[^\p{C}\p{Z}#]| ))*$/u;

/** Strings that cannot read back as themselves (see the module comment). */
const NEVER_PLAIN = /^["'[{#&*!|>%]|: | #/;

/** Implicit tags of both versions' default schemas: a plain scalar one of them matches is not a string. */
const IMPLICIT_TAG_TESTS: readonly RegExp[] = (['1.1', '1.2'] as const).flatMap((version) =>
  (new Document(null, { version }).schema.tags as Array<{ default?: unknown; test?: RegExp }>).flatMap((tag) =>
    tag.default && tag.test ? [tag.test] : [],
  ),
);

/**
 * js-yaml's implicit types (null, bool, int, float, timestamp, merge), as Astro's reader resolves
 * plain scalars: one whose `resolve` accepts the text turns it into something other than a string.
 */
const JS_YAML_IMPLICIT: ReadonlyArray<(text: string) => boolean> = (
  jsYaml.DEFAULT_SCHEMA as unknown as { compiledImplicit: Array<{ resolve: (text: string) => boolean }> }
).compiledImplicit.map((type) => (text: string) => type.resolve(text));

const parsedMemo = new Map<string, boolean>();

/**
 * How a string may be written, as far as readers go: `quoted`; `plain` (reads back as itself);
 * `simple` (reads back as itself and is simple plain text, which needs no further check to be
 * written plain: no indicator, no `: ` or ` #`, nothing a document marker or an escape is made of).
 */
export type PlainVerdict = 'quoted' | 'plain' | 'simple';

export function plainVerdict(value: string): PlainVerdict {
  if (PLAIN_PROSE.test(value)) {
    if (value.length <= KEYWORD_MAX_LENGTH && YAML_KEYWORDS.has(value.toLowerCase())) return 'quoted';
    // Prose is simple plain text (a letter first, then none of `:`, `#`, controls or separators
    // but the space, no trailing space): only the implicit tags remain to be asked, and one that
    // claims it ("e7" is a float to YAML 1.1) leaves the answer to the parse.
    return matchesImplicitTag(value) ? parsedVerdict(value) : 'simple';
  }
  if (SIMPLE_PLAIN.test(value)) return matchesImplicitTag(value) ? 'quoted' : 'simple';
  if (NEVER_PLAIN.test(value)) return 'quoted';
  return parsedVerdict(value);
}

/** The parse's answer, remembered. */
function parsedVerdict(value: string): 'plain' | 'quoted' {
  let known = parsedMemo.get(value);
  if (known === undefined) {
    known = isPlainSafeByParsing(value);
    if (parsedMemo.size > 200_000) parsedMemo.clear();
    parsedMemo.set(value, known);
  }
  return known ? 'plain' : 'quoted';
}

/** Whether `value` can be a plain (unquoted) YAML scalar for every reader we know of. */
export function isPlainSafe(value: string): boolean {
  return plainVerdict(value) !== 'quoted';
}

/**
 * The implicit tag tests as one expression (one call instead of two dozen), when that means the
 * same: no flags, and no back-reference that the joined groups would renumber.
 */
const ANY_IMPLICIT_TAG = IMPLICIT_TAG_TESTS.every((test) => test.flags === '' && !/\\(?:[1-9]|k<)/.test(test.source))
  ? new RegExp(IMPLICIT_TAG_TESTS.map((test) => `(?:${test.source})`).join('|'))
  : null;

function matchesImplicitTag(value: string): boolean {
  if (ANY_IMPLICIT_TAG ? ANY_IMPLICIT_TAG.test(value) : IMPLICIT_TAG_TESTS.some((test) => test.test(value))) return true;
  for (const resolves of JS_YAML_IMPLICIT) if (resolves(value)) return true;
  return false;
}

/** The reference answer: does `value` parse back as itself under YAML 1.1, 1.2 and js-yaml? */
export function isPlainSafeByParsing(value: string): boolean {
  if (value === '' || /[\r\n]/.test(value) || NEEDS_ESCAPE.test(value)) return false;
  try {
    for (const version of ['1.1', '1.2'] as const) {
      if (parseYaml(value, { version, logLevel: 'silent' }) !== value) return false;
    }
    return jsYaml.load(value) === value;
  } catch {
    return false;
  }
}

/** Whether `value` is decided without a parse (for tests: the rules above must agree with it). */
export function decidedWithoutParsing(value: string): boolean {
  return PLAIN_PROSE.test(value) || SIMPLE_PLAIN.test(value) || NEVER_PLAIN.test(value);
}
