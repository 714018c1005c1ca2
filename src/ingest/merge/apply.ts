/**
 * The merge stage: existing pages in content/claims + this run's GeneratedClaims → page texts.
 *
 * 1. Read and validate every existing page. Any error → nothing is written; the caller fails
 *    ingest with the messages (formatPageError).
 * 2. Match claims to pages (identity.ts), merge or create each page, retire pages whose claim is gone.
 * 3. Only then write, atomically, and only files whose text changed.
 */
import { hash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { writeIfChanged } from '../fs/atomic-write.ts';
import { fsReason } from '../fs/folders.ts';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { invalidByte, invalidUtf8Offset } from '../read-seeds.ts';
import type { GeneratedClaim } from '../types.ts';
import { assignSlugs, baseSlug } from './identity.ts';
import type { PageIdentity } from './identity.ts';
import { mergePage, newPage, retirePage, summarizeRaw } from './merge-page.ts';
import type { PageSummary } from './merge-page.ts';
import { deferDocument, pageError, readPage } from './read-page.ts';
import type { ExistingPage, PageError } from './read-page.ts';
import { REVIEW_STATE_PATH, buildReviewState, serializeReviewState } from './review-state.ts';
import { statSignatureOf } from '../fs/stat-signature.ts';
import { clashMessage, resolveAliases } from '../../schema/aliases.ts';
import type { CachedPage, PageLookup } from '../pipeline/ingest-cache.ts';
import type { ReviewState } from './review-state.ts';

export interface FileWrite {
  path: string;
  text: string;
  /** For a page that existed: its stat signature when it was read (see StagedWrites.stage). */
  readAs?: string | undefined;
}

export interface ApplyResult {
  /** Files whose text changes (new pages, merged pages, review state); empty when there are errors. */
  writes: FileWrite[];
  report: ReviewState;
  errors: PageError[];
  /** Things an author should know that stop nothing (copies of a page). */
  warnings: string[];
  /** Every page after the merge, by slug (for callers that want to inspect). */
  pages: PageSummary[];
}

export interface ApplyOptions {
  /** Also write the changed files (default false: the caller writes `writes`, e.g. with writeIfChanged). */
  write?: boolean;
  /**
   * What an earlier run learnt about the pages (ContentCache.pages). A page whose file has the
   * recorded stat signature is not read again; merging the same claim into it (same merge key,
   * see mergeKey) is known to leave it unchanged. Output is the same with or without.
   */
  pageCache?: PageLookup;
  /** Article id → version of its seed (cache key): lets a merge key stand for the quotes of its sentences. */
  articleVersions?: ReadonlyMap<string, string>;
  /**
   * Receives each changed page as soon as its text is known, instead of `writes` collecting them
   * (the review state still comes in `writes`): large corpora need not hold every page in memory.
   */
  onPage?: (write: FileWrite) => void;
}

/** Facts for the page cache after the merge; `sig` is '' for pages this run writes (taken after writing). */
export type PageFacts = Map<string, CachedPage>;

/** Path for messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** The claim pages of `<contentDir>/claims`: paths and slugs sorted by slug, and the set of slugs. */
function claimPageFiles(contentDir: string): { pages: Array<{ path: string; slug: string }>; known: Set<string> } {
  const dir = join(contentDir, 'claims');
  if (!existsSync(dir)) return { pages: [], known: new Set() };
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ path: join(dir, f), slug: f.slice(0, -4) }));
  return { pages, known: new Set(pages.map((p) => p.slug)) };
}

/**
 * Reads and validates one page. An entry that cannot be read as a file (a folder named like a
 * page, a broken link) is a page with one error naming it, so that it stops ingest like any
 * other invalid page instead of crashing it.
 */
function readPageFile(path: string, slug: string, known: ReadonlySet<string>): ExistingPage {
  const refuse = (message: string, line = 1): ExistingPage => {
    const page = readPage(displayPath(path), slug, '', { knownSlugs: known });
    page.errors.splice(0, page.errors.length, pageError({ file: page.file, line, field: 'file', message }));
    return page;
  };
  // Astro's loader cuts a page's path at "?" or "#": such a page would vanish from the site.
  if (/[?#]/.test(slug)) return refuse(`"${basename(path)}" cannot be a page's file name ("?" and "#" end a web address): rename the file without them`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return refuse(`cannot be read as a page (${fsReason(error)}); move it out of the claims folder or replace it with an .mdx file`);
  }
  // Decoded leniently, a byte of another encoding would become U+FFFD, and the author's words
  // with it the next time the page is rewritten.
  if (!isUtf8(bytes)) {
    const at = invalidUtf8Offset(bytes);
    const line = at < 0 ? 1 : bytes.subarray(0, at).toString('latin1').split('\n').length;
    const which = at < 0 ? '' : ` (${invalidByte(bytes, at)})`;
    return refuse(`is not UTF-8${which}: save the file as UTF-8; nothing was rewritten`, line);
  }
  return readPage(displayPath(path), slug, bytes.toString('utf8'), { knownSlugs: known });
}

/** Reads and validates every page of `<contentDir>/claims`, sorted by slug (alias clashes included). */
export function readAllPages(contentDir: string): ExistingPage[] {
  const { pages, known } = claimPageFiles(contentDir);
  const first = pages.map(({ path, slug }) => readPageFile(path, slug, known));
  // A hand-written page's `related` may name a page by an old name (its redirect leads there).
  const read = learnOldNames(known, first.flatMap((p) => p.data?.aliases ?? []))
    ? first.map((p, i) => (relatedNamesOldName(p, known) ? readPageFile(pages[i]!.path, p.slug, known) : p))
    : first;
  const bySlug = new Map(read.map((p) => [p.slug, p]));
  for (const { slug, error } of aliasClashErrors(contentDir, read.map((p) => ({ slug: p.slug, aliases: p.data?.aliases })))) bySlug.get(slug)!.errors.push(error);
  return read;
}

/**
 * An error per old name (`aliases`) that another page has as its name or old name — on the line
 * of the page's `aliases`: the site could not build with one address meaning two pages.
 */
function aliasClashErrors(contentDir: string, pages: ReadonlyArray<{ slug: string; aliases?: readonly string[] | undefined }>): Array<{ slug: string; error: PageError }> {
  if (!pages.some((p) => p.aliases && p.aliases.length > 0)) return []; // the usual case, on every run
  const fileOf = (slug: string): string => displayPath(join(contentDir, 'claims', `${slug}.mdx`));
  return resolveAliases(pages.map((p) => ({ slug: p.slug, data: p }))).clashes.map((c) => {
    const line = readFileSync(join(contentDir, 'claims', `${c.page}.mdx`), 'utf8').split('\n').findIndex((l) => /^aliases\s*:/.test(l)) + 1;
    return { slug: c.page, error: pageError({ file: fileOf(c.page), line: Math.max(line, 1), field: 'aliases', message: clashMessage(c, fileOf) }) };
  });
}

/** A page of content/claims: read and parsed, or known from the page cache (not read). */
type PageRef =
  | { slug: string; page: ExistingPage; identity: PageIdentity; sig: string; cached?: undefined }
  | { slug: string; cached: CachedPage; path: string; known: ReadonlySet<string>; page?: undefined };

/** A page's stat signature as it was when the merge read it (or the cache vouched for it). */
const sigOf = (ref: PageRef): string => (ref.page ? ref.sig : ref.cached.sig);

/**
 * Adds to `known` (the names a `related` entry may use) the old names pages keep in `aliases`;
 * true when there are any. Known only once every page is read, so pages whose `related` named
 * one are read again (relatedNamesOldName).
 */
function learnOldNames(known: Set<string>, aliases: readonly string[]): boolean {
  for (const a of aliases) known.add(a);
  return aliases.length > 0;
}

/** Did the page fail only because a `related` entry names a page by a name `known` has now? */
function relatedNamesOldName(page: ExistingPage, known: ReadonlySet<string>): boolean {
  const related = page.raw?.['related'];
  return (
    page.errors.some((e) => /^related\[\d+\]\.slug$/.test(e.field)) &&
    Array.isArray(related) &&
    related.some((r: unknown) => r !== null && typeof r === 'object' && known.has(String((r as Record<string, unknown>)['slug'])))
  );
}

/** readAllPages, except that pages the cache vouches for are not read. */
function readPageRefs(contentDir: string, cache: PageLookup | undefined): PageRef[] {
  const { pages, known } = claimPageFiles(contentDir);
  const refs = pages.map(({ path, slug }): PageRef => {
    // Taken before the read: the merge of this text must not overwrite a later save (StagedWrites).
    const sig = statSignatureOf(path) ?? '';
    const hit = cache?.get(slug);
    if (hit && hit.sig === sig && sig !== '' && hit.related.every((r) => known.has(r))) return { slug, cached: hit, path, known };
    pageReads.count++;
    const page = readPageFile(path, slug, known);
    const identity = identityOf(page); // before slim() lets go of the validated data
    return { slug, page: slim(page), identity, sig };
  });
  const aliases = refs.flatMap((r) => (r.page ? (r.identity.aliases ?? []) : (r.cached.identity.aliases ?? [])));
  if (!learnOldNames(known, aliases)) return refs;
  return refs.map((ref, k) => {
    if (!ref.page || !relatedNamesOldName(ref.page, known)) return ref;
    const page = readPageFile(pages[k]!.path, ref.slug, known);
    return { slug: ref.slug, page: slim(page), identity: identityOf(page), sig: ref.sig };
  });
}

/**
 * A read page without its parse tree, which is large and needed only to edit the page: it is
 * parsed again (the same way readPage parses it) if and when an edit asks for it. Every page of
 * a large site is read before any is merged; holding every tree would take gigabytes.
 */
function slim(page: ExistingPage): ExistingPage {
  if (page.errors.length > 0) return page;
  page.data = null; // validated; what the merge needs of it is in the page's identity (kept apart)
  return deferDocument(page);
}

/** Pages read and parsed by the last applyClaims call (for timings and tests). */
export const pageReads = { count: 0 };

/** The parsed page behind a ref and its identity (read now if it was only known from the cache). */
function pageOf(ref: PageRef): { page: ExistingPage; identity: PageIdentity } {
  if (ref.page) return { page: ref.page, identity: ref.identity };
  pageReads.count++;
  const page = readPageFile(ref.path, ref.slug, ref.known);
  return { page, identity: identityOf(page) };
}

function identityOf(p: ExistingPage): PageIdentity {
  const raw = p.raw ?? {};
  const engine = raw['engine'] && typeof raw['engine'] === 'object' ? (raw['engine'] as Record<string, unknown>) : undefined;
  return {
    slug: p.slug,
    title: p.data?.title ?? '',
    engineTitle: typeof engine?.['title'] === 'string' ? engine['title'] : undefined,
    appearances: p.data?.appearances ?? [],
    handWritten: engine === undefined,
    ...(p.data?.aliases && p.data.aliases.length > 0 ? { aliases: p.data.aliases } : {}),
  };
}

/** What the page cache keeps about a page as it stands (without a merge result). */
function factsOf(p: ExistingPage, id: PageIdentity, sig: string): CachedPage {
  const raw = p.raw ?? {};
  const related = Array.isArray(raw['related'])
    ? (raw['related'] as unknown[]).flatMap((r) => {
        const t = r && typeof r === 'object' ? (r as Record<string, unknown>)['slug'] : undefined;
        return typeof t === 'string' ? [t] : [];
      })
    : [];
  return {
    sig,
    identity: {
      title: id.title,
      engineTitle: id.engineTitle,
      appearances: id.appearances.map((a) => ({ source: a.source, quote: a.quote, sentence: a.sentence })),
      handWritten: id.handWritten,
      ...(id.aliases ? { aliases: [...id.aliases] } : {}),
    },
    summary: summarizeRaw(p.slug, raw),
    engine: 'engine' in raw,
    retired: raw['status'] === 'retired',
    related,
  };
}

/**
 * Page-cache facts of a page newPage() wrote for the claim with merge key `key` (the signature is
 * filled in once the page is written). Such a page merged with the same claim comes out as it is,
 * and merged with another claim comes out as newPage() writes that one (both checked in
 * tests/unit/pipeline/ingest-cache.test.ts).
 */
function pristineFacts(slug: string, created: ReturnType<typeof newPage>, key: string, sig = ''): CachedPage {
  const fm = created.frontmatter;
  return {
    sig,
    identity: {
      title: fm.title,
      engineTitle: fm.engine.title,
      appearances: fm.appearances.map((a) => ({ source: a.source, quote: a.quote, sentence: a.sentence })),
      handWritten: false,
    },
    summary: summarizeRaw(slug, fm as unknown as Record<string, unknown>),
    engine: true,
    retired: false,
    related: fm.related.map((r) => r.slug),
    merge: { key, summary: created.summary },
    pristine: true,
  };
}

/**
 * Everything a page's merge result depends on besides the page itself: the claim, the page's
 * slug and where its related claims landed. Quotes are represented by their article's version
 * and sentence number (a sentence's text is fixed by the seed's bytes).
 */
export function mergeKey(
  claim: GeneratedClaim,
  slug: string,
  slugMap: ReadonlyMap<string, string>,
  versions: ReadonlyMap<string, string>,
): string {
  const parts: unknown[] = [slug, claim.title, claim.engine, claim.reasons, claim.summary, claim.related.map((r) => [r.relation, r.slug, slugMap.get(r.slug) ?? null])];
  for (const a of claim.appearances) {
    const v = versions.get(a.source);
    parts.push(a.source, v ?? a.quote, v === undefined ? 0 : 1, a.sentence, a.outlet, a.date, a.speaker, a.role, a.attribution, a.via, a.stance);
  }
  return hash('sha256', JSON.stringify(parts)).slice(0, 32);
}

/** Computes (and with `write: true` writes) the merge of `generated` into `<contentDir>/claims`. */
export function applyClaims(
  contentDir: string,
  generated: readonly GeneratedClaim[],
  options: ApplyOptions = {},
): ApplyResult & { pageFacts?: PageFacts } {
  pageReads.count = 0;
  const refs = readPageRefs(contentDir, options.pageCache);
  const errors = refs.flatMap((r) => r.page?.errors ?? []);
  const statePath = join(contentDir, REVIEW_STATE_PATH);
  // A bad page stops the merge: nothing is written, the pages are reported as they stand.
  const stop = (problems: PageError[]): ApplyResult => {
    const current = refs.map((r) => (r.page ? summarizeRaw(r.slug, r.page.raw ?? {}) : r.cached.summary));
    return { writes: [], report: buildReviewState(current, new Set()), errors: problems, warnings: [], pages: current };
  };
  if (errors.length > 0) return stop(errors);

  const bySlug = new Map(refs.map((r) => [r.slug, r]));
  const identities = refs.map((r): PageIdentity => (r.page ? r.identity : { slug: r.slug, ...r.cached.identity }));
  const clashes = aliasClashErrors(contentDir, identities);
  if (clashes.length > 0) return stop(clashes.map((c) => c.error));
  const ids = assignSlugs(identities, generated, bySlug.keys());
  const pagePath = (slug: string): string => displayPath(join(contentDir, 'claims', `${slug}.mdx`));
  const warnings = ids.copies.map(
    ({ kept, others }) =>
      `${others.map(pagePath).join(', ')}: the same appearances as ${pagePath(kept)}, which keeps the claim (a copy is retired; delete the page you do not want)`,
  );
  // Proposed slug (as the engine uses it in `related`) → final slug. First claim wins on duplicates.
  const slugMap = new Map<string, string>();
  generated.forEach((c, i) => {
    for (const proposed of [c.slug, baseSlug(c.title)]) if (!slugMap.has(proposed)) slugMap.set(proposed, ids.slugs[i]!);
  });

  const caching = options.pageCache !== undefined;
  const versions = options.articleVersions ?? new Map<string, string>();
  const facts: PageFacts = new Map();
  const dir = join(contentDir, 'claims');
  const pageWrites: Array<{ slug: string; write: FileWrite }> = [];
  /** Each page's summary after the merge; `text` null: the page stays as it is on disk. */
  const out = new Map<string, PageSummary>();
  const settle = (slug: string, r: { text: string | null; summary: PageSummary; old: string | null }, ref?: PageRef): void => {
    out.set(slug, r.summary);
    if (r.text === null || r.text === r.old) return;
    const readAs = ref ? sigOf(ref) || undefined : undefined;
    const write: FileWrite = { path: join(dir, `${slug}.mdx`), text: r.text, readAs };
    if (options.onPage) options.onPage(write);
    else pageWrites.push({ slug, write });
  };
  const newSlugs = new Set<string>();
  generated.forEach((claim, i) => {
    const slug = ids.slugs[i]!;
    const ref = bySlug.get(slug);
    const key = caching ? mergeKey(claim, slug, slugMap, versions) : '';
    if (ref) {
      const hit = ref.cached;
      if (hit && !hit.engine) {
        // Hand-written: respected untouched (as mergePage does).
        settle(slug, { text: null, summary: hit.summary, old: null });
        facts.set(slug, hit);
        return;
      }
      if (hit?.merge && hit.merge.key === key) {
        settle(slug, { text: null, summary: hit.merge.summary, old: null });
        facts.set(slug, hit);
        return;
      }
      if (hit?.pristine) {
        // Exactly a generated page: merging gives the page newPage() writes for this claim.
        const created = newPage(claim, slug, slugMap);
        settle(slug, { text: created.text, summary: created.summary, old: null }, ref);
        facts.set(slug, pristineFacts(slug, created, key));
        return;
      }
      const { page, identity } = pageOf(ref);
      const merged = mergePage(page, claim, slugMap);
      settle(slug, { ...merged, old: page.text }, ref);
      if (caching) {
        // Is the merged page exactly the generated one (no author edit in it)? Then it is pristine.
        const created = 'engine' in (page.raw ?? {}) ? newPage(claim, slug, slugMap) : null;
        if (created && created.text === merged.text) facts.set(slug, pristineFacts(slug, created, key, merged.text === page.text ? sigOf(ref) : ''));
        else if (merged.text === page.text) facts.set(slug, { ...factsOf(page, identity, sigOf(ref)), merge: { key, summary: merged.summary } });
      }
    } else {
      newSlugs.add(slug);
      const created = newPage(claim, slug, slugMap);
      settle(slug, { text: created.text, summary: created.summary, old: null });
      if (caching) facts.set(slug, pristineFacts(slug, created, key));
    }
  });
  for (const ref of refs) {
    if (out.has(ref.slug)) continue;
    const hit = ref.cached;
    if (hit && (!hit.engine || hit.retired)) {
      settle(ref.slug, { text: null, summary: hit.summary, old: null });
      facts.set(ref.slug, hit);
      continue;
    }
    const { page, identity } = pageOf(ref);
    const retired = retirePage(page);
    settle(ref.slug, { ...retired, old: page.text }, ref);
    if (caching && retired.text === page.text) facts.set(ref.slug, factsOf(page, identity, sigOf(ref)));
  }

  const writes = pageWrites.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)).map((w) => w.write);
  const summaries = [...out.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const report = buildReviewState(summaries, newSlugs);
  const stateText = serializeReviewState(report);
  const oldState = existsSync(statePath) ? readFileSync(statePath, 'utf8') : null;
  if (stateText !== oldState) {
    writes.push({ path: statePath, text: stateText });
    // Callers write `writes` with writeIfChanged, which expects the directory to exist.
    mkdirSync(dirname(statePath), { recursive: true });
  }

  if (options.write === true) writeAll(writes);
  const result: ApplyResult & { pageFacts?: PageFacts } = { writes, report, errors: [], warnings, pages: summaries };
  if (caching) result.pageFacts = facts;
  return result;
}

/**
 * Writes the files of a merge, each atomically and only when its bytes changed (writeIfChanged).
 * Returns the paths actually written.
 */
export function writeAll(writes: readonly FileWrite[]): string[] {
  const written: string[] = [];
  for (const w of writes) {
    mkdirSync(dirname(w.path), { recursive: true });
    if (writeIfChanged(w.path, w.text)) written.push(w.path);
  }
  return written;
}
