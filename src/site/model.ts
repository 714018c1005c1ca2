/**
 * The reader site's view of the content: claims with their evidence, outlets, speakers, and which
 * sentence of which article carries which claim. Pure functions over plain records, so they can be
 * unit-tested; `src/site/data.ts` feeds them from the content collections.
 */
import { slug as githubSlug } from 'github-slugger';
import type { ArticleRecord } from '../schema/article.ts';
import { filledIn, type Appearance, type ClaimFrontmatter } from '../schema/claim.ts';
import { articlePath, displayTitle, shorten } from './article-view.ts';
import { VERDICT_ORDER, type Verdict } from './verdicts.ts';
import { mostFrequent } from './lists.ts';
import { displayRoles } from '../ingest/attribution/roles.ts';
import { speakerKey } from '../ingest/verdicts/speakers-on-record.ts';
import { claimRedirects } from '../schema/aliases.ts';

/** A claim page as loaded: its slug (file name without `.mdx`) and frontmatter. */
export interface ClaimRecord {
  slug: string;
  data: ClaimFrontmatter;
}

/** Who published an appearance. Unnamed outlets are kept apart per article and labelled as such. */
export interface OutletRef {
  slug: string;
  /** The outlet's name, or for an unnamed outlet the article's display title. */
  name: string;
  /** False when neither the appearance nor the article names an outlet. */
  named: boolean;
  /** What readers see: the name, or "Unnamed outlet: <article title>". */
  label: string;
}

export interface SpeakerRef {
  slug: string;
  name: string;
}

/** One row of a claim page's evidence table. */
export interface EvidenceRow {
  source: string;
  sentence: number;
  quote: string;
  /** Link to the sentence in the article view, or null when the article is not in the collection. */
  href: string | null;
  articleTitle: string | null;
  outlet: OutletRef;
  date: string | null;
  speaker: SpeakerRef | null;
  role: string | null;
  attribution: Appearance['attribution'];
  stance: Appearance['stance'];
  via: string | null;
}

export type Relation = 'disputes' | 'disputed-by' | 'related';

export interface RelatedRef {
  relation: Relation;
  slug: string;
  claim: ClaimView;
}

export interface ClaimView {
  slug: string;
  data: ClaimFrontmatter;
  title: string;
  verdict: Verdict;
  retired: boolean;
  evidence: EvidenceRow[];
  /** Distinct outlets and speakers of the evidence, in order of first appearance. */
  outlets: OutletRef[];
  speakers: SpeakerRef[];
  /** Earliest and latest known publication dates of the articles carrying the claim. */
  firstDate: string | null;
  lastDate: string | null;
  /** Filled in once every claim is known (both directions of a dispute, targets resolved). */
  related: RelatedRef[];
}

export interface ClaimSummaryRef {
  slug: string;
  title: string;
  verdict: Verdict;
}

export interface OutletSummary extends OutletRef {
  articles: ArticleRecord[];
  claims: ClaimView[];
}

export interface SpeakerSummary extends SpeakerRef {
  /** `named` when the speaker is ever on record; otherwise an anonymous or vague source. */
  onRecord: boolean;
  roles: string[];
  claims: { claim: ClaimView; stances: Appearance['stance'][] }[];
}

export interface SiteModel {
  /** Every claim, retired ones too (their pages still render). */
  all: ClaimView[];
  /** Active claims only: what listings, feeds and search show. Sorted by verdict order, then title. */
  active: ClaimView[];
  bySlug: ReadonlyMap<string, ClaimView>;
  /** The earlier names of renamed pages (their `aliases`) → the page: each is an address that redirects to it. */
  redirects: ReadonlyMap<string, ClaimView>;
  byVerdict: Readonly<Record<Verdict, ClaimView[]>>;
  articles: ReadonlyMap<string, ArticleRecord>;
  outlets: OutletSummary[];
  speakers: SpeakerSummary[];
  /** article id → sentence number → active claims carried by that sentence. */
  sentences: ReadonlyMap<string, ReadonlyMap<number, ClaimSummaryRef[]>>;
}

/** A URL slug for any name; falls back to a short hash when the name has no sluggable characters. */
export function slugify(name: string): string {
  const s = githubSlug(name.normalize('NFKC')).replace(/^-+|-+$/g, '');
  if (s) return s;
  let h = 0x811c9dc5;
  for (const ch of name) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return `x${h.toString(36)}`;
}

export function claimPath(slug: string): string {
  return `/claims/${slug}/`;
}

export function outletPath(slug: string): string {
  return `/outlets/${slug}/`;
}

export function speakerPath(slug: string): string {
  return `/speakers/${slug}/`;
}

/** Outlet of an appearance: its own outlet, else the article's, else "unnamed" for that article. */
export function outletOf(appearance: Pick<Appearance, 'outlet' | 'source'>, article?: ArticleRecord): OutletRef {
  const name = appearance.outlet?.trim() || article?.outlet?.trim() || '';
  if (name) return { slug: slugify(name), name, named: true, label: name };
  const title = article ? displayTitle(article) : appearance.source;
  return {
    slug: `unnamed-${slugify(appearance.source)}`,
    name: title,
    named: false,
    label: `Unnamed outlet: ${shorten(title, 60)}`,
  };
}

const UNNAMED_OUTLET_FILTER = 'Unnamed outlet';

/**
 * The search filter value of an outlet: its name, and one "Unnamed outlet" for every article that
 * names none. A filter narrows by publisher; one value per unnamed article would add an entry
 * per article (6,509 at 10,000 synthetic articles) and narrow by nothing a reader knows.
 */
export function outletFilter(outlet: OutletRef): string {
  return outlet.named ? outlet.name : UNNAMED_OUTLET_FILTER;
}

/** Speakers written with or without a leading "the" are one speaker ("the Kremlin", "Kremlin"), as in the verdict reasons. */
export function speakerSlug(name: string): string {
  return slugify(speakerKey(name));
}

/** ISO date of an appearance: its own, else its article's. */
export function appearanceDate(appearance: Pick<Appearance, 'date'>, article?: ArticleRecord): string | null {
  const date = appearance.date ?? article?.date ?? null;
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
}

/** ISO `YYYY-MM-DD` of a date given as a string or a Date (YAML dates arrive as Date), or null. */
export function isoDate(value: string | Date | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const m = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
  if (m) return m[0];
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

/** Whether the verdict shown is an author's decision rather than the engine's suggestion. */
export function verdictByEditor(data: Pick<ClaimFrontmatter, 'verdict' | 'engine' | 'reviewedBy' | 'reviewed'>): boolean {
  const engine = data.engine;
  if (!engine) return true; // written by hand
  return (
    data.verdict !== engine.verdict ||
    (engine.authored ?? []).includes('verdict') ||
    filledIn(data.reviewedBy) ||
    filledIn(data.reviewed)
  );
}

export type ReviewStatus =
  | { kind: 'editor'; reviewedBy: string | null; reviewed: string | null }
  | { kind: 'automated'; confidence: number };

/** What the claim page says about who set the verdict. `confidence` is a whole percentage. */
export function reviewStatus(data: ClaimFrontmatter): ReviewStatus {
  if (verdictByEditor(data) || !data.engine) {
    return { kind: 'editor', reviewedBy: data.reviewedBy?.trim() || null, reviewed: isoDate(data.reviewed) };
  }
  return { kind: 'automated', confidence: Math.round(data.engine.confidence * 100) };
}

function byVerdictThenTitle(a: { verdict: Verdict; title: string }, b: { verdict: Verdict; title: string }): number {
  const v = VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict);
  return v !== 0 ? v : a.title.localeCompare(b.title, 'en');
}

function claimView(record: ClaimRecord, articles: ReadonlyMap<string, ArticleRecord>): ClaimView {
  const { data } = record;
  const evidence: EvidenceRow[] = data.appearances.map((a) => {
    const article = articles.get(a.source);
    const speakerName = a.speaker?.trim() || null;
    return {
      source: a.source,
      sentence: a.sentence,
      quote: a.quote,
      href: article ? `${articlePath(article.id)}#s-${a.sentence}` : null,
      articleTitle: article ? displayTitle(article) : null,
      outlet: outletOf(a, article),
      date: appearanceDate(a, article),
      speaker: speakerName ? { slug: speakerSlug(speakerName), name: speakerName } : null,
      role: a.role?.trim() || null,
      attribution: a.attribution,
      stance: a.stance,
      via: a.via?.trim() || null,
    };
  });
  const outlets = uniqueBy(evidence.map((e) => e.outlet), (o) => o.slug);
  const speakers = uniqueBy(
    evidence.flatMap((e) => (e.speaker ? [e.speaker] : [])),
    (s) => s.slug,
  );
  const dates = evidence.flatMap((e) => (e.date ? [e.date] : [])).sort();
  return {
    slug: record.slug,
    data,
    title: data.title,
    verdict: data.verdict,
    retired: data.status === 'retired',
    evidence,
    outlets,
    speakers,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    related: [],
  };
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

const INVERSE: Record<Relation, Relation> = { disputes: 'disputed-by', 'disputed-by': 'disputes', related: 'related' };

/**
 * Relations from both sides: if A disputes B, B is disputed by A even when B's page does not say
 * so. A relation naming a renamed page by its old name (until the next ingest rewrites it) reaches
 * the page through its redirect.
 */
function linkRelated(views: ReadonlyMap<string, ClaimView>, redirects: ReadonlyMap<string, ClaimView>): void {
  const seen = new Map<string, Set<string>>();
  const add = (from: ClaimView, relation: Relation, to: ClaimView) => {
    if (from.slug === to.slug) return;
    const keys = seen.get(from.slug) ?? new Set<string>();
    seen.set(from.slug, keys);
    const key = `${relation}\u0000${to.slug}`;
    if (keys.has(key)) return;
    keys.add(key);
    from.related.push({ relation, slug: to.slug, claim: to });
  };
  for (const view of views.values()) {
    for (const r of view.data.related) {
      const target = views.get(r.slug) ?? redirects.get(r.slug);
      if (!target) continue;
      add(view, r.relation, target);
      add(target, INVERSE[r.relation], view);
    }
  }
  for (const view of views.values()) {
    view.related.sort((a, b) => byVerdictThenTitle(a.claim, b.claim));
  }
}

/** article id → sentence → claims, from active claims only. */
export function sentenceClaims(claims: readonly ClaimView[]): Map<string, Map<number, ClaimSummaryRef[]>> {
  const map = new Map<string, Map<number, ClaimSummaryRef[]>>();
  for (const claim of claims) {
    if (claim.retired) continue;
    for (const e of claim.evidence) {
      const byArticle = map.get(e.source) ?? new Map<number, ClaimSummaryRef[]>();
      map.set(e.source, byArticle);
      const list = byArticle.get(e.sentence) ?? [];
      byArticle.set(e.sentence, list);
      if (!list.some((c) => c.slug === claim.slug)) list.push({ slug: claim.slug, title: claim.title, verdict: claim.verdict });
    }
  }
  for (const byArticle of map.values()) for (const list of byArticle.values()) list.sort(byVerdictThenTitle);
  return map;
}

/** Build the whole model. Claims and articles may come in any order; output order is stable. */
export function buildSiteModel(records: readonly ClaimRecord[], articleRecords: readonly ArticleRecord[]): SiteModel {
  const articles = new Map(articleRecords.map((a) => [a.id, a]));
  const all = records.map((r) => claimView(r, articles)).sort((a, b) => byVerdictThenTitle(a, b) || a.slug.localeCompare(b.slug));
  const bySlug = new Map(all.map((c) => [c.slug, c]));
  const redirects = claimRedirects(all);
  linkRelated(bySlug, redirects);
  const active = all.filter((c) => !c.retired);
  const byVerdict: Record<Verdict, ClaimView[]> = { disputed: [], confirmed: [], unattributed: [] };
  for (const c of active) byVerdict[c.verdict].push(c);

  // Outlets: every article's outlet, plus outlets named only by appearances.
  const outlets = new Map<string, OutletSummary>();
  const outlet = (ref: OutletRef): OutletSummary => {
    let o = outlets.get(ref.slug);
    if (!o) {
      o = { ...ref, articles: [], claims: [] };
      outlets.set(ref.slug, o);
    }
    return o;
  };
  for (const a of articleRecords) outlet(outletOf({ outlet: a.outlet, source: a.id }, a)).articles.push(a);
  for (const c of active) for (const ref of c.outlets) outlet(ref).claims.push(c);

  const speakers = new Map<string, SpeakerSummary & { names: Map<string, number>; roleMentions: string[] }>();
  for (const c of active) {
    for (const e of c.evidence) {
      if (!e.speaker) continue;
      let s = speakers.get(e.speaker.slug);
      if (!s) {
        s = { ...e.speaker, onRecord: false, roles: [], claims: [], names: new Map(), roleMentions: [] };
        speakers.set(e.speaker.slug, s);
      }
      s.names.set(e.speaker.name, (s.names.get(e.speaker.name) ?? 0) + 1);
      if (e.attribution === 'named') s.onRecord = true;
      if (e.role) s.roleMentions.push(e.role);
      let entry = s.claims.find((x) => x.claim.slug === c.slug);
      if (!entry) {
        entry = { claim: c, stances: [] };
        s.claims.push(entry);
      }
      if (!entry.stances.includes(e.stance)) entry.stances.push(e.stance);
    }
  }
  const speakerList: SpeakerSummary[] = [...speakers.values()].map(({ names, roleMentions, ...s }) => {
    // Show the spelling used most often; ties go to the one seen first.
    return { ...s, name: mostFrequent(names) ?? s.name, roles: displayRoles(roleMentions) };
  });
  // Evidence rows show the speaker as the page spells it, but link to the shared speaker page.
  const byName = (a: { name: string }, b: { name: string }) => a.name.replace(/^the\s+/i, '').localeCompare(b.name.replace(/^the\s+/i, ''), 'en');

  return {
    all,
    active,
    bySlug,
    redirects,
    byVerdict,
    articles,
    outlets: [...outlets.values()].sort((a, b) => Number(b.named) - Number(a.named) || a.label.localeCompare(b.label, 'en')),
    speakers: speakerList.sort((a, b) => Number(b.onRecord) - Number(a.onRecord) || byName(a, b)),
    sentences: sentenceClaims(active),
  };
}

/**
 * The reasons that explain the verdict the page shows: none when an editor's verdict differs from
 * the engine's, whose reasons are for its own suggestion (the claim page shows them as such; a
 * description or a feed item must not give them as the editor's).
 */
export function reasonsForVerdict(claim: Pick<ClaimView, 'verdict' | 'data'>): string[] {
  const engine = claim.data.engine;
  if (engine && engine.verdict !== claim.verdict) return [];
  return claim.data.reasons.filter((r) => r.trim() !== '');
}

/**
 * The story's latest article date (or today when no article is dated): the date a fact check is
 * given when neither an editor's review nor its own articles date it. Stable across rebuilds.
 */
export function storyDate(model: Pick<SiteModel, 'articles'>, today = new Date()): string {
  // Every claim page asks: scan the articles once per map, not once per page.
  let latest = latestDates.get(model.articles);
  if (latest === undefined) {
    latest = null;
    for (const a of model.articles.values()) if (a.date && (!latest || a.date > latest)) latest = a.date;
    latestDates.set(model.articles, latest);
  }
  return latest ?? today.toISOString().slice(0, 10);
}
const latestDates = new WeakMap<object, string | null>();

/** How many distinct articles a claim appears in (memoised: listings print it for every claim). */
export function articleCount(claim: Pick<ClaimView, 'evidence'>): number {
  let n = articleCounts.get(claim);
  if (n === undefined) {
    n = new Set(claim.evidence.map((e) => e.source)).size;
    articleCounts.set(claim, n);
  }
  return n;
}
const articleCounts = new WeakMap<object, number>();

/** Speaker names by slug, as the speaker pages spell them (built once per model, not per page). */
export function speakerNames(model: Pick<SiteModel, 'speakers'>): ReadonlyMap<string, string> {
  let names = speakerNameMaps.get(model.speakers);
  if (!names) {
    names = new Map(model.speakers.map((s) => [s.slug, s.name]));
    speakerNameMaps.set(model.speakers, names);
  }
  return names;
}
const speakerNameMaps = new WeakMap<object, Map<string, string>>();

/** Slugs of the outlet pages the site builds (built once per model, not per page). */
export function outletSlugs(model: Pick<SiteModel, 'outlets'>): ReadonlySet<string> {
  let slugs = outletSlugSets.get(model.outlets);
  if (!slugs) {
    slugs = new Set(model.outlets.map((o) => o.slug));
    outletSlugSets.set(model.outlets, slugs);
  }
  return slugs;
}
const outletSlugSets = new WeakMap<object, Set<string>>();

/** Claim title shortened at a word boundary to fewer than `limit` characters (for ClaimReview). */
export function shortClaim(title: string, limit = 75): string {
  return shorten(title.replace(/[.!?]+$/, ''), limit - 1);
}
