/**
 * The claim engine end to end, for a whole corpus: sentences → claim units (attribution and
 * decomposition) → features → clusters across outlets → denial links → verdicts → one
 * GeneratedClaim per cluster. Pure and deterministic: same articles in, same claims out.
 */
import GithubSlugger from 'github-slugger';
import type { ClaimFeatures } from '../matching/features.ts';
import {
  articleClaims,
  corpusAliases,
  featureArticle,
  type ArticleClaims,
  type FeaturedArticle,
  type FeaturedUnit,
} from './article-claims.ts';
import { clusterItems, type MatchItem } from '../matching/cluster.ts';
import { resolveDenialTargets, type DenialView, type UnitView } from '../verdicts/relations.ts';
import { decideVerdict, type Dispute, type Evidence } from '../verdicts/decide.ts';
import type { GeneratedClaim, ParsedArticle, Relation, Sentence } from '../types.ts';
import { summarise } from './summary.ts';

export { articleClaims, corpusAliases, featureArticle };
export type { ArticleClaims, FeaturedArticle, FeaturedUnit };

export interface ArticleWithSentences {
  article: ParsedArticle;
  sentences: Sentence[];
}

interface Unit extends FeaturedUnit {
  article: string;
  outlet: string | null;
  date: string | null;
  cluster: number;
}

const byArticleId = <T extends { article: string }>(a: T, b: T): number => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0);

/** Longest slug part kept from a title: URLs stay readable, and stable across small edits. */
const MAX_SLUG = 72;

export function proposeSlug(slugger: GithubSlugger, title: string): string {
  let base = new GithubSlugger().slug(title);
  if (base.length > MAX_SLUG) base = base.slice(0, MAX_SLUG).replace(/-[^-]*$/, '');
  return slugger.slug(base || 'claim');
}

const lowerFirst = (s: string): string => (/^(The|A|An|Any|This|That|There|It|Its)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** A title is a sentence: capitalised, at most `max` characters, cut at a word boundary. */
function clip(text: string, max: number): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  if (capital.length <= max) return capital;
  return `${capital.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

export function buildClaims(corpus: readonly ArticleWithSentences[]): GeneratedClaim[] {
  const articles = corpus.map(({ article, sentences }) => articleClaims(article, sentences));
  const aliases = corpusAliases(articles);
  return claimsFromFeatures(articles.map((a) => featureArticle(a, aliases)));
}

/** Steps 2b–5, for the whole corpus: clusters, denial links, verdicts, one claim per cluster. */
export function claimsFromFeatures(featured: readonly FeaturedArticle[]): GeneratedClaim[] {
  // 1. Units, in deterministic order (articles by id, sentences in order).
  const units: Unit[] = [];
  for (const a of [...featured].sort(byArticleId)) {
    for (const u of a.units) units.push({ ...u, article: a.article, outlet: a.outlet, date: a.date, cluster: -1 });
  }

  // 2. Clusters. Denials cluster by what they deny (step 3), not by wording.
  const group = (u: Unit): string => (u.stance === 'declines' ? 'declines' : 'claim');
  const claimIdx = units.map((u, i) => (u.stance === 'denies' ? -1 : i)).filter((i) => i >= 0);
  const items: MatchItem[] = claimIdx.map((i) => {
    const u = units[i]!;
    return { group: group(u), features: u.stance === 'declines' ? declineFeatures(u) : u.features };
  });
  const clusters: number[][] = clusterItems(items).map((members) => members.map((m) => claimIdx[m]!));
  clusters.forEach((members, c) => members.forEach((i) => (units[i]!.cluster = c)));

  // 3. Denials → target clusters; all denials of one cluster form one "X denied it" claim.
  const claimUnits = claimIdx.map((i) => units[i]!);
  const byArticle = new Map<string, number[]>();
  claimUnits.forEach((u, k) => {
    const list = byArticle.get(u.article);
    if (list) list.push(k);
    else byArticle.set(u.article, [k]);
  });
  const views: UnitView[] = claimUnits.map((u) => ({
    article: u.article,
    sentence: u.sentence,
    stance: u.stance,
    attribution: u.attribution.kind,
    features: u.features,
    cluster: u.cluster,
  }));
  const denialIdx = units.map((u, i) => (u.stance === 'denies' ? i : -1)).filter((i) => i >= 0);
  const denialViews: DenialView[] = denialIdx.map((i) => {
    const u = units[i]!;
    return {
      article: u.article,
      sentence: u.sentence,
      target: u.targetFeatures,
      negatedEvent: u.eventFeatures,
    };
  });
  const denialsOf = new Map<number, number[]>();
  const orphanDenials: number[] = [];
  resolveDenialTargets(denialViews, views, byArticle).forEach((target, k) => {
    const i = denialIdx[k]!;
    if (target < 0) orphanDenials.push(i);
    else {
      const list = denialsOf.get(target);
      if (list) list.push(i);
      else denialsOf.set(target, [i]);
    }
  });
  // A denial with nothing to point at is still a statement on record: it gets a page of its own.
  for (const members of clusterItems(orphanDenials.map((i) => ({ group: 'denies', features: units[i]!.features })))) {
    const c = clusters.length;
    clusters.push(members.map((m) => orphanDenials[m]!));
    for (const m of members) units[orphanDenials[m]!]!.cluster = c;
  }
  const denialClusterOf = new Map<number, number>();
  for (const [target, members] of [...denialsOf].sort((a, b) => a[0] - b[0])) {
    const c = clusters.length;
    clusters.push(members);
    for (const i of members) units[i]!.cluster = c;
    denialClusterOf.set(target, c);
  }

  // 4. Disputes: direct denials, then details of a denied event (same reporter, same people).
  const disputes = new Map<number, Array<Dispute & { by: number }>>();
  const addDispute = (c: number, d: Dispute & { by: number }): void => {
    const list = disputes.get(c);
    if (list) list.push(d);
    else disputes.set(c, [d]);
  };
  for (const [target, dc] of denialClusterOf) {
    for (const d of disputesFrom(clusters[dc]!.map((i) => units[i]!), 'denial')) addDispute(target, { ...d, by: dc });
  }
  // Only clusters with a unit by one of the reporters can be a detail: found through an index
  // (reporter → clusters, ascending), instead of looking at every cluster for every denial.
  const byReporter = clustersByReporter(clusters, units);
  for (const [target, dc] of [...denialClusterOf]) {
    const denied = clusters[target]!.map((i) => units[i]!);
    const reporters = new Set(denied.flatMap(reportersOf));
    const people = new Set(denied.flatMap((u) => u.features.participants));
    if (reporters.size === 0) continue;
    const candidates = [...new Set([...reporters].flatMap((r) => byReporter.get(r) ?? []))].sort((a, b) => a - b);
    candidates.forEach((c) => {
      const members = clusters[c]!;
      if (c === target || disputes.has(c) || members.some((i) => units[i]!.stance === 'denies')) return;
      // A claim someone also states independently (on record, or as an outlet's own fact) is
      // more than a detail of the denied report: the denial of the event does not reach it.
      if (members.some((i) => units[i]!.stance === 'asserts' && units[i]!.attribution.kind !== 'anonymous')) return;
      const detail = members.some((i) => {
        const u = units[i]!;
        return reportersOf(u).some((r) => reporters.has(r)) && u.features.participants.some((p) => people.has(p));
      });
      if (!detail) return;
      for (const d of disputesFrom(clusters[dc]!.map((i) => units[i]!), 'event')) addDispute(c, { ...d, by: dc });
    });
  }

  // 5. Titles, slugs, evidence, verdicts.
  const slugger = new GithubSlugger();
  // Denial cluster → the clusters it denies, in denialClusterOf order.
  const targetsOf = new Map<number, number[]>();
  for (const [target, dc] of denialClusterOf) {
    const list = targetsOf.get(dc);
    if (list) list.push(target);
    else targetsOf.set(dc, [target]);
  }
  const titles = clusters.map((members, c) => {
    const denied = targetsOf.get(c)?.[0];
    if (denied !== undefined) {
      const speaker = mostCommon(members.map((i) => units[i]!.attribution.speaker).filter((s): s is string => !!s)) ?? 'A source on record';
      return clip(`${speaker} denied that ${lowerFirst(representative(clusters[denied]!.map((i) => units[i]!)).text)}`, 120);
    }
    return clip(representative(members.map((i) => units[i]!)).text, 120);
  });
  const slugs = titles.map((t) => proposeSlug(slugger, t));

  return clusters.map((members, c) => {
    const us = members.map((i) => units[i]!);
    const evidence: Evidence[] = us.map((u) => ({
      article: u.article,
      outlet: u.outlet,
      speaker: u.attribution.speaker,
      role: u.attribution.role,
      kind: u.attribution.kind,
      via: u.attribution.via,
      stance: u.stance,
    }));
    const decision = decideVerdict(evidence, disputes.get(c) ?? []);
    const related: Array<{ slug: string; relation: Relation }> = [];
    for (const d of disputes.get(c) ?? []) related.push({ slug: slugs[d.by]!, relation: 'disputed-by' });
    for (const target of targetsOf.get(c) ?? []) related.push({ slug: slugs[target]!, relation: 'disputes' });
    const seen = new Set<string>();
    const appearances = us
      .filter((u) => {
        const key = `${u.article}#${u.sentence}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => (a.article === b.article ? a.sentence - b.sentence : a.article < b.article ? -1 : 1))
      .map((u) => ({
        source: u.article,
        quote: u.quote,
        sentence: u.sentence,
        outlet: u.outlet,
        date: u.date,
        speaker: u.attribution.speaker,
        role: u.attribution.role,
        attribution: u.attribution.kind,
        via: u.attribution.via,
        stance: u.stance,
      }));
    const claim: GeneratedClaim = {
      slug: slugs[c]!,
      title: titles[c]!,
      engine: { verdict: decision.verdict, confidence: decision.confidence },
      appearances,
      reasons: decision.reasons,
      related: dedupeRelated(related),
      summary: [],
    };
    claim.summary = summarise(claim);
    return claim;
  });
}

/**
 * "Declined to comment" is said many ways ("does not comment on private calls", "neither
 * confirmed nor denied the call", "declined to comment on any private discussions"); within
 * one story what makes two such units one claim is who declined, so they match on the speaker.
 */
function declineFeatures(u: Unit): ClaimFeatures {
  const speaker = (u.attribution.speaker ?? 'unknown').toLowerCase();
  return {
    terms: [`s:${speaker}`],
    participants: [speaker],
    negated: false,
    modal: false,
    predicates: [],
  };
}

/** Reporter (as reportersOf gives it) → ascending ids of the clusters with a unit by that reporter. */
function clustersByReporter(clusters: readonly number[][], units: readonly Unit[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  clusters.forEach((members, c) => {
    for (const i of members) {
      for (const r of reportersOf(units[i]!)) {
        const list = out.get(r);
        if (!list) out.set(r, [c]);
        else if (list[list.length - 1] !== c) list.push(c);
      }
    }
  });
  return out;
}

function reportersOf(u: { attribution: { via: string | null; speaker: string | null; kind: string }; stance: string }): string[] {
  const out: string[] = [];
  if (u.attribution.via) out.push(u.attribution.via.toLowerCase());
  if (u.stance === 'reports' && u.attribution.speaker && u.attribution.kind !== 'anonymous') out.push(u.attribution.speaker.toLowerCase());
  return out;
}

function disputesFrom(denials: readonly Unit[], how: Dispute['how']): Dispute[] {
  const bySpeaker = new Map<string, { role: string | null; articles: Set<string> }>();
  for (const u of denials) {
    if (u.attribution.kind !== 'named' || !u.attribution.speaker) continue;
    const s = bySpeaker.get(u.attribution.speaker) ?? { role: u.attribution.role, articles: new Set<string>() };
    s.role ??= u.attribution.role;
    s.articles.add(u.article);
    bySpeaker.set(u.attribution.speaker, s);
  }
  return [...bySpeaker]
    .sort((a, b) => b[1].articles.size - a[1].articles.size || a[0].localeCompare(b[0]))
    .map(([speaker, s]) => ({ speaker, role: s.role, articles: s.articles, how }));
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** The unit closest to all others of its cluster: its text becomes the claim's title. */
function representative(us: readonly Unit[]): Unit {
  // Large clusters repeat the same wording. A member's score is the sum, in member order, of its
  // overlaps with every other member; members with the same terms next to each other (a run)
  // add up exactly the same sequence of numbers, so each run's score is computed once, and each
  // pair of distinct term lists is compared once. Same scores, bit for bit, as computing each.
  const ids = new Map<string, number>();
  const exemplar: Unit[] = [];
  const fid = us.map((u) => {
    const key = u.features.terms.join('\u0000');
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      exemplar.push(u);
    }
    return id;
  });
  const rows = new Map<number, Float64Array>();
  const row = (a: number): Float64Array => {
    let r = rows.get(a);
    if (!r) {
      r = new Float64Array(ids.size).fill(Number.NaN);
      rows.set(a, r);
    }
    return r;
  };
  let best = us[0]!;
  let bestScore = -1;
  let runScore = 0;
  for (let k = 0; k < us.length; k++) {
    const u = us[k]!;
    if (k === 0 || fid[k] !== fid[k - 1]) {
      // First member of a run: its sum, skipping itself (skipping any member of the run is the same).
      const f = fid[k]!;
      const r = row(f);
      runScore = 0;
      for (let j = 0; j < us.length; j++) {
        if (j === k) continue;
        const g = fid[j]!;
        let v = r[g]!;
        if (Number.isNaN(v)) {
          v = overlap(exemplar[f]!.features.terms, exemplar[g]!.features.terms);
          r[g] = v;
        }
        runScore += v;
      }
    }
    let score = runScore;
    // Prefer what is reported or asserted over a denial's wording, and shorter over longer.
    if (u.stance === 'denies') score -= 0.5;
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && u.text.length < best.text.length)) {
      best = u;
      bestScore = score;
    }
  }
  return best;
}

function overlap(a: readonly string[], b: readonly string[]): number {
  const s = new Set(b);
  let n = 0;
  for (const t of a) if (s.has(t)) n++;
  return n / Math.max(1, Math.min(a.length, b.length));
}

function dedupeRelated(related: Array<{ slug: string; relation: Relation }>): Array<{ slug: string; relation: Relation }> {
  const seen = new Set<string>();
  return related.filter((r) => {
    const k = `${r.relation}:${r.slug}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
