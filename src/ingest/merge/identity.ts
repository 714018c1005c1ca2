/**
 * Claim identity across runs: which existing page (slug) does each generated claim belong to?
 *
 * 0. Same evidence: a page carrying exactly the claim's appearances, when that evidence is unique
 *    on both sides, is the claim's page.
 * 1. Appearance overlap. Every appearance is indexed under `source + quote` and `source + sentence`.
 *    A generated claim scores 2 per appearance whose quote a page already carries, 1 per appearance
 *    at the same sentence number whose words are mostly the page's (wording shifted in place: a
 *    new sentence inserted before it takes its number, not its page), plus title similarity (< 1)
 *    to break ties between claims that share a sentence. Equal scores go to the page whose slug
 *    is the one the claim would get (a copy of a page does not take its claim).
 * 2. Fallback for claims left over (the seed was edited so quotes and sentence numbers moved):
 *    pages sharing a source, scored by the best quote token similarity or title similarity (≥ 0.5).
 * 3. Last resort: title token similarity (≥ 0.7) through an inverted token index.
 * Pairs are taken greedily, best score first, one page per claim. Everything is indexed, so the
 * cost grows with the number of actual overlaps, not claims × pages. Ties resolve on content, not
 * input order, so the result is deterministic.
 *
 * Claims left without a page get a new slug: the engine's proposed slug (github-slugger of the title;
 * baseSlug() when none is proposed), suffixed `-1`, `-2`, …
 * until it collides with no file in content/claims (retired pages included), no page's `aliases`
 * (an old address that redirects to a renamed page) and no slug of this run.
 */
import { slug as slugify } from 'github-slugger';
import type { GeneratedClaim } from '../types.ts';

export interface PageIdentity {
  slug: string;
  title: string;
  /** Title the engine last generated for the page, when known. */
  engineTitle?: string | undefined;
  appearances: ReadonlyArray<{ source: string; quote: string; sentence: number }>;
  /** Hand-written pages (no `engine`) only match on appearance overlap. */
  handWritten: boolean;
  /** Earlier slugs of the page (its `aliases`): their addresses redirect to it, so no new page takes one. */
  aliases?: readonly string[] | undefined;
}

export type MatchKind = 'appearance' | 'similarity' | 'title' | 'new';

export interface IdentityResult {
  /** Final slug per generated claim (same order as the input). */
  slugs: string[];
  match: MatchKind[];
  /** Pages carrying the very same appearances as the page a claim went to (copies): the slug kept, the others. */
  copies: Array<{ kept: string; others: string[] }>;
}

/** Share of words a sentence must keep to stay on its page when its wording changed in place. */
const SAME_SENTENCE_WORDS = 0.5;

const STOPWORDS = new Set(
  'a an the of to in on at for and or but is are was were be been has have had it its that this with by from as not no'.split(' '),
);

export function tokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (t.length > 1 && !STOPWORDS.has(t)) out.add(t);
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Whitespace other than a plain space. */
const OTHER_SPACE = /[^\S ]/;
/** Text norm() would change: whitespace at an edge, in a run, or other than a plain space. */
const needsNorm = (s: string): boolean => s.startsWith(' ') || s.endsWith(' ') || s.includes('  ') || OTHER_SPACE.test(s);

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Slug for a new page: github-slugger of the title, at most 80 characters, cut at a hyphen. */
export function baseSlug(title: string): string {
  let s = slugify(title);
  if (s.length > 80) {
    const cut = s.lastIndexOf('-', 80);
    s = s.slice(0, cut > 20 ? cut : 80);
  }
  s = s.replace(/-+$/, '');
  return s === '' ? 'claim' : s;
}

/**
 * The appearances pages carry for one source, in page order, as columns: quote length (scanned
 * first, no string touched), sentence number, quote (normalised), page slug.
 */
interface Carried {
  quoteLengths: number[];
  sentences: number[];
  quotes: string[];
  slugs: string[];
}

/** Equality of Map keys (NaN equals NaN, 0 equals -0). */
function sameValueZero(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

interface Candidate {
  claim: number;
  slug: string;
  score: number;
}

function memoised<T>(f: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      value = f(text);
      memo.set(text, value);
    }
    return value;
  };
}

function claimKey(c: GeneratedClaim): string {
  const first = c.appearances[0];
  return `${c.title}\u0000${first ? `${first.source}\u0000${first.sentence}\u0000${first.quote}` : ''}`;
}

export function assignSlugs(
  pages: readonly PageIdentity[],
  generated: readonly GeneratedClaim[],
  takenSlugs: Iterable<string>,
): IdentityResult {
  const keys = generated.map(claimKey);
  const slugs: Array<string | undefined> = new Array(generated.length).fill(undefined);
  const match: MatchKind[] = new Array(generated.length).fill('new');
  const copies: IdentityResult['copies'] = [];
  // With no page to match (a first run), every claim gets a new slug.
  if (pages.length > 0) matchPages(pages, generated, keys, slugs, match, copies);

  // New slugs, in content order.
  const taken = new Set(takenSlugs);
  for (const p of pages) {
    taken.add(p.slug);
    for (const a of p.aliases ?? []) taken.add(a);
  }
  const fresh = generated
    .map((c, i) => ({ i, base: c.slug !== '' ? c.slug : baseSlug(c.title) }))
    .filter(({ i }) => slugs[i] === undefined)
    .sort((a, b) => cmp(a.base, b.base) || cmp(keys[a.i]!, keys[b.i]!) || a.i - b.i);
  for (const { i, base } of fresh) {
    let s = base;
    for (let n = 1; taken.has(s); n++) s = `${base}-${n}`;
    taken.add(s);
    slugs[i] = s;
  }
  return { slugs: slugs as string[], match, copies };
}

/** Steps 1–3 above: the existing page of each claim that has one (fills in `slugs` and `match`). */
function matchPages(
  pages: readonly PageIdentity[],
  generated: readonly GeneratedClaim[],
  keys: readonly string[],
  slugs: Array<string | undefined>,
  match: MatchKind[],
  copies: IdentityResult['copies'],
): void {
  const usedPages = new Set<string>();
  const pageBySlug = new Map(pages.map((p) => [p.slug, p]));

  // Token sets per distinct title (titles repeat across claims and pages), and per quote (each
  // is compared with every quote of the same source on a candidate page).
  const titleTokens = memoised(tokens);
  const quoteTokens = memoised(tokens);
  const pageTokens = (p: PageIdentity): [Set<string>, Set<string> | null] => [
    titleTokens(p.title),
    p.engineTitle !== undefined ? titleTokens(p.engineTitle) : null,
  ];
  /** Title similarity: against the page title and the title the engine last generated for it. */
  const titleSim = (i: number, p: PageIdentity): number => {
    const a = titleTokens(generated[i]!.title);
    const [t1, t2] = pageTokens(p);
    return Math.max(jaccard(a, t1), t2 ? jaccard(a, t2) : 0);
  };
  // Rank of each claim's key in string order (equal keys, equal rank): compares like the keys.
  const keyRank = new Int32Array(generated.length);
  {
    const order = keys.map((_, i) => i).sort((a, b) => cmp(keys[a]!, keys[b]!));
    let rank = 0;
    order.forEach((i, k) => {
      if (k > 0 && keys[i] !== keys[order[k - 1]!]) rank = k;
      keyRank[i] = rank;
    });
  }
  // Normalised quotes: most quotes (sentences) have nothing to normalise and stand for themselves.
  const normOf = (quote: string): string => (needsNorm(quote) ? norm(quote) : quote);

  // The page a claim would be given if it had none: the original among copies of one page.
  const ownSlug = (c: Candidate): number => {
    const claim = generated[c.claim]!;
    return c.slug === claim.slug || c.slug === baseSlug(claim.title) ? 0 : 1;
  };
  const take = (cands: Candidate[], kind: MatchKind): void => {
    cands.sort((x, y) => y.score - x.score || keyRank[x.claim]! - keyRank[y.claim]! || x.claim - y.claim || ownSlug(x) - ownSlug(y) || cmp(x.slug, y.slug));
    for (const c of cands) {
      if (slugs[c.claim] !== undefined || usedPages.has(c.slug)) continue;
      slugs[c.claim] = c.slug;
      match[c.claim] = kind;
      usedPages.add(c.slug);
    }
  };

  // 0. Same evidence: a page carrying exactly a claim's appearances (same sources, sentence
  // numbers and quotes, in the same order) is that claim's page, when no other claim or page has
  // that evidence too. On a re-run almost every claim finds its page here, and the scans below
  // only see what changed. Pages are found by their first appearance; quotes usually are the
  // very strings the claims carry, so comparing them rarely reads a character.
  const firstKey = (a: PageIdentity['appearances'][number]): string => `${a.sentence}\u0000${a.source}`;
  const pagesByFirst = new Map<string, number[]>();
  pages.forEach((p, k) => {
    const first = p.appearances[0];
    if (!first) return;
    const key = firstKey(first);
    const list = pagesByFirst.get(key);
    if (list) list.push(k);
    else pagesByFirst.set(key, [k]);
  });
  const sameQuote = (a: string, b: string): boolean => a === b || normOf(a) === normOf(b);
  const sameEvidence = (x: PageIdentity['appearances'], y: PageIdentity['appearances']): boolean => {
    if (x.length !== y.length) return false;
    for (let k = 0; k < x.length; k++) {
      const a = x[k]!;
      const b = y[k]!;
      if (a.source !== b.source || !sameValueZero(a.sentence, b.sentence) || !sameQuote(a.quote, b.quote)) return false;
    }
    return true;
  };
  // Claim → the pages carrying its evidence, when there are several.
  const copiesOf = new Map<number, string[]>();
  // Claim → its one page of the same evidence; page → how many claims have its evidence.
  const exact = new Int32Array(generated.length).fill(-1);
  const claimsOfPage = new Int32Array(pages.length);
  generated.forEach((c, i) => {
    const first = c.appearances[0];
    const bucket = first ? pagesByFirst.get(firstKey(first)) : undefined;
    if (!bucket) return;
    let found = -1;
    const same: number[] = [];
    for (const k of bucket) {
      if (!sameEvidence(c.appearances, pages[k]!.appearances)) continue;
      same.push(k);
      found = k;
    }
    if (same.length > 1) {
      // Copies of one page: stage 1 decides which keeps the claim; the caller names the others.
      copiesOf.set(i, same.map((k) => pages[k]!.slug));
      return;
    }
    if (found < 0) return;
    exact[i] = found;
    claimsOfPage[found]!++;
  });
  exact.forEach((k, i) => {
    if (k < 0 || claimsOfPage[k] !== 1) return;
    slugs[i] = pages[k]!.slug;
    match[i] = 'appearance';
    usedPages.add(pages[k]!.slug);
  });

  // 1. Appearance overlap. What each page carries, by source: quotes (normalised) and sentence
  // numbers, in page order. A source has a few dozen of them; scanning those beats hashing every
  // quote into an index.
  const carriedBySource = new Map<string, Carried>();
  for (const p of pages) {
    if (usedPages.has(p.slug)) continue;
    for (const a of p.appearances) {
      let carried = carriedBySource.get(a.source);
      if (!carried) carriedBySource.set(a.source, (carried = { quoteLengths: [], sentences: [], quotes: [], slugs: [] }));
      const quote = normOf(a.quote);
      carried.quoteLengths.push(quote.length);
      carried.sentences.push(a.sentence);
      carried.quotes.push(quote);
      carried.slugs.push(p.slug);
    }
  }
  const cands: Candidate[] = [];
  generated.forEach((c, i) => {
    if (slugs[i] !== undefined) return;
    let scores: Map<string, number> | undefined;
    for (const a of c.appearances) {
      const carried = carriedBySource.get(a.source);
      if (!carried) continue;
      // 2 for a page carrying the quote, else 1 for one carrying the sentence. A page's
      // appearances are consecutive, so each list holds a page once.
      const quote = normOf(a.quote);
      let quoteHits: string[] | undefined;
      let sentenceHits: string[] | undefined;
      const { quoteLengths, sentences, quotes, slugs: carriers } = carried;
      const length = quote.length;
      const sentence = a.sentence;
      for (let k = 0; k < carriers.length; k++) {
        if (quoteLengths[k] === length && quotes[k] === quote) {
          if (quoteHits?.at(-1) !== carriers[k]) (quoteHits ??= []).push(carriers[k]!);
        } else if (sameValueZero(sentences[k]!, sentence) && sentenceHits?.at(-1) !== carriers[k] && jaccard(quoteTokens(quote), quoteTokens(quotes[k]!)) >= SAME_SENTENCE_WORDS) {
          (sentenceHits ??= []).push(carriers[k]!);
        }
      }
      if (!quoteHits && !sentenceHits) continue;
      scores ??= new Map();
      for (const s of quoteHits ?? []) scores.set(s, (scores.get(s) ?? 0) + 2);
      for (const s of sentenceHits ?? []) if (!quoteHits?.includes(s)) scores.set(s, (scores.get(s) ?? 0) + 1);
    }
    for (const [s, v] of scores ?? []) cands.push({ claim: i, slug: s, score: v + titleSim(i, pageBySlug.get(s)!) * 0.99 });
  });
  take(cands, 'appearance');

  // 2. Same source, similar quote or title.
  const bySource = new Map<string, string[]>();
  for (const p of pages) {
    if (p.handWritten || usedPages.has(p.slug)) continue;
    for (const src of new Set(p.appearances.map((a) => a.source))) {
      const list = bySource.get(src);
      if (list) list.push(p.slug);
      else bySource.set(src, [p.slug]);
    }
  }
  const cands2: Candidate[] = [];
  generated.forEach((c, i) => {
    if (slugs[i] !== undefined || bySource.size === 0) return;
    const seen = new Set<string>();
    for (const src of new Set(c.appearances.map((a) => a.source))) {
      for (const s of bySource.get(src) ?? []) {
        if (seen.has(s)) continue;
        seen.add(s);
        const p = pageBySlug.get(s)!;
        let best = titleSim(i, p);
        for (const a of c.appearances) {
          const ta = quoteTokens(a.quote);
          for (const b of p.appearances) if (b.source === a.source) best = Math.max(best, jaccard(ta, quoteTokens(b.quote)));
        }
        if (best >= 0.5) cands2.push({ claim: i, slug: s, score: best });
      }
    }
  });
  take(cands2, 'similarity');

  // 3. Title similarity through an inverted index (very common tokens skipped).
  const tokenIndex = new Map<string, string[]>();
  for (const p of pages) {
    if (p.handWritten || usedPages.has(p.slug)) continue;
    const [t1, t2] = pageTokens(p);
    for (const t of new Set([...t1, ...(t2 ?? [])])) {
      const list = tokenIndex.get(t);
      if (list) list.push(p.slug);
      else tokenIndex.set(t, [p.slug]);
    }
  }
  const cands3: Candidate[] = [];
  generated.forEach((_c, i) => {
    if (slugs[i] !== undefined || tokenIndex.size === 0) return;
    const seen = new Set<string>();
    for (const t of titleTokens(generated[i]!.title)) {
      const list = tokenIndex.get(t);
      if (!list || list.length > 50) continue;
      for (const s of list) {
        if (seen.has(s) || usedPages.has(s)) continue;
        seen.add(s);
        const sim = titleSim(i, pageBySlug.get(s)!);
        if (sim >= 0.7) cands3.push({ claim: i, slug: s, score: sim });
      }
    }
  });
  take(cands3, 'title');

  // Pages with a claim's very evidence that no claim went to: copies (two claims of one
  // sentence have pages with the same evidence too, and each keeps its own).
  for (const [i, all] of copiesOf) {
    const kept = slugs[i];
    const others = all.filter((s) => s !== kept && !usedPages.has(s));
    if (kept !== undefined && all.includes(kept) && others.length > 0) copies.push({ kept, others });
  }
}
