/**
 * Merges one generated claim into its page, never losing what the author wrote.
 *
 * Ownership of the frontmatter:
 * - build step: `appearances`, `reasons`, `related`, `status` (only ever `retired`, removed when the
 *   claim comes back) and `engine` (`verdict`, `confidence`, plus bookkeeping: `title` = last generated
 *   title, `summaryHash` = hash of the last generated body, `authored` = what the author has taken over,
 *   `outdated` = what of that the build has generated anew since: the author's version stands, and
 *   `npm run review` lists the page until the author deletes the entry or hands the item back).
 * - author: `verdict` once it differs from `engine.verdict` (or the page has `reviewedBy`/`reviewed`),
 *   `title` once it differs from `engine.title`, the body once its hash differs from `engine.summaryHash`
 *   (notes added above or below the summary alone leave the summary the build's: notesBeside),
 *   and every other field. Once taken over, an item is listed in `engine.authored` and stays the
 *   author's: to hand it back, put back the build's version (for the title, `engine.title`) and
 *   delete the item from the list — a differing title alone reads as a fresh edit.
 * Edits are applied as text splices of single top-level keys, so everything else in the file stays
 * byte for byte; a page with nothing to change comes out identical.
 */
import { parseDocument } from 'yaml';
import type { GeneratedClaim, Verdict } from '../types.ts';
import { filledIn } from '../../schema/claim.ts';
import { readFastFrontmatter } from '../emit/claim-mdx.ts';
import { sameJson } from './json-equal.ts';
import { restoreEncoding } from './read-page.ts';
import type { ExistingPage } from './read-page.ts';
import { bodyHash, renderSummaryBody } from './render-body.ts';
import { writtenLayoutPairs } from './written-layout.ts';
import {
  applySplices,
  deleteKey,
  documentPairs,
  isSpliceable,
  joinPage,
  setKey,
  stringifyMap,
  stringifyPair,
} from './yaml-text.ts';
import type { Splice, TopLevelPairs } from './yaml-text.ts';

export const ENGINE_OWNED_KEYS = ['appearances', 'reasons', 'related', 'engine', 'status'] as const;
export const AUTHORED_ITEMS = ['title', 'verdict', 'body'] as const;
export type AuthoredItem = (typeof AUTHORED_ITEMS)[number];
/**
 * Authored items that can go out of date: the build's title or summary changing under the
 * author's own. (A verdict cannot: an author's verdict differing from the engine's new one is
 * a disagreement, listed as such.)
 */
export const OUTDATABLE_ITEMS = ['title', 'body'] as const satisfies readonly AuthoredItem[];
export type OutdatableItem = (typeof OUTDATABLE_ITEMS)[number];
/** The outdated items of a set, in the order pages list them. */
const inOrder = (items: ReadonlySet<OutdatableItem>): OutdatableItem[] => OUTDATABLE_ITEMS.filter((a) => items.has(a));

/** What the review report needs to know about a page after the merge. */
export interface PageSummary {
  slug: string;
  title: string;
  verdict: string;
  status: 'active' | 'retired';
  /** Absent on hand-written pages. */
  engine?: { verdict: string; confidence: number };
  /** The verdict shown is the author's decision, not the engine's suggestion. */
  verdictByAuthor: boolean;
  /** Items the author took over that the build has generated anew since (absent: none). */
  outdated?: OutdatableItem[];
}

export interface MergeResult {
  text: string;
  summary: PageSummary;
}

interface EngineBlock {
  verdict: Verdict;
  confidence: number;
  title: string;
  summaryHash: string;
  authored?: AuthoredItem[];
  outdated?: OutdatableItem[];
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

function buildAppearances(claim: GeneratedClaim): NewFrontmatter['appearances'] {
  return claim.appearances.map((a) => ({
    source: a.source,
    quote: a.quote,
    sentence: a.sentence,
    outlet: a.outlet,
    date: a.date,
    speaker: a.speaker,
    role: a.role,
    attribution: a.attribution,
    via: a.via,
    stance: a.stance,
  }));
}

function buildRelated(claim: GeneratedClaim, self: string, slugMap: ReadonlyMap<string, string>): Array<{ slug: string; relation: string }> {
  const out: Array<{ slug: string; relation: string }> = [];
  const seen = new Set<string>();
  for (const r of claim.related) {
    const target = slugMap.get(r.slug);
    if (target === undefined || target === self) continue;
    const key = `${target}\u0000${r.relation}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ slug: target, relation: r.relation });
  }
  return out;
}

function engineBlock(
  claim: GeneratedClaim,
  summaryHash: string,
  authored: ReadonlySet<AuthoredItem>,
  outdated: ReadonlySet<OutdatableItem> = new Set(),
): EngineBlock {
  const block: EngineBlock = {
    verdict: claim.engine.verdict,
    confidence: round(claim.engine.confidence),
    title: claim.title,
    summaryHash,
  };
  const list = AUTHORED_ITEMS.filter((a) => authored.has(a));
  if (list.length) block.authored = list;
  const stale = inOrder(outdated);
  if (stale.length) block.outdated = stale;
  return block;
}

function asRecord(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** The known items of a list in the engine block (`authored`, `outdated`), ignoring anything else. */
function itemList<T extends string>(value: unknown, known: readonly T[]): Set<T> {
  return new Set((Array.isArray(value) ? (value as unknown[]) : []).filter((a): a is T => (known as readonly unknown[]).includes(a)));
}

/** Whether the page's verdict is the author's: differs from the engine's, listed as authored, or reviewed. */
export function verdictIsAuthors(raw: Record<string, unknown>): boolean {
  const engine = asRecord(raw['engine']);
  if (!('verdict' in engine)) return true;
  const authored = Array.isArray(engine['authored']) ? (engine['authored'] as unknown[]) : [];
  return authored.includes('verdict') || raw['verdict'] !== engine['verdict'] || filledIn(raw['reviewedBy']) || filledIn(raw['reviewed']);
}

/** Summary of a page as it stands on disk (for retired, hand-written and unchanged pages, and the review CLI). */
export function summarizeRaw(slug: string, raw: Record<string, unknown>): PageSummary {
  const engine = asRecord(raw['engine']);
  const s: PageSummary = {
    slug,
    title: String(raw['title'] ?? ''),
    verdict: String(raw['verdict'] ?? ''),
    status: raw['status'] === 'retired' ? 'retired' : 'active',
    verdictByAuthor: verdictIsAuthors(raw),
  };
  if (typeof engine['verdict'] === 'string') {
    s.engine = { verdict: engine['verdict'], confidence: typeof engine['confidence'] === 'number' ? engine['confidence'] : 0 };
  }
  const outdated = inOrder(itemList(engine['outdated'], OUTDATABLE_ITEMS));
  if (outdated.length > 0 && s.status === 'active') s.outdated = outdated;
  return s;
}

/** A new page's frontmatter, as written. */
export interface NewFrontmatter {
  title: string;
  verdict: Verdict;
  appearances: Array<Record<string, unknown> & { source: string; quote: string; sentence: number }>;
  reasons: string[];
  related: Array<{ slug: string; relation: string }>;
  engine: EngineBlock;
}

/** A brand-new page for a claim (with its frontmatter as data, for the page cache). */
export function newPage(claim: GeneratedClaim, slug: string, slugMap: ReadonlyMap<string, string>): MergeResult & { frontmatter: NewFrontmatter } {
  const body = renderSummaryBody(claim.summary);
  const fm: NewFrontmatter = {
    title: claim.title,
    verdict: claim.engine.verdict,
    appearances: buildAppearances(claim),
    reasons: [...claim.reasons],
    related: buildRelated(claim, slug, slugMap),
    engine: engineBlock(claim, bodyHash(body), new Set()),
  };
  return {
    frontmatter: fm,
    text: joinPage(stringifyMap(fm as unknown as Record<string, unknown>), body),
    summary: {
      slug,
      title: claim.title,
      verdict: claim.engine.verdict,
      status: 'active',
      engine: { verdict: claim.engine.verdict, confidence: round(claim.engine.confidence) },
      verdictByAuthor: false,
    },
  };
}

interface KeyChange {
  key: string;
  value?: unknown;
  remove?: boolean;
  after: string[];
}

/** Applies top-level key changes as splices, verifying the result; falls back to in-place Document edits. */
function editFrontmatter(page: ExistingPage, changes: KeyChange[]): string {
  if (changes.length === 0) return page.yaml;
  const expected = { ...(page.raw ?? {}) };
  for (const c of changes) {
    if (c.remove) delete expected[c.key];
    else expected[c.key] = c.value;
  }
  // A page as the build wrote it is edited by line; any other through its Document.
  const pairs: TopLevelPairs | null = page.asWritten
    ? writtenLayoutPairs(page.yaml)
    : isSpliceable(page.doc)
      ? documentPairs(page.yaml, page.doc)
      : null;
  if (pairs) {
    const splices: Splice[] = [];
    for (const c of changes) {
      if (c.remove) {
        const s = deleteKey(pairs, c.key);
        if (s) splices.push(s);
      } else splices.push(setKey(page.yaml, pairs, c.key, c.value, c.after));
    }
    const out = applySplices(page.yaml, splices);
    if (readsAs(out, expected)) return out;
  }
  // Fallback: edit the Document in place (comments and order kept, formatting normalised).
  const doc = page.doc.clone();
  for (const c of changes) {
    if (c.remove) doc.delete(c.key);
    // Parsed from the YAML 1.1-safe rendering, so date-like strings stay quoted.
    else doc.set(c.key, parseDocument(stringifyPair(c.key, c.value)).get(c.key, true));
  }
  return doc.toString({ lineWidth: 0 });
}

/** Whether frontmatter `yaml` parses without errors to data equal (as JSON) to `expected`. */
function readsAs(yaml: string, expected: Record<string, unknown>): boolean {
  // Text in the build's own layout holds the data the reader returns (see readFastFrontmatter).
  const fast = readFastFrontmatter(yaml);
  if (fast !== null) return sameJson(fast, expected);
  const check = parseDocument(yaml);
  return check.errors.length === 0 && sameJson(check.toJS() ?? {}, expected);
}

/** An author's notes around the generated summary: the text before it and the text after it. */
export interface SummaryNotes {
  before: string;
  after: string;
}

/**
 * The notes an author wrote above and below the generated summary, left as it was generated (its
 * hash is `summaryHash`); null when the summary is not found whole between lines of the body.
 * `before` and `after` keep everything around the summary's own words as written, line breaks
 * included: a note typed on the line right under it, with no blank line between, is found too.
 * The summary is a few paragraphs of a short body: trying every span of whole lines costs nothing
 * that matters (and only pages whose body an author edited are asked).
 */
export function notesBeside(body: string, summaryHash: string): SummaryNotes | null {
  const starts = [0];
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) starts.push(i + 1);
  starts.push(body.length);
  for (const from of starts) {
    for (const to of starts) {
      if (to <= from) continue;
      const span = body.slice(from, to);
      if (span.trim() === '' || bodyHash(span) !== summaryHash) continue;
      const lead = /^\s*/.exec(span)![0];
      const trail = /\s*$/.exec(span)![0];
      const before = body.slice(0, from) + lead;
      const after = trail + body.slice(to);
      if (before.trim() === '' && after.trim() === '') continue; // the summary alone: no notes
      return { before, after };
    }
  }
  return null;
}

/** The generated body (renderSummaryBody) with the author's notes where they were. */
export function withNotes(generated: string, notes: SummaryNotes): string {
  const summary = generated.trim();
  if (summary === '') return `\n${[notes.before.trim(), notes.after.trim()].filter((n) => n !== '').join('\n\n')}\n`;
  return `${notes.before}${summary}${notes.after}`;
}

/** Merges a generated claim into an existing page that has an `engine` block. */
export function mergePage(page: ExistingPage, claim: GeneratedClaim, slugMap: ReadonlyMap<string, string>): MergeResult {
  const raw = page.raw ?? {};
  if (!('engine' in raw)) {
    // Hand-written: respected untouched.
    return { text: page.text, summary: summarizeRaw(page.slug, raw) };
  }
  const prev = asRecord(raw['engine']);
  const authored = itemList(prev['authored'], AUTHORED_ITEMS);
  const generatedBody = renderSummaryBody(claim.summary);
  const newHash = bodyHash(generatedBody);

  if (verdictIsAuthors(raw)) authored.add('verdict');
  const prevTitle = typeof prev['title'] === 'string' ? prev['title'] : claim.title;
  if (raw['title'] !== prevTitle) authored.add('title');
  const prevHash = typeof prev['summaryHash'] === 'string' ? prev['summaryHash'] : newHash;
  // Notes written above or below the untouched summary leave the summary the build's: it is
  // replaced, the notes kept as written. Any other edit to the body makes the body the author's.
  const bodyEdited = bodyHash(page.body) !== prevHash;
  const notes = authored.has('body') || !bodyEdited ? null : notesBeside(page.body, prevHash);
  if (bodyEdited && notes === null) authored.add('body');

  // What the build generates anew under an item the author holds: the author's version stays,
  // and the page is listed for review (until the author deletes the entry or hands the item back).
  const outdated = itemList(prev['outdated'], OUTDATABLE_ITEMS);
  if (prevTitle !== claim.title) outdated.add('title');
  if (prevHash !== newHash) outdated.add('body');
  for (const item of outdated) if (!authored.has(item)) outdated.delete(item);

  const title = authored.has('title') ? String(raw['title']) : claim.title;
  const verdict = authored.has('verdict') ? String(raw['verdict']) : claim.engine.verdict;
  const body = authored.has('body') ? page.body : notes ? withNotes(generatedBody, notes) : generatedBody;

  const owned: Record<string, unknown> = {
    appearances: buildAppearances(claim),
    reasons: [...claim.reasons],
    related: buildRelated(claim, page.slug, slugMap),
    engine: engineBlock(claim, newHash, authored, outdated),
  };
  const changes: KeyChange[] = [];
  if (raw['title'] !== title) changes.push({ key: 'title', value: title, after: [] });
  if (raw['verdict'] !== verdict) changes.push({ key: 'verdict', value: verdict, after: ['title'] });
  if (raw['status'] === 'retired') changes.push({ key: 'status', remove: true, after: [] });
  const order = ['title', 'verdict', 'status', 'appearances', 'reasons', 'related', 'engine'];
  for (const key of ['appearances', 'reasons', 'related', 'engine']) {
    if (key in raw && sameJson(raw[key], owned[key])) continue;
    changes.push({ key, value: owned[key], after: order.slice(0, order.indexOf(key)).reverse() });
  }
  const yaml = editFrontmatter(page, changes);
  const text = yaml === page.yaml && body === page.body ? page.text : restoreEncoding(page, joinPage(yaml, body));
  return {
    text,
    summary: {
      slug: page.slug,
      title,
      verdict,
      status: 'active',
      engine: { verdict: claim.engine.verdict, confidence: round(claim.engine.confidence) },
      verdictByAuthor: authored.has('verdict'),
      ...(outdated.size > 0 ? { outdated: inOrder(outdated) } : {}),
    },
  };
}

/** A page whose claim no run produces any more: kept, marked `status: retired`. */
export function retirePage(page: ExistingPage): MergeResult {
  const raw = page.raw ?? {};
  if (!('engine' in raw) || raw['status'] === 'retired') return { text: page.text, summary: summarizeRaw(page.slug, raw) };
  const yaml = editFrontmatter(page, [{ key: 'status', value: 'retired', after: ['verdict', 'title'] }]);
  return { text: restoreEncoding(page, joinPage(yaml, page.body)), summary: { ...summarizeRaw(page.slug, raw), status: 'retired' } };
}
