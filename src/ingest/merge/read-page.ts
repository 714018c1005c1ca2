/**
 * Reads an existing claim page: frontmatter as a yaml Document (comments and order kept), the body
 * verbatim, and every validation problem as a PageError pointing at the offending line.
 */
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { Document } from 'yaml';
import { ATTRIBUTIONS, RELATIONS, STANCES, STATUSES, VERDICTS, claimSchema } from '../../schema/claim.ts';
import { closest, levenshtein } from './closest.ts';
import type { ClaimFrontmatter } from '../../schema/claim.ts';
import { readFastFrontmatter } from '../emit/claim-mdx.ts';
import { mdxBodyProblem } from './check-body.ts';
import { bodyHash } from './render-body.ts';
import { splitPage } from './yaml-text.ts';

export interface PageError {
  /** Path of the page as shown to the author (relative to the working directory when inside it). */
  file: string;
  /** 1-based line in the .mdx file (line 1 is the opening `---`). */
  line: number;
  /** Offending field, e.g. `verdict` or `appearances[2].stance`; for YAML syntax errors the top-level key around the error (or `frontmatter`). */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** Values the field accepts, when there is a closed list. */
  allowed?: string[];
}

/** `content/claims/foo.mdx:3: verdict: "maybe" is not allowed; use one of disputed, confirmed, unattributed` */
export function formatPageError(e: PageError): string {
  return `${e.file}:${e.line}: ${e.field}: ${e.message}`;
}

/** Attaches a non-enumerable toString, so `String(error)` gives the formatted message. */
export function pageError(e: PageError): PageError {
  Object.defineProperty(e, 'toString', { value: () => formatPageError(e), enumerable: false });
  return e;
}

export interface ExistingPage {
  /** Slug: the file name without `.mdx`. */
  slug: string;
  /** Path as shown in messages. */
  file: string;
  /** Whole file text as read (byte for byte). */
  text: string;
  /** Line ending and byte-order mark of the file; `yaml` and `body` are normalised to `\n`, output restores them. */
  eol: '\n' | '\r\n';
  bom: boolean;
  /** Frontmatter text between the fences ('' when missing). */
  yaml: string;
  /** Body after the closing fence, verbatim. */
  body: string;
  doc: Document;
  lineCounter: LineCounter;
  /** Validated frontmatter (defaults applied), or null when invalid. */
  data: ClaimFrontmatter | null;
  /** Frontmatter as plain JS, exactly as written (no defaults); null when unparsable. */
  raw: Record<string, unknown> | null;
  /**
   * The frontmatter is exactly what the build writes for `raw` (emit/fast-yaml.ts): it was read
   * without a Document, and is edited by line (merge/written-layout.ts).
   */
  asWritten?: boolean;
  errors: PageError[];
}

/** Restores a page's line endings and byte-order mark on text built from its normalised parts. */
export function restoreEncoding(page: Pick<ExistingPage, 'eol' | 'bom'>, text: string): string {
  const t = page.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
  return page.bom ? `\uFEFF${t}` : t;
}

export interface ReadPageOptions {
  /** Slugs that exist in content/claims; `related` entries must name one of them. */
  knownSlugs?: ReadonlySet<string>;
}

const ENUMS: Record<string, readonly string[]> = {
  verdict: VERDICTS,
  status: STATUSES,
  attribution: ATTRIBUTIONS,
  stance: STANCES,
  relation: RELATIONS,
};

const REQUIRED_HINTS: Record<string, string> = {
  title: 'is missing; every claim page needs a title: the claim in one sentence (1–160 characters)',
};

function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out || 'frontmatter';
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** Fields of free text, where a " #" is more likely text than a comment. */
const TEXT_FIELDS = ['title', 'reviewedBy'] as const;

/** The frontmatter fields the schema knows (an author may add others of their own). */
const KNOWN_FIELDS: readonly string[] = Object.keys(claimSchema.shape);

/** Fields a page cannot do without: a near miss of one, when the page lacks it, is surely that field. */
const REQUIRED_FIELDS: readonly string[] = ['title', 'verdict'];

/**
 * The known field an unknown key was meant to be, and how sure that is: `case` for the same name
 * but for case or separators (`Verdict`, `reviewed_by`: surely a slip, never an author's own
 * field); `typo` for a slip of one letter in a long name (`verdcit`), two in a name of eight
 * letters or more — which may also be a field of the author's own (`review`, `reviewer`).
 */
export function meantField(key: string): { field: string; how: 'case' | 'typo' } | undefined {
  if (KNOWN_FIELDS.includes(key)) return undefined;
  const lower = key.toLowerCase().replace(/[-_ ]/g, '');
  const same = KNOWN_FIELDS.find((f) => f.toLowerCase() === lower);
  if (same) return { field: same, how: 'case' };
  // The singular of a list field ("alias" for `aliases`, "appearance" for `appearances`).
  const plural = KNOWN_FIELDS.find((f) => f.toLowerCase() === `${lower}s` || f.toLowerCase() === `${lower}es`);
  if (plural) return { field: plural, how: 'typo' };
  let best: { field: string; d: number } | undefined;
  for (const f of KNOWN_FIELDS) {
    if (f.length < 5) continue;
    const d = levenshtein(key.toLowerCase(), f.toLowerCase());
    if (d <= (f.length >= 8 ? 2 : 1) && (!best || d < best.d)) best = { field: f, d };
  }
  return best ? { field: best.field, how: 'typo' } : undefined;
}

/**
 * What to do about a YAML syntax error, by its code (from the `yaml` library) and the text of its
 * line: the usual slips in hand-edited frontmatter, each with the fix.
 */
/** A "key:value" line with no plain space after the colon (none, or a no-break one); group 1 is the key. */
const KEY_WITHOUT_SPACE = /^\s*([\w-]+):(?:[^\s:]|\u00a0)/;

/** The fix for a line whose key has no plain space after its colon, or undefined for any other line. */
function spaceAfterColon(line: string): string | undefined {
  if (!KEY_WITHOUT_SPACE.test(line)) return undefined;
  return /^\s*[\w-]+:\u00a0/.test(line) ? 'put a plain space after the colon (this one is a no-break space)' : 'put a space after the colon: key: value';
}

export function yamlFix(code: string, line: string, message = ''): string | undefined {
  // The value as written after "key: " (for fixes that quote it).
  const value = /^\s*[^:#]+:\s+(.*)$/.exec(line)?.[1] ?? '';
  const quoteIt = (what: string): string => `a value starting with ${what} must be in quotes: put the whole value in double quotes`;
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const space = spaceAfterColon(line);
      if (space) return space;
      // `title: Fact check: the call` — a second ": " in a value starts a mapping.
      return /:\s.*:\s/.test(`${line} `)
        ? 'a value with ": " in it must be in quotes: put the whole value in double quotes, e.g. title: "Fact check: the call"'
        : 'a key indented under another value: start it at the beginning of the line, like the keys around it';
    }
    case 'MISSING_CHAR':
      if (/followed by map values/.test(message)) {
        return spaceAfterColon(line) ?? 'every line here is "key: value" (or an item of a list under a key): this one is not';
      }
      return 'close the quote (or bracket) opened on this line; inside double quotes write \\" for a quote';
    case 'UNEXPECTED_TOKEN':
      if (/^[[{*&!|>-]/.test(value)) return quoteIt(`"${value[0]}"`);
      return /["']/.test(value)
        ? 'there is text after a closing quote: put the whole value in one pair of quotes (inside single quotes write \'\' for a quote)'
        : undefined;
    case 'BAD_SCALAR_START':
      return quoteIt(value ? `"${value[0]}"` : 'this character');
    case 'BAD_INDENT':
      return 'close the [ or { opened on this line, or indent the lines that continue it';
    case 'DUPLICATE_KEY':
      return 'this key is given twice: keep one';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    default:
      return undefined;
  }
}

/** Frontmatter text as a yaml Document (the way every page is parsed), with its line positions. */
export function parseFrontmatterDocument(yaml: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(yaml, { lineCounter, prettyErrors: true, uniqueKeys: true }), lineCounter };
}

/**
 * Makes `page.doc` and `page.lineCounter` parse the page's frontmatter when first asked for (and
 * drops any Document already built). Building a Document is the costly part of reading a page,
 * and most pages need none: only pages that are edited, or whose errors are located, do.
 */
export function deferDocument(page: Omit<ExistingPage, 'doc' | 'lineCounter'>): ExistingPage {
  const yaml = page.yaml;
  let parsed: { doc: Document; lineCounter: LineCounter } | undefined;
  const parse = (): { doc: Document; lineCounter: LineCounter } => (parsed ??= parseFrontmatterDocument(yaml));
  Object.defineProperty(page, 'doc', { get: () => parse().doc, configurable: true, enumerable: true });
  Object.defineProperty(page, 'lineCounter', { get: () => parse().lineCounter, configurable: true, enumerable: true });
  return page as ExistingPage;
}

/** Parses and validates one page. Never throws on bad content: problems land in `errors`. */
export function readPage(file: string, slug: string, text: string, options: ReadPageOptions = {}): ExistingPage {
  const bom = text.startsWith('\uFEFF');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const normalised = (bom ? text.slice(1) : text).replace(/\r\n/g, '\n');
  const split = splitPage(normalised);
  const errors: PageError[] = [];
  const yaml = split?.yaml ?? '';
  const body = split?.body ?? normalised;
  // Frontmatter exactly as the build writes it (every page nobody edited) is read without a
  // Document: it holds the same data the Document would, without errors (see readFastFrontmatter).
  const fast = split ? readFastFrontmatter(yaml) : null;
  if (fast !== null) {
    const page = deferDocument({ slug, file, text, eol, bom, yaml, body, data: null, raw: fast, errors, asWritten: true });
    return validate(page, fast, options);
  }
  const { doc, lineCounter } = parseFrontmatterDocument(yaml);
  const page: ExistingPage = { slug, file, text, eol, bom, yaml, body, doc, lineCounter, data: null, raw: null, errors };
  if (!split) {
    errors.push(pageError({
      file,
      line: 1,
      field: 'frontmatter',
      message: 'the page must start with a YAML frontmatter block between `---` lines',
    }));
    return page;
  }
  // File line of a yaml offset: the opening fence is line 1.
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line + 1;

  if (doc.errors.length > 0) {
    // Top-level keys as far as the parser got, to name the field an error belongs to.
    const keys = isMap(doc.contents)
      ? doc.contents.items.flatMap((p) => {
          const k = p.key as { value?: unknown; range?: [number, number, number] } | null;
          return k?.range ? [{ name: String(k.value), start: k.range[0] }] : [];
        })
      : [];
    const lines = yaml.split('\n');
    const reported = new Set<number>();
    for (const e of doc.errors) {
      const pos = e.pos[0];
      const owner = [...keys].reverse().find((k) => (e.code === 'DUPLICATE_KEY' ? k.start <= pos : k.start < pos));
      // An unterminated quote or bracket is noticed where the text ends; point at where it starts.
      const unterminated = (e.code === 'MISSING_CHAR' && !/followed by map values/.test(e.message)) || e.code === 'BAD_INDENT';
      const line = owner && unterminated ? lineOf(owner.start) : (e.linePos?.[0]?.line ?? 1) + 1;
      // One slip can trip several checks on its line (a mis-indented key): the first says it.
      if (reported.has(line)) continue;
      reported.add(line);
      const first = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      const text = lines[line - 2] ?? '';
      const fix = yamlFix(e.code, text, e.message);
      // The parser names the key before the slip; a line of its own that reads "key:…" is that key's.
      const own = /followed by map values|on a single line/.test(e.message) ? KEY_WITHOUT_SPACE.exec(text)?.[1] : undefined;
      errors.push(pageError({ file, line, field: own ?? owner?.name ?? 'frontmatter', message: `invalid YAML: ${first}${fix ? `; ${fix}` : ''}` }));
    }
    return page;
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    errors.push(pageError({ file, line: 2, field: 'frontmatter', message: 'the frontmatter must be a mapping of `key: value` lines' }));
    return page;
  }
  return validate(page, (doc.toJS() ?? {}) as Record<string, unknown>, options);
}

/** Checks the frontmatter data `raw` of a page that parsed, against the schema and the known slugs. */
function validate(page: ExistingPage, raw: Record<string, unknown>, options: ReadPageOptions): ExistingPage {
  const { file, errors } = page;
  page.raw = raw;
  // The Document is only needed to point at a line, when something is wrong.
  const lineOf = (offset: number): number => page.lineCounter.linePos(offset).line + 1;
  const locate = (path: readonly PropertyKey[]): number => {
    const doc = page.doc;
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineOf(node.range[0]);
    }
    return 1;
  };

  // A known field under a slightly wrong name (`Verdict:`) is not the field: the page would lack
  // it, or silently not say what the author meant (`reviewedby:` marks nothing reviewed; a
  // `Verdict: disputed` under `verdict: confirmed` changes nothing). A near miss of a field the
  // page has, or of an optional one, may be a field of the author's own (`review:`): it passes.
  const misspelt = new Map<string, string>(); // known field → the key written for it
  for (const key of Object.keys(raw)) {
    const meant = meantField(key);
    if (meant === undefined) continue;
    const { field, how } = meant;
    if (how === 'typo' && (field in raw || !REQUIRED_FIELDS.includes(field))) continue;
    misspelt.set(field, key);
    const message =
      how === 'case'
        ? field in raw
          ? `is not a field of a claim page, and the page also has \`${field}\` (line ${locate([field])}): keep one, written \`${field}\` (field names are case-sensitive)`
          : `is not a field of a claim page: write \`${field}\` (field names are case-sensitive)`
        : `is not a field of a claim page, and the page has no \`${field}\`: write \`${field}\``;
    errors.push(pageError({ file, line: locate([key]), field: key, message, allowed: [field] }));
  }

  // Free text cut short by YAML: in `title: Water #1 concern`, " #" starts a comment, and the
  // title would be published as "Water". A comment written as one (`title: … # shorter`, a space
  // after the "#") is the author's note and fine; "#1", "#MeToo" are text.
  const cutShort = new Set<string>();
  if (!page.asWritten) {
    for (const key of TEXT_FIELDS) {
      const node = page.doc.get(key, true);
      if (!isScalar(node) || node.type !== 'PLAIN' || !node.comment || /^\s/.test(node.comment)) continue;
      if (typeof node.value !== 'string' && node.value !== null) continue;
      // `title: #1 Donald Trump` is all comment: the title is empty.
      const whole = node.value === null ? `#${node.comment}` : `${node.value} #${node.comment}`;
      cutShort.add(key);
      errors.push(pageError({
        file,
        line: locate([key]),
        field: key,
        message: `${node.value === null ? '"#" starts a YAML comment, so the value is empty' : `" #" starts a YAML comment, so the value ends at "${node.value}"`}; put the whole value in double quotes: ${key}: ${JSON.stringify(whole)}`,
      }));
    }
  }

  const parsed = claimSchema.safeParse(raw);
  if (!parsed.success) {
    const doc = page.doc;
    for (const issue of parsed.error.issues) {
      const path = issue.path as PropertyKey[];
      // A required field written under a misspelt name: the error above says so, on its line.
      if (path.length === 1 && typeof path[0] === 'string' && misspelt.has(path[0]) && !doc.hasIn(path as unknown[])) continue;
      // A value cut short by a comment: said above, with the fix.
      if (typeof path[0] === 'string' && cutShort.has(path[0])) continue;
      const field = fieldName(path);
      const last = [...path].reverse().find((s) => typeof s === 'string') as string | undefined;
      const value = doc.getIn(path as unknown[]);
      const present = doc.hasIn(path as unknown[]);
      const enumValues =
        issue.code === 'invalid_value'
          ? (issue.values as unknown[]).map(String)
          : last && ENUMS[last] && path[path.length - 1] === last
            ? [...ENUMS[last]!]
            : undefined;
      let message: string;
      if (!present) {
        message =
          (last && path.length === 1 && REQUIRED_HINTS[last]) ||
          (enumValues ? `is required; use one of ${enumValues.join(', ')}` : `is required (${issue.message})`);
      } else if (issue.code === 'invalid_value') {
        message = `${describe(value)} is not allowed; use one of ${enumValues!.join(', ')}`;
      } else if (issue.code === 'invalid_type') {
        // `title: 2024`, `title: yes`: YAML reads a number or a boolean; quoted, it is text.
        const quote = issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? `; put it in quotes: "${String(value)}"` : '';
        message = `expected ${issue.expected}, found ${describe(value)}${quote}`;
      } else if (issue.code === 'too_small' && typeof value === 'string') {
        message = `must not be empty`;
      } else if (issue.code === 'too_big' && typeof value === 'string') {
        message = `is too long (${value.length} characters, at most ${String(issue.maximum)})`;
      } else {
        message = issue.message;
      }
      const err: PageError = { file, line: locate(path), field, message };
      if (enumValues) err.allowed = enumValues;
      errors.push(pageError(err));
    }
  } else {
    page.data = parsed.data;
  }

  // `related` must point at existing pages — on a hand-written page, where the author typed it.
  // A generated page's `related` is the build's: the merge rewrites it from this run's claims
  // (so renaming or deleting the page it points at stops nothing), and the site skips a link
  // to a page that is gone.
  if (options.knownSlugs && Array.isArray(raw['related']) && !('engine' in raw)) {
    (raw['related'] as unknown[]).forEach((r, i) => {
      const target = r && typeof r === 'object' ? (r as Record<string, unknown>)['slug'] : undefined;
      if (typeof target !== 'string' || target === '' || options.knownSlugs!.has(target)) return;
      const allowed = closest(target, options.knownSlugs!);
      errors.push(pageError({
        file,
        line: locate(['related', i, 'slug']),
        field: `related[${i}].slug`,
        message:
          `"${target}" is not a claim page (no content/claims/${target}.mdx)` +
          (allowed.length ? `; use the slug of an existing page, e.g. ${allowed.join(', ')}` : ''),
        allowed,
      }));
    });
  }
  // Notes an author wrote must compile as MDX (a generated body does by construction).
  if (errors.length === 0) {
    const engine = raw['engine'] && typeof raw['engine'] === 'object' ? (raw['engine'] as Record<string, unknown>) : null;
    if (engine?.['summaryHash'] !== bodyHash(page.body)) {
      const problem = mdxBodyProblem(page.body);
      if (problem) {
        // The body starts after the opening fence, the frontmatter's lines and the closing fence.
        const bodyStart = 3 + (page.yaml.match(/\n/g)?.length ?? 0);
        errors.push(pageError({
          file,
          line: bodyStart + problem.line - 1,
          field: 'body',
          message: problem.fix
            ? `the notes cannot be built at column ${problem.column}: ${problem.reason}; ${problem.fix}`
            : `the notes are not valid MDX at column ${problem.column}: ${problem.reason}; ` +
              'write \\{ or \\< for a literal brace or angle bracket, and close every tag you open',
        }));
      }
    }
  }
  if (errors.length > 0) page.data = null;
  return page;
}
