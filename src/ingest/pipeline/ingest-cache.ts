/**
 * The ingest cache (default `.cache/ingest/`, gitignored): what earlier runs computed, so an
 * unchanged corpus is not analysed again.
 *
 * - seeds/<xx>.bin: per seed file, keyed by sha256 of its name and text: the article record's
 *   hash, the claim units, the alias facts and the units' features with the alias answers they
 *   depend on (features are reused only while those answers hold for the current corpus), as
 *   packed files (packed-file.ts), which load several times faster than JSON; the article
 *   records themselves in seeds/<xx>.records.bin, read only when one is needed.
 * - seed-files-<hash of the seeds folder>.json: per seed file, its stat signature and key as the
 *   last run saw them, so that an unchanged seed is not even read (SeedIndex).
 * - content-<hash of the content folder>/<xx>.bin: per file of that content folder, its stat
 *   signature (size, mtime, ctime, inode) with what ingest knows about the bytes behind it: their
 *   hash, and for claim pages what the merge stage needs (identity, summaries, related slugs,
 *   and the page's merge result for the claim it was last merged with). A file whose signature
 *   changed is read and parsed again, like without the cache. Packed files in 256 shards, so
 *   that a run which changes a few pages rewrites a few small files.
 *
 * Every file records the code version (a hash of the ingest source files, the libraries it
 * uses and the runtime's Unicode tables): after any code change the cache is ignored and
 * rebuilt. A damaged or unreadable cache file is ignored too. With or without the cache, the
 * output is the same.
 */
import { createHash, hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { writeFileAtomic } from '../fs/atomic-write.ts';
import { statSignature, statSignatureOf } from '../fs/stat-signature.ts';
import type { AliasFacts, ClaimFeatures } from '../matching/features.ts';
import { OUTDATABLE_ITEMS, type PageSummary } from '../merge/merge-page.ts';
import type { FeaturedArticle, FeaturedUnit } from './article-claims.ts';
import { NO_FIGURES, type Figure } from '../verdicts/figures.ts';
import { compactCopy } from './compact-string.ts';
import { PackReader, PackWriter } from './packed-file.ts';

const FORMAT = 10;

/** Libraries whose behaviour shapes the output. */
const LIBRARIES = ['wink-nlp', 'wink-eng-lite-web-model', 'chrono-node', 'yaml', 'mdast-util-to-markdown', 'mdast-util-mdx', 'github-slugger', 'zod'];

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (/\.(?:ts|json|mjs|js)$/.test(entry.name)) out.push(full);
  }
  return out;
}

const versions = new Map<string, string>();

/** Relative module specifiers a source file imports (static imports and re-exports; type-only ones too). */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:import|export)\b[^'";]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    out.push((m[1] ?? m[2])!);
  }
  return out;
}

/** `entry` and every project file it reaches through relative imports, sorted. */
function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(?:ts|mjs|js)$/.test(file)) continue;
    for (const spec of relativeImports(file)) todo.push(resolve(dirname(file), spec));
  }
  return [...seen].sort();
}

function hashVersion(name: string, files: readonly string[]): string {
  const h = createHash('sha256');
  h.update(`format ${FORMAT}\0${name}\0node ${process.versions.node}\0unicode ${process.versions.unicode ?? ''}\0icu ${process.versions.icu ?? ''}\0`);
  const src = fileURLToPath(new URL('../../', import.meta.url));
  for (const file of files) {
    h.update(`${file.slice(src.length)}\0`);
    h.update(readFileSync(file));
    h.update('\0');
  }
  const require = createRequire(import.meta.url);
  for (const lib of LIBRARIES) {
    let v = 'absent';
    try {
      v = (JSON.parse(readFileSync(require.resolve(`${lib}/package.json`), 'utf8')) as { version?: string }).version ?? 'unknown';
    } catch {
      // not resolvable through its package.json: the name alone still counts
    }
    h.update(`${lib}@${v}\0`);
  }
  return h.digest('hex').slice(0, 32);
}

/**
 * Version of the per-seed analysis: a hash of analyse-seed.ts and every source file it imports
 * (directly or not: parsing, sentences, attribution, claims, features, lexicons), the libraries
 * and the runtime. Editing the clustering or the page writer leaves analysed seeds valid.
 */
export function analysisVersion(): string {
  let v = versions.get('analysis');
  if (!v) {
    v = hashVersion('analysis', importClosure(fileURLToPath(new URL('./analyse-seed.ts', import.meta.url))));
    versions.set('analysis', v);
  }
  return v;
}

/** Version of everything ingest does (all of src/ingest and src/schema): for the content cache. */
export function codeVersion(): string {
  let v = versions.get('all');
  if (!v) {
    const src = fileURLToPath(new URL('../../', import.meta.url));
    v = hashVersion('all', ['ingest', 'schema'].flatMap((dir) => listFiles(join(src, dir))));
    versions.set('all', v);
  }
  return v;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

// ───────────────────────────── seeds ─────────────────────────────

/**
 * What the cache keeps per seed file: its article record's hash, and its units with their
 * features (what the corpus-wide stage needs), valid while the alias answers they depend on
 * hold. When they no longer hold, the seed is analysed again (the raw clause texts are not kept).
 */
export interface CachedSeed {
  id: string;
  file: string;
  skipped: boolean;
  /** sha256 of content/articles/<id>.json as written ('' when skipped). */
  recordHash: string;
  /** The article's units with features (null when skipped). */
  featured: FeaturedArticle | null;
  aliasFacts: AliasFacts;
  answers: string[];
}

/**
 * One copy of each feature string (terms such as `w:say` recur hundreds of thousands of times;
 * read from a cache file or from another thread each would be a string of its own), compact
 * (compact-string.ts): every stage after this one looks them up in maps.
 */
const strings = new Map<string, string>();
function intern(s: string): string {
  const known = strings.get(s);
  if (known !== undefined) return known;
  const copy = compactCopy(s);
  strings.set(copy, copy);
  return copy;
}
const internAll = (xs: string[]): string[] => {
  for (let k = 0; k < xs.length; k++) xs[k] = intern(xs[k]!);
  return xs;
};

/** The same features, their strings interned (arrays are updated in place). */
export function internFeatures(f: ClaimFeatures): ClaimFeatures {
  internAll(f.terms);
  internAll(f.participants);
  internAll(f.predicates);
  return f;
}

function writeFeatures(w: PackWriter, f: ClaimFeatures | null): void {
  if (f === null) {
    w.int(0);
    return;
  }
  w.int(1);
  w.words(f.terms);
  w.words(f.participants);
  w.int(f.negated ? 1 : 0);
  w.int(f.modal ? 1 : 0);
  w.words(f.predicates);
}

function readFeatures(r: PackReader): ClaimFeatures | null {
  if (r.int() === 0) return null;
  return { terms: r.words(), participants: r.words(), negated: r.int() === 1, modal: r.int() === 1, predicates: r.words() };
}

function writeSeed(w: PackWriter, e: CachedSeed): void {
  w.text(e.id);
  w.text(e.file);
  w.int(e.skipped ? 1 : 0);
  w.text(e.recordHash);
  w.int(e.aliasFacts.leaders.length);
  for (const [place, person, n] of e.aliasFacts.leaders) {
    w.word(place);
    w.word(person);
    w.int(n);
  }
  w.words(e.aliasFacts.persons);
  w.words(e.answers);
  const f = e.featured;
  w.int(f ? 1 : 0);
  if (!f) return;
  w.word(f.outlet);
  w.word(f.date);
  w.int(f.units.length);
  for (const u of f.units) {
    w.int(u.sentence);
    w.text(u.quote);
    w.text(u.text);
    w.word(u.attribution.speaker);
    w.word(u.attribution.role);
    w.word(u.attribution.kind);
    w.word(u.attribution.via);
    w.word(u.stance);
    // (The unit's hints, unit-hints.ts, above its four flags.)
    w.int((u.heading ? 1 : 0) | (u.pointsBack ? 2 : 0) | (u.goesOn ? 4 : 0) | (u.retracts ? 8 : 0) | (u.hints << 4));
    w.word(u.owner);
    writeFeatures(w, u.features);
    writeFeatures(w, u.targetFeatures);
    writeFeatures(w, u.eventFeatures);
    writeFigures(w, u.figures);
  }
}

/** Figures: their number, then each as what it counts, its words, and its bounds (numbers as their shortest exact text, so Infinity and fractions survive). */
function writeFigures(w: PackWriter, figures: readonly Figure[]): void {
  w.int(figures.length);
  for (const f of figures) {
    w.word(f.counts);
    w.text(f.text);
    w.word(String(f.low));
    w.word(String(f.high));
  }
}

/** Most units state no figure: they share one empty list. */
function readFigures(r: PackReader): readonly Figure[] {
  let n = r.int();
  if (n === 0) return NO_FIGURES;
  const out: Figure[] = [];
  for (; n > 0; n--) out.push({ counts: need(r.word()), text: need(r.text()), low: Number(need(r.word())), high: Number(need(r.word())) });
  return out;
}

const need = (s: string | null): string => {
  if (s === null) throw new Error('missing string in a cache entry');
  return s;
};

function readSeed(r: PackReader): CachedSeed {
  // Article ids key maps in every later stage (compact-string.ts).
  const id = compactCopy(need(r.text()));
  const file = need(r.text());
  const skipped = r.int() === 1;
  const recordHash = need(r.text());
  const leaders: AliasFacts['leaders'] = [];
  for (let n = r.int(); n > 0; n--) leaders.push([need(r.word()), need(r.word()), r.int()]);
  const aliasFacts: AliasFacts = { leaders, persons: r.words() };
  const answers = r.words();
  let featured: FeaturedArticle | null = null;
  if (r.int() === 1) {
    const outlet = r.word();
    const date = r.word();
    const units: FeaturedUnit[] = [];
    for (let n = r.int(); n > 0; n--) {
      const sentence = r.int();
      const quote = need(r.text());
      const text = need(r.text());
      const attribution = { speaker: r.word(), role: r.word(), kind: need(r.word()) as FeaturedUnit['attribution']['kind'], via: r.word() };
      const stance = need(r.word()) as FeaturedUnit['stance'];
      const flags = r.int();
      const heading = (flags & 1) !== 0;
      const pointsBack = (flags & 2) !== 0;
      const goesOn = (flags & 4) !== 0;
      const retracts = (flags & 8) !== 0;
      const hints = flags >>> 4;
      const owner = r.word();
      const features = readFeatures(r);
      if (!features) throw new Error('unit without features in a cache entry');
      units.push({ sentence, quote, text, attribution, stance, heading, pointsBack, goesOn, retracts, owner, features, targetFeatures: readFeatures(r), eventFeatures: readFeatures(r), figures: readFigures(r), hints });
    }
    featured = { article: id, outlet, date, units };
  }
  return { id, file, skipped, recordHash, featured, aliasFacts, answers };
}

/** A shard file: the version, then the entries' keys with where each entry starts, then the entries. */
function packShard(version: string, entries: ReadonlyArray<[string, CachedSeed]>): Buffer {
  const w = new PackWriter();
  w.text(version);
  w.keyed(entries, (e) => writeSeed(w, e));
  return w.toBuffer();
}

/** The entries of a shard file, decoded on demand; undefined when the file is missing, damaged or of another version. */
function openShard(path: string, version: string): Map<string, () => CachedSeed> | undefined {
  let r: PackReader;
  try {
    r = new PackReader(readFileSync(path), intern);
    if (r.text() !== version) return undefined;
    const out = new Map<string, () => CachedSeed>();
    for (const [key, at] of r.keyed()) {
      out.set(key, () => {
        r.seek(at);
        return readSeed(r);
      });
    }
    return out;
  } catch {
    return undefined;
  }
}

/** A records file: the version, then [key, record text] pairs. */
function packRecords(version: string, records: ReadonlyArray<[string, string]>): Buffer {
  const w = new PackWriter();
  w.text(version);
  w.int(records.length);
  for (const [key, text] of records) {
    w.text(key);
    w.text(text);
  }
  return w.toBuffer();
}

function openRecords(path: string, version: string): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const r = new PackReader(readFileSync(path));
    if (r.text() !== version) return out;
    for (let n = r.int(); n > 0; n--) out.set(need(r.text()), need(r.text()));
  } catch {
    out.clear(); // missing or damaged: no records
  }
  return out;
}

interface Shard {
  /** Entries read from the file (decoded on first get) or set in this run. */
  entries: Map<string, (() => CachedSeed) | CachedSeed>;
  used: Set<string>;
  dirty: boolean;
  /** Article records (JSON text) by key, read only when one is needed; new ones wait for save(). */
  records?: Map<string, string> | undefined;
  /** New records by key: the file that holds each (a staged temp file or the written record). */
  newRecords: Map<string, string>;
}

/**
 * Per-seed results, sharded by key so that a changed seed rewrites one small file. Shards are
 * packed files (packed-file.ts); an entry is decoded only when asked for.
 */
export class SeedCache {
  readonly #dir: string;
  readonly #version: string;
  readonly #shards = new Map<string, Shard>();

  constructor(cacheDir: string, version = analysisVersion()) {
    this.#dir = join(cacheDir, 'seeds');
    this.#version = version;
  }

  /** The cache key of a seed file: its name and its (decoded) text. */
  static key(file: string, bytes: Uint8Array): string {
    return createHash('sha256').update(file).update('\0').update(bytes).digest('hex');
  }

  #shard(key: string): Shard {
    const name = key.slice(0, 2);
    let shard = this.#shards.get(name);
    if (!shard) {
      const entries = openShard(join(this.#dir, `${name}.bin`), this.#version) ?? new Map();
      shard = { entries, used: new Set(), dirty: false, newRecords: new Map() };
      this.#shards.set(name, shard);
    }
    return shard;
  }

  get(key: string): CachedSeed | undefined {
    const shard = this.#shard(key);
    const hit = shard.entries.get(key);
    if (!hit) return undefined;
    if (typeof hit !== 'function') return hit;
    try {
      const entry = hit();
      shard.entries.set(key, entry);
      shard.used.add(key);
      return entry;
    } catch {
      shard.entries.delete(key);
      shard.dirty = true;
      return undefined; // damaged entry: recompute
    }
  }

  set(key: string, entry: CachedSeed): void {
    const shard = this.#shard(key);
    shard.entries.set(key, entry);
    shard.used.add(key);
    shard.dirty = true;
  }

  #records(name: string, shard: Shard): Map<string, string> {
    shard.records ??= openRecords(join(this.#dir, `${name}.records.bin`), this.#version);
    return shard.records;
  }

  /** The article record (content/articles/<id>.json text) kept for a seed, if any. */
  getRecord(key: string): string | undefined {
    const name = key.slice(0, 2);
    const shard = this.#shard(key);
    const file = shard.newRecords.get(key);
    if (file !== undefined) return readText(file);
    return this.#records(name, shard).get(key);
  }

  /** Keep a seed's article record, copied from `file` by the next save() (file read then). */
  setRecordFile(key: string, file: string): void {
    this.#shard(key).newRecords.set(key, file);
  }

  /** Writes the shards this run changed, keeping only the entries this run used. */
  save(): void {
    for (const [name, shard] of this.#shards) {
      const unused = [...shard.entries.keys()].filter((k) => !shard.used.has(k));
      if (!shard.dirty && unused.length === 0 && shard.newRecords.size === 0) continue;
      for (const k of unused) shard.entries.delete(k);
      mkdirSync(this.#dir, { recursive: true });
      const entries: Array<[string, CachedSeed]> = [];
      for (const [k, v] of [...shard.entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const entry = typeof v === 'function' ? v() : v;
        shard.entries.set(k, entry);
        entries.push([k, entry]);
      }
      writeFileAtomic(join(this.#dir, `${name}.bin`), packShard(this.#version, entries));
      // Records: the old ones still in use, plus the new ones.
      const records = this.#records(name, shard);
      for (const [k, file] of shard.newRecords) {
        const text = readText(file);
        if (text !== undefined) records.set(k, text);
      }
      shard.newRecords.clear();
      for (const k of [...records.keys()]) if (!shard.entries.has(k)) records.delete(k);
      writeFileAtomic(join(this.#dir, `${name}.records.bin`), packRecords(this.#version, [...records].sort((a, b) => (a[0] < b[0] ? -1 : 1))));
      shard.records = undefined; // not needed again in this run, unless a record is asked for
      // Files of the JSON format this one replaced go (they would never be read again).
      for (const old of [`${name}.json`, `${name}.records.json`]) rmSync(join(this.#dir, old), { force: true });
    }
  }
}

/**
 * What the last run read from a seeds folder: per file, its stat signature (taken before the
 * file was read) and its cache key. A file whose signature has not changed holds the same
 * bytes, so its key is known without reading it: an incremental run reads only changed seeds.
 */
export class SeedIndex {
  readonly #path: string;
  readonly #version: string;
  /** file → [signature, key], as the last run left it. */
  readonly #known = new Map<string, [string, string]>();
  /** Signatures taken in this run, before reading. */
  readonly #seen = new Map<string, string>();
  readonly #next = new Map<string, [string, string]>();

  constructor(cacheDir: string, seedsDir: string, version = analysisVersion()) {
    const id = createHash('sha256').update(resolve(seedsDir)).digest('hex').slice(0, 16);
    this.#path = join(cacheDir, `seed-files-${id}.json`);
    this.#version = version;
    const data = readJson(this.#path) as { version?: string; files?: Record<string, [string, string]> } | undefined;
    if (data && data.version === version && data.files && typeof data.files === 'object') {
      for (const [file, v] of Object.entries(data.files)) {
        if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'string') this.#known.set(file, [v[0], v[1]]);
      }
    }
  }

  /** For readSeeds's `unchanged`: notes the file's signature, and says whether the last run read the same bytes. */
  unchanged(file: string, stat: Stats): boolean {
    const sig = statSignature(stat);
    this.#seen.set(file, sig);
    const known = this.#known.get(file);
    return known !== undefined && known[0] === sig;
  }

  /** The key of a file `unchanged` vouched for. */
  key(file: string): string | undefined {
    return this.#known.get(file)?.[1];
  }

  /** The key of a seed of this run (read, or vouched for), recorded under the signature taken before reading. */
  note(file: string, key: string): void {
    const sig = this.#seen.get(file);
    if (sig !== undefined) this.#next.set(file, [sig, key]);
  }

  /** Writes what this run noted, if it differs from what the last run left. */
  save(): void {
    const same = this.#next.size === this.#known.size && [...this.#next].every(([f, [sig, key]]) => {
      const k = this.#known.get(f);
      return k !== undefined && k[0] === sig && k[1] === key;
    });
    if (same) return;
    mkdirSync(dirname(this.#path), { recursive: true });
    const files = Object.fromEntries([...this.#next].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    writeFileAtomic(this.#path, JSON.stringify({ version: this.#version, files }));
  }
}

// ───────────────────────────── content ─────────────────────────────

/** What the merge stage needs to know about a claim page it does not read again. */
export interface CachedPage {
  /** Stat signature of the file when these facts were taken. */
  sig: string;
  identity: {
    title: string;
    engineTitle?: string | undefined;
    appearances: Array<{ source: string; quote: string; sentence: number }>;
    handWritten: boolean;
    /** The page's `aliases` (earlier slugs), when it has any: no new page may take one. */
    aliases?: string[] | undefined;
  };
  /** summarizeRaw of the page as it stands. */
  summary: PageSummary;
  /** Has an `engine` block; its `status` is `retired`. */
  engine: boolean;
  retired: boolean;
  /** Slugs its `related` entries point at (they must still exist, or the page is read to report the error). */
  related: string[];
  /** Merging the claim with this key leaves the page as it is, with this summary. */
  merge?: { key: string; summary: PageSummary };
  /**
   * The page is exactly what newPage() writes for the claim with the merge key (no author edit):
   * merging another claim into it gives what newPage() writes for that claim, so the page need
   * not be read to merge it (tests/unit/pipeline/ingest-cache.test.ts checks that equivalence).
   */
  pristine?: boolean;
}

/**
 * Where appearance quotes come from: the sentences of the articles of this run. A quote is
 * stored as a reference (article, sentence, article version) when it is that sentence of the
 * current version of its article, which is nearly always; otherwise it is stored as text.
 */
export interface QuoteSource {
  /** Short version tag of the current seed of `article`, or undefined when it has none. */
  tag(article: string): string | undefined;
  /** The sentence's text in the current version of `article`, or undefined. */
  quote(article: string, sentence: number): string | undefined;
  /** A sentence of the current version of `article` whose text has this quoteHash, or undefined. */
  byHash(article: string, hash: string): string | undefined;
}

/** Hash that stands for a quote's text in the content cache (64 bits of sha256). */
export const quoteHash = (quote: string): string => hash('sha256', quote).slice(0, 16);

const NO_QUOTES: QuoteSource = { tag: () => undefined, quote: () => undefined, byHash: () => undefined };

/** Lookup of cached page facts by slug (what the merge stage uses). */
export interface PageLookup {
  get(slug: string): CachedPage | undefined;
}

/** [title (0: the page's), verdict, retired, engine verdict, confidence, flags: 1 verdict by author, 2 title outdated, 4 body outdated]. */
type EncodedSummary = [string | 0, string, 0 | 1, string | null, number | null, number];
type EncodedPage = [
  string, // signature
  string, // title
  string | null | 0, // engine title: 0 = same as title, null = none
  0 | 1, // hand-written
  Array<[string, number, 0 | 1, string, string?]>, // appearances: [source, sentence, 0, version tag, quote hash] or [source, sentence, 1, quote]
  EncodedSummary,
  0 | 1, // engine block
  0 | 1, // retired
  string[], // related
  string | null, // merge key
  EncodedSummary | null, // merge summary
  0 | 1, // pristine
  string[], // aliases
];

const encodeSummary = (s: PageSummary, title: string): EncodedSummary => [
  s.title === title ? 0 : s.title,
  s.verdict,
  s.status === 'retired' ? 1 : 0,
  s.engine?.verdict ?? null,
  s.engine?.confidence ?? null,
  OUTDATABLE_ITEMS.reduce((flags, item, k) => (s.outdated?.includes(item) ? flags | (2 << k) : flags), s.verdictByAuthor ? 1 : 0),
];

function decodeSummary(slug: string, e: EncodedSummary, title: string): PageSummary {
  const s: PageSummary = {
    slug,
    title: e[0] === 0 ? title : e[0],
    verdict: e[1],
    status: e[2] === 1 ? 'retired' : 'active',
    verdictByAuthor: (e[5] & 1) === 1,
  };
  if (e[3] !== null) s.engine = { verdict: e[3], confidence: e[4] ?? 0 };
  const outdated = OUTDATABLE_ITEMS.filter((_, k) => (e[5] & (2 << k)) !== 0);
  if (outdated.length > 0) s.outdated = outdated;
  return s;
}

function encodePage(p: CachedPage, quotes: QuoteSource): EncodedPage {
  const title = p.identity.title;
  return [
    p.sig,
    title,
    p.identity.engineTitle === undefined ? null : p.identity.engineTitle === title ? 0 : p.identity.engineTitle,
    p.identity.handWritten ? 1 : 0,
    p.identity.appearances.map((a) => {
      const tag = quotes.tag(a.source);
      return tag !== undefined && quotes.quote(a.source, a.sentence) === a.quote
        ? [a.source, a.sentence, 0, tag, quoteHash(a.quote)]
        : [a.source, a.sentence, 1, a.quote];
    }),
    encodeSummary(p.summary, title),
    p.engine ? 1 : 0,
    p.retired ? 1 : 0,
    p.related,
    p.merge?.key ?? null,
    p.merge ? encodeSummary(p.merge.summary, title) : null,
    p.pristine ? 1 : 0,
    p.identity.aliases ?? [],
  ];
}

/** The page facts, or undefined when a quote cannot be restored (its article changed): the page is read again. */
function decodePage(slug: string, e: EncodedPage, quotes: QuoteSource): CachedPage | undefined {
  const title = e[1];
  const appearances: Array<{ source: string; quote: string; sentence: number }> = [];
  for (const [source, sentence, kind, value, h] of e[4]) {
    if (kind === 1) appearances.push({ source, quote: value, sentence });
    else {
      // Same version of the article: its sentence; else a sentence of the new version with the
      // same text (edits elsewhere in the article shift sentence numbers, not texts).
      const quote = quotes.tag(source) === value ? quotes.quote(source, sentence) : h === undefined ? undefined : quotes.byHash(source, h);
      if (quote === undefined) return undefined;
      appearances.push({ source, quote, sentence });
    }
  }
  const page: CachedPage = {
    sig: e[0],
    identity: { title, engineTitle: e[2] === 0 ? title : (e[2] ?? undefined), appearances, handWritten: e[3] === 1, ...(e[12].length > 0 ? { aliases: e[12] } : {}) },
    summary: decodeSummary(slug, e[5], title),
    engine: e[6] === 1,
    retired: e[7] === 1,
    related: e[8],
  };
  if (e[9] !== null && e[10] !== null) page.merge = { key: e[9], summary: decodeSummary(slug, e[10], title) };
  if (e[11] === 1 && page.merge) page.pristine = true;
  return page;
}

function packSummary(w: PackWriter, e: EncodedSummary): void {
  w.int(e[0] === 0 ? 0 : 1);
  if (e[0] !== 0) w.text(e[0]);
  w.word(e[1]);
  w.int(e[2]);
  w.word(e[3]);
  w.word(e[4] === null ? null : String(e[4]));
  w.int(e[5]);
}

function readSummary(r: PackReader): EncodedSummary {
  const title = r.int() === 0 ? 0 : need(r.text());
  const verdict = need(r.word());
  const status = r.int() === 1 ? 1 : 0;
  const engine = r.word();
  const confidence = r.word();
  return [title, verdict, status, engine, confidence === null ? null : Number(confidence), r.int()];
}

function packPage(w: PackWriter, e: EncodedPage): void {
  w.text(e[0]);
  w.text(e[1]);
  w.int(e[2] === 0 ? 0 : e[2] === null ? 1 : 2);
  if (typeof e[2] === 'string') w.text(e[2]);
  w.int(e[3]);
  w.int(e[4].length);
  for (const [source, sentence, kind, value, h] of e[4]) {
    w.word(source);
    w.int(sentence);
    w.int(kind);
    if (kind === 1) w.text(value);
    else {
      w.word(value);
      w.word(h ?? null);
    }
  }
  packSummary(w, e[5]);
  w.int(e[6]);
  w.int(e[7]);
  w.words(e[8]);
  w.text(e[9]);
  w.int(e[10] === null ? 0 : 1);
  if (e[10] !== null) packSummary(w, e[10]);
  w.int(e[11]);
  w.words(e[12]);
}

function readPage(r: PackReader): EncodedPage {
  const sig = need(r.text());
  const title = need(r.text());
  const engineKind = r.int();
  const engineTitle = engineKind === 0 ? 0 : engineKind === 1 ? null : need(r.text());
  const handWritten = r.int() === 1 ? 1 : 0;
  const appearances: EncodedPage[4] = [];
  for (let n = r.int(); n > 0; n--) {
    const source = need(r.word());
    const sentence = r.int();
    if (r.int() === 1) appearances.push([source, sentence, 1, need(r.text())]);
    else {
      const tag = need(r.word());
      const h = r.word();
      appearances.push(h === null ? [source, sentence, 0, tag] : [source, sentence, 0, tag, h]);
    }
  }
  const summary = readSummary(r);
  const engine = r.int() === 1 ? 1 : 0;
  const retired = r.int() === 1 ? 1 : 0;
  const related = r.words();
  const mergeKey = r.text();
  const mergeSummary = r.int() === 1 ? readSummary(r) : null;
  const pristine = r.int() === 1 ? 1 : 0;
  return [sig, title, engineTitle, handWritten, appearances, summary, engine, retired, related, mergeKey, mergeSummary, pristine, r.words()];
}

/**
 * decodePage(slug, readPage(r), quotes), read straight from the packed form: every page of a
 * large site is looked up on every run, and the intermediate tuples would be garbage at once.
 */
function readCachedPage(r: PackReader, slug: string, quotes: QuoteSource): CachedPage | undefined {
  const sig = need(r.text());
  const title = need(r.text());
  const engineKind = r.int();
  const engineTitle = engineKind === 0 ? title : engineKind === 1 ? undefined : need(r.text());
  const handWritten = r.int() === 1;
  const appearances: Array<{ source: string; quote: string; sentence: number }> = [];
  for (let n = r.int(); n > 0; n--) {
    const source = need(r.word());
    const sentence = r.int();
    let quote: string | undefined;
    if (r.int() === 1) quote = need(r.text());
    else {
      const tag = need(r.word());
      const h = r.word();
      // Same version of the article: its sentence; else a sentence of the new version with the
      // same text (edits elsewhere in the article shift sentence numbers, not texts).
      quote = quotes.tag(source) === tag ? quotes.quote(source, sentence) : h === null ? undefined : quotes.byHash(source, h);
      if (quote === undefined) return undefined;
    }
    appearances.push({ source, quote, sentence });
  }
  const summary = decodeSummary(slug, readSummary(r), title);
  const engine = r.int() === 1;
  const retired = r.int() === 1;
  const related = r.words();
  const page: CachedPage = { sig, identity: { title, engineTitle, appearances, handWritten }, summary, engine, retired, related };
  const mergeKey = r.text();
  const mergeSummary = r.int() === 1 ? readSummary(r) : null;
  if (mergeKey !== null && mergeSummary !== null) page.merge = { key: mergeKey, summary: decodeSummary(slug, mergeSummary, title) };
  if (r.int() === 1 && page.merge) page.pristine = true;
  const aliases = r.words();
  if (aliases.length > 0) page.identity.aliases = aliases;
  return page;
}

/**
 * The content cache is kept in shards (by a hash of the page slug or file path), so that a run
 * that changes a few pages rewrites a few small files, not the whole cache.
 */
const CONTENT_SHARDS = 256;

function contentShardOf(key: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
  return (h >>> 0) % CONTENT_SHARDS;
}

interface ContentShard {
  /** Article records and other plain files: relative path → [signature, sha256 of the bytes]. */
  files: Map<string, [string, string]>;
  /** Pages in stored form: encoded in this run, or where they start in the shard file (`reader`). */
  stored: Map<string, EncodedPage | number>;
  reader: PackReader | null;
  /** Pages decoded and handed out in this run. */
  pages: Map<string, CachedPage>;
  dirty: boolean;
}

/** A page's stored form, read from its shard file if it comes from there. */
function storedPage(shard: ContentShard, e: EncodedPage | number): EncodedPage {
  if (typeof e !== 'number') return e;
  shard.reader!.seek(e);
  return readPage(shard.reader!);
}

/** A shard file: the version, the plain files, then the pages' slugs with where each starts, then the pages. */
function packContentShard(version: string, shard: ContentShard): Buffer {
  const w = new PackWriter();
  w.text(version);
  const files = [...shard.files].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  w.int(files.length);
  for (const [rel, [sig, hash]] of files) {
    w.text(rel);
    w.text(sig);
    w.text(hash);
  }
  const pages = [...shard.stored].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  w.keyed(pages, (e) => packPage(w, storedPage(shard, e)));
  return w.toBuffer();
}

function openContentShard(path: string, version: string): ContentShard {
  const empty = (): ContentShard => ({ files: new Map(), stored: new Map(), reader: null, pages: new Map(), dirty: false });
  const shard = empty();
  try {
    // Not interned: quote hashes and version tags are many and mostly unique to this cache.
    const r = new PackReader(readFileSync(path));
    if (r.text() !== version) return shard;
    for (let n = r.int(); n > 0; n--) shard.files.set(need(r.text()), [need(r.text()), need(r.text())]);
    shard.stored = r.keyed();
    shard.reader = r;
  } catch {
    return empty(); // missing or damaged: empty
  }
  return shard;
}

/** Per content folder: signatures and facts of the files ingest wrote or read there. */
export class ContentCache implements PageLookup {
  readonly #dir: string;
  /** The single JSON file of the format before shards (removed on save). */
  readonly #legacy: string;
  readonly #version: string;
  readonly #shards = new Map<number, ContentShard>();
  #quotes: QuoteSource;

  constructor(cacheDir: string, contentDir: string, quotes: QuoteSource = NO_QUOTES, version = codeVersion()) {
    const id = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 16);
    this.#dir = join(cacheDir, `content-${id}`);
    this.#legacy = join(cacheDir, `content-${id}.json`);
    this.#version = version;
    this.#quotes = quotes;
  }

  #shard(k: number): ContentShard {
    let shard = this.#shards.get(k);
    if (!shard) {
      shard = openContentShard(join(this.#dir, `${k.toString(16).padStart(2, '0')}.bin`), this.#version);
      this.#shards.set(k, shard);
    }
    return shard;
  }

  #all(): Array<[number, ContentShard]> {
    for (let k = 0; k < CONTENT_SHARDS; k++) this.#shard(k);
    return [...this.#shards];
  }

  /** Where quotes come from (set before pages are looked up or stored). */
  setQuotes(quotes: QuoteSource): void {
    this.#quotes = quotes;
  }

  /** The cached facts of a page (decoded on first use), or undefined. */
  get(slug: string): CachedPage | undefined {
    const shard = this.#shard(contentShardOf(slug));
    const known = shard.pages.get(slug);
    if (known) return known;
    const e = shard.stored.get(slug);
    if (e === undefined) return undefined;
    try {
      let page: CachedPage | undefined;
      if (typeof e === 'number') {
        shard.reader!.seek(e);
        page = readCachedPage(shard.reader!, slug, this.#quotes);
      } else page = decodePage(slug, e, this.#quotes);
      if (page) shard.pages.set(slug, page);
      return page;
    } catch {
      return undefined; // damaged entry: the page is read again
    }
  }

  /** Number of pages the cache knows (all shards). */
  pageCount(): number {
    let n = 0;
    for (const [, shard] of this.#all()) n += shard.stored.size;
    return n;
  }

  /** The stat signature recorded for a page, without decoding the rest of it; undefined if unknown. */
  pageSignature(slug: string): string | undefined {
    const shard = this.#shard(contentShardOf(slug));
    const known = shard.pages.get(slug);
    if (known) return known.sig;
    const e = shard.stored.get(slug);
    if (e === undefined) return undefined;
    if (typeof e !== 'number') return e[0];
    try {
      shard.reader!.seek(e);
      return shard.reader!.text() ?? undefined; // a page's entry starts with its signature
    } catch {
      return undefined;
    }
  }

  /** Number of plain files recorded under a relative path prefix (e.g. `articles/`). */
  fileCount(prefix: string): number {
    let n = 0;
    for (const [, shard] of this.#all()) for (const rel of shard.files.keys()) if (rel.startsWith(prefix)) n++;
    return n;
  }

  /** The stat signature recorded for a plain file, or undefined. */
  fileSignature(rel: string): string | undefined {
    return this.#shard(contentShardOf(rel)).files.get(rel)?.[0];
  }

  /** True when `path` (relative key `rel`) still holds the bytes with this hash, as last recorded. */
  fileHolds(rel: string, path: string, hash: string): boolean {
    const known = this.#shard(contentShardOf(rel)).files.get(rel);
    return !!known && known[1] === hash && statSignatureOf(path) === known[0];
  }

  /** Record that `path` now holds bytes with this hash. */
  noteFile(rel: string, path: string, hash: string): void {
    const shard = this.#shard(contentShardOf(rel));
    const sig = statSignatureOf(path);
    const known = shard.files.get(rel);
    if (sig === null) {
      if (known) {
        shard.files.delete(rel);
        shard.dirty = true;
      }
      return;
    }
    if (known && known[0] === sig && known[1] === hash) return;
    shard.files.set(rel, [sig, hash]);
    shard.dirty = true;
  }

  /** Keep only the plain-file entries whose relative path passes `keep`. */
  pruneFiles(keep: (rel: string) => boolean): void {
    for (const [, shard] of this.#all()) {
      for (const k of [...shard.files.keys()]) {
        if (!keep(k)) {
          shard.files.delete(k);
          shard.dirty = true;
        }
      }
    }
  }

  /**
   * Replace the page entries with `pages` (the pages on disk after this run). Entries this cache
   * handed out and that come back unchanged keep their stored form; a shard none of whose pages
   * changed is not written again.
   */
  setPages(pages: ReadonlyMap<string, CachedPage>): void {
    const bySlugShard = new Map<number, Array<[string, CachedPage]>>();
    for (const entry of pages) {
      const k = contentShardOf(entry[0]);
      const list = bySlugShard.get(k);
      if (list) list.push(entry);
      else bySlugShard.set(k, [entry]);
    }
    for (const [k, shard] of this.#all()) {
      const mine = bySlugShard.get(k) ?? [];
      const stored = new Map<string, EncodedPage | number>();
      let same = mine.length === shard.stored.size;
      for (const [slug, page] of mine) {
        const old = shard.stored.get(slug);
        if (old !== undefined && shard.pages.get(slug) === page) stored.set(slug, old);
        else {
          stored.set(slug, encodePage(page, this.#quotes));
          same = false;
        }
      }
      if (same) continue;
      shard.pages = new Map(mine.filter(([slug, page]) => shard.pages.get(slug) === page));
      shard.stored = stored;
      shard.dirty = true;
    }
  }

  /** Writes the shards this run changed. */
  save(): void {
    for (const [k, shard] of this.#shards) {
      if (!shard.dirty) continue;
      mkdirSync(this.#dir, { recursive: true });
      writeFileAtomic(join(this.#dir, `${k.toString(16).padStart(2, '0')}.bin`), packContentShard(this.#version, shard));
      shard.dirty = false;
    }
    rmSync(this.#legacy, { force: true });
  }
}
