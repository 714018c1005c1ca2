/**
 * The claim engine end to end, for a whole corpus: sentences → claim units (attribution and
 * decomposition) → features → clusters across outlets → denial links → verdicts → one
 * GeneratedClaim per cluster. Pure and deterministic: same articles in, same claims out.
 */
import GithubSlugger from 'github-slugger';
import { alternation, lexicon, POINTED_TELLINGS } from '../attribution/lexicon.ts';
import { surnameOf } from '../attribution/people.ts';
import { claimFeatures, learnAliases, wordTerm, type ClaimFeatures } from '../matching/features.ts';
import {
  articleClaims,
  corpusAliases,
  featureArticle,
  type ArticleClaims,
  type FeaturedArticle,
  type FeaturedUnit,
} from './article-claims.ts';
import { clusterItems, type MatchItem } from '../matching/cluster.ts';
import { FeatureIds } from '../matching/feature-ids.ts';
import { figureKeys } from '../matching/figure-keys.ts';
import { ArticleRelations, storyKeys } from '../matching/stories.ts';
import { aboutWhat, accountAspect, announcesResponse, deniesEarlier, isAllegation, resolveDenialTargets, type DenialView, type UnitView } from '../verdicts/relations.ts';
import { pointsBackAtLast } from '../claims/denial.ts';
import { decideVerdict, type Dispute, type Evidence } from '../verdicts/decide.ts';
import { disputesFrom, eventDisputes, type DisputeUnits } from '../verdicts/disputes.ts';
import { conflictingTellings, figureDispute, figuresMeet, figureDisputesBetween, type FigureUnits } from '../verdicts/figure-disputes.ts';
import { dateDisputes, type DateUnits } from '../verdicts/date-disputes.ts';
import { negationDisputes, type NegationUnits } from '../verdicts/negation-disputes.ts';
import { timeDisputes, type TimeUnits } from '../verdicts/time-disputes.ts';
import { figureCorrections, type CorrectionUnits } from '../verdicts/figure-corrections.ts';
import { stateDisputes } from '../verdicts/state-disputes.ts';
import { resolveAccounts, rivalAccounts, type AccountUnits, type ActUnits, type FirstAct } from '../verdicts/rival-accounts.ts';
import { splitRivalSides } from '../matching/rival-sides.ts';
import type { GeneratedClaim, ParsedArticle, Relation, Sentence } from '../types.ts';
import type { Figure } from '../verdicts/figures.ts';
import { tellsClockTime } from '../verdicts/time-disputes.ts';
import { speakerTerms } from '../verdicts/stands-behind.ts';
import { summarise } from './summary.ts';
import { mark } from './timings.ts';
import { clip, lowerFirst, mostCommon, proposeSlug, representatives } from './titles.ts';

export { articleClaims, corpusAliases, featureArticle, proposeSlug };
export type { ArticleClaims, FeaturedArticle, FeaturedUnit };

export interface ArticleWithSentences {
  article: ParsedArticle;
  sentences: Sentence[];
}

/** A name's terms need no corpus aliases (those say who "the Russian leader" is). */
const NO_ALIASES = learnAliases([], []);

const byArticleId = <T extends { article: string }>(a: T, b: T): number => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0);

export function buildClaims(corpus: readonly ArticleWithSentences[]): GeneratedClaim[] {
  const articles = corpus.map(({ article, sentences }) => articleClaims(article, sentences));
  const aliases = corpusAliases(articles);
  return claimsFromFeatures(articles.map((a) => featureArticle(a, aliases)));
}

/**
 * The corpus's units in deterministic order (articles by id, then as each article lists them),
 * kept as they come with their article beside them (no copy per unit: a large corpus has
 * hundreds of thousands).
 */
class UnitTable implements DisputeUnits, FigureUnits, CorrectionUnits, AccountUnits, ActUnits, DateUnits, NegationUnits, TimeUnits {
  readonly units: FeaturedUnit[] = [];
  /** The article of each unit. */
  readonly from: FeaturedArticle[] = [];
  /** The cluster of each unit (-1 until clustered). */
  cluster: Int32Array;
  /** Rank of each unit's article id among the ids (equal ids, equal ranks): ids compared as numbers. */
  readonly articleRank: Int32Array;
  /** The rank of each article id. */
  readonly rankOf = new Map<string, number>();
  /** Accounts of who acted first, by unit (resolveAccounts; set once the table is built). */
  accounts = new Map<number, FirstAct>();
  /** Units their own speaker withdrew (set once denials are resolved): no side of a conflicting fact. */
  readonly withdrawnUnits = new Set<number>();

  constructor(featured: readonly FeaturedArticle[]) {
    const ranks: number[] = [];
    let rank = -1;
    let last: string | undefined;
    for (const a of [...featured].sort(byArticleId)) {
      if (a.article !== last) this.rankOf.set(a.article, ++rank);
      last = a.article;
      for (const u of a.units) {
        this.units.push(u);
        this.from.push(a);
        ranks.push(rank);
      }
    }
    this.cluster = new Int32Array(this.units.length).fill(-1);
    this.articleRank = Int32Array.from(ranks);
  }

  get length(): number {
    return this.units.length;
  }
  article(i: number): string {
    return this.from[i]!.article;
  }
  outlet(i: number): string | null {
    return this.from[i]!.outlet;
  }
  date(i: number): string | null {
    return this.from[i]!.date;
  }
  terms(i: number): readonly string[] {
    return this.units[i]!.features.terms;
  }
  text(i: number): string {
    return this.units[i]!.text;
  }
  sentence(i: number): number {
    return this.units[i]!.sentence;
  }
  quote(i: number): string {
    return this.units[i]!.quote;
  }
  withdrawn(i: number): boolean {
    return this.withdrawnUnits.has(i);
  }
  account(i: number): FirstAct | undefined {
    return this.accounts.get(i);
  }
  predicates(i: number): readonly string[] {
    return this.units[i]!.features.predicates;
  }
  term(word: string): string {
    return wordTerm(word);
  }
  readonly #nameTerms = new Map<string, readonly string[]>();
  nameTerms(name: string): readonly string[] {
    let terms = this.#nameTerms.get(name);
    if (!terms) this.#nameTerms.set(name, (terms = claimFeatures(name, NO_ALIASES).terms));
    return terms;
  }
  attribution(i: number): FeaturedUnit['attribution'] {
    return this.units[i]!.attribution;
  }
  stance(i: number): FeaturedUnit['stance'] {
    return this.units[i]!.stance;
  }
  figures(i: number): readonly Figure[] {
    return this.units[i]!.figures;
  }
  goesOn(i: number): boolean {
    return this.units[i]!.goesOn;
  }
  hints(i: number): number {
    return this.units[i]!.hints;
  }

  negated(i: number): boolean {
    return this.units[i]!.features.negated;
  }
  participants(i: number): readonly string[] {
    return this.units[i]!.features.participants;
  }
}

/** Steps 2b–5, for the whole corpus: clusters, denial links, verdicts, one claim per cluster. */
export function claimsFromFeatures(featured: readonly FeaturedArticle[]): GeneratedClaim[] {
  // 1. Units, in deterministic order (articles by id, sentences in order).
  const table = new UnitTable(featured);
  const units = table.units;
  // Which articles tell the same story: evidence from another story disputes nothing (step 4).
  const stories = storyRelations(table);
  const sameStory = (i: number, j: number): boolean => stories.related(table.articleRank[i]!, table.articleRank[j]!);
  mark('  units and stories');

  // 2. Clusters. Denials cluster by what they deny (step 3), not by wording.
  const claimIdx: number[] = [];
  const denialIdx: number[] = [];
  units.forEach((u, i) => (u.stance === 'denies' ? denialIdx : claimIdx).push(i));
  // Each unit's term list and feature identity, numbered once for every stage below.
  const ids = new FeatureIds();
  const termsOf = new Int32Array(units.length);
  const identityOf = new Int32Array(units.length);
  units.forEach((u, i) => {
    termsOf[i] = ids.listId(u.features.terms);
    identityOf[i] = ids.identity(u.features, termsOf[i]);
  });
  const items: MatchItem[] = claimIdx.map((i) => {
    const u = units[i]!;
    if (u.stance !== 'declines') return { group: 'claim', features: u.features, identity: identityOf[i]!, figures: figureKeys(u.figures), apart: table.articleRank[i]! * SENTENCES + u.sentence };
    const features = declineFeatures(u);
    return { group: 'declines', features, identity: ids.identity(features) };
  });
  // Each side of a rival account ("X fired first" / "Y fired first") is a claim of its own.
  table.accounts = resolveAccounts(table);
  const clusters: number[][] = splitRivalSides(
    clusterItems(items).map((members) => members.map((m) => claimIdx[m]!)),
    (i) => table.accounts.get(i),
    sameStory,
  );
  clusters.forEach((members, c) => {
    for (const i of members) table.cluster[i] = c;
  });
  mark('  clusters');

  // 3. Denials → target clusters; all denials of one cluster form one "X denied it" claim.
  const byArticle = new Map<string, number[]>();
  claimIdx.forEach((i, k) => {
    const article = table.article(i);
    const list = byArticle.get(article);
    if (list) list.push(k);
    else byArticle.set(article, [k]);
  });
  const views: UnitView[] = claimIdx.map((i) => {
    const u = units[i]!;
    return {
      article: table.article(i),
      sentence: u.sentence,
      stance: u.stance,
      attribution: u.attribution.kind,
      features: u.features,
      cluster: table.cluster[i]!,
      identity: identityOf[i]!,
      heading: u.heading,
      announcesResponse: announcesResponse(u.text),
      speaker: u.attribution.kind === 'named' ? u.attribution.speaker : null,
      role: u.attribution.kind === 'named' ? u.attribution.role : null,
      teller: u.attribution.speaker,
      text: u.text,
      opensQuote: quotesOn(u.quote),
    };
  });
  const denialViews: DenialView[] = denialIdx.map((i) => {
    const u = units[i]!;
    return {
      article: table.article(i),
      sentence: u.sentence,
      target: u.targetFeatures,
      negatedEvent: u.eventFeatures,
      pointsBack: u.pointsBack,
      goesOn: u.goesOn,
      retracts: u.retracts,
      owner: u.owner,
      about: speakerTerms(u.attribution),
      speaker: u.attribution.kind === 'named' ? u.attribution.speaker : null,
      heading: u.heading,
      allegation: isAllegation(u.text),
      ofReports: OF_REPORTS.test(u.quote),
      anaphor: pointsBackAtLast(u.text) || REJECTED_THAT.test(u.text),
      thatTelling: THAT_TELLING.test(u.text),
      aspect: accountAspect(u.text),
      aboutWord: aboutWhat(u.text) ?? null,
      earlier: deniesEarlier(u.text),
    };
  });
  const denialsOf = new Map<number, number[]>();
  const orphanDenials: number[] = [];
  const sameStoryArticles = (a: string, b: string): boolean => stories.related(table.rankOf.get(a)!, table.rankOf.get(b)!);
  resolveDenialTargets(denialViews, views, byArticle, sameStoryArticles).forEach((target, k) => {
    const i = denialIdx[k]!;
    // "Mr Rowe said … he had told members that X. He said that was incorrect.": his own tellings
    // of X are withdrawn, there and wherever his story reports them ("Ruth Aldane told MPs that X").
    if (target >= 0 && units[i]!.retracts) {
      const by = units[i]!.attribution.speaker;
      for (const j of clusters[target]!) if (by && units[j]!.attribution.speaker === by && sameStoryArticles(table.article(j), table.article(i))) table.withdrawnUnits.add(j);
    }
    if (target < 0) orphanDenials.push(i);
    else {
      const list = denialsOf.get(target);
      if (list) list.push(i);
      else denialsOf.set(target, [i]);
    }
  });
  // A denial with nothing to point at is still a statement on record: it gets a page of its own.
  for (const members of clusterItems(orphanDenials.map((i) => ({ group: 'denies', features: units[i]!.features, identity: identityOf[i]! })))) {
    const c = clusters.length;
    clusters.push(members.map((m) => orphanDenials[m]!));
    for (const m of members) table.cluster[orphanDenials[m]!] = c;
  }
  mark('  denial targets');
  const denialClusterOf = new Map<number, number>();
  const denialClusters = new Set<number>();
  for (const [target, members] of [...denialsOf].sort((a, b) => a[0] - b[0])) {
    const c = clusters.length;
    clusters.push(members);
    for (const i of members) table.cluster[i] = c;
    denialClusterOf.set(target, c);
    denialClusters.add(c);
  }

  // 4. Disputes: direct denials, then details of a denied event (same reporter, same people).
  const disputes = new Map<number, Array<Dispute & { by: number }>>();
  const addDispute = (c: number, d: Dispute, by: number): void => {
    const list = disputes.get(c);
    if (list) list.push({ ...d, by });
    else disputes.set(c, [{ ...d, by }]);
  };
  for (const [target, dc] of denialClusterOf) {
    for (const d of disputesFrom(clusters[dc]!, table, 'denial')) addDispute(target, d, dc);
  }
  // A denied event reaches only clusters of its own story (through their first units' articles).
  mark('  denial disputes');
  eventDisputes(clusters, table, denialClusterOf, (c, by) => disputes.get(c)?.some((d) => d.by === by) ?? false, addDispute, (c, d) => sameStory(clusters[c]![0]!, clusters[d]![0]!));
  // Conflicting facts: tellings of one claim whose figures cannot both be true (denials and
  // "declined to comment" state no figure: see figuresOf in article-claims.ts).
  mark('  event disputes');
  // (Clusters whose own tellings' figures cannot all be true: on their pages, the rows against the
  // title are marked, disputed or not — a count told days later is no dispute, nor what the title states.)
  const figureConflicted = new Set<number>();
  clusters.forEach((members, c) => {
    if (figuresMeet(members, table)) return;
    figureConflicted.add(c);
    const d = figureDispute(members, table, sameStory);
    if (d) addDispute(c, d, -1);
  });
  // … and between claims whose words differ but measure one thing: claims with pages of their
  // own (not denials, not headline teasers: see `published` below), so each can link the other.
  const between = (c: number): boolean => !denialClusters.has(c) && !clusters[c]!.every((i) => units[i]!.heading);
  mark('  figure disputes');
  figureDisputesBetween(clusters, table, between, sameStory, addDispute);
  // … and figures told as corrections of another ("it was closer to 2,000", "just over 300, not 412").
  mark('  figures between');
  figureCorrections(clusters, table, between, sameStory, addDispute);
  // Rival accounts of who acted first ("X fired first" / "Y fired first"), on one page or two.
  mark('  figure corrections');
  rivalAccounts(clusters, table, between, sameStory, addDispute);
  // Dates that cannot both be true of being told of something ("in early May" / "on May 30").
  mark('  rival accounts');
  dateDisputes(clusters, table, between, sameStory, addDispute);
  // When an incident began ("the fault began at 4:50 a.m." / "the disruption began shortly after 6 a.m.").
  mark('  date disputes');
  timeDisputes(clusters, table, between, sameStory, addDispute);
  // Contrary states of one thing ("the radar was working" / "the radar had been out of action").
  mark('  time disputes');
  stateDisputes(clusters, table, between, sameStory, addDispute);
  // A denial worded as a plain statement on record ("No inspection has been postponed").
  mark('  state disputes');
  negationDisputes(clusters, table, between, sameStory, addDispute);

  mark('  negation disputes');
  // 5. Titles, slugs, evidence, verdicts.
  const slugger = new GithubSlugger();
  // Denial cluster → the clusters it denies, in denialClusterOf order.
  const targetsOf = new Map<number, number[]>();
  for (const [target, dc] of denialClusterOf) {
    const list = targetsOf.get(dc);
    if (list) list.push(target);
    else targetsOf.set(dc, [target]);
  }
  // A claim only headlines tell ("Fire tears through plant; 12 workers hurt", "Putin Denies talks
  // amid war escalation") is a teaser of what the articles' sentences tell, with no attribution
  // of its own: no page, unless a denial is about it or it is one.
  const published = clusters.map((members, c) => denialClusterOf.has(c) || targetsOf.has(c) || !members.every((i) => units[i]!.heading));
  const pick = representatives(clusters, (i) => units[i]!, termsOf, ids.lists.lists);
  const titles = clusters.map((members, c) => {
    if (!published[c]) return '';
    const denied = targetsOf.get(c)?.[0];
    if (denied !== undefined) {
      const speaker = mostCommon(members.map((i) => units[i]!.attribution.speaker).filter((s): s is string => !!s)) ?? 'A source on record';
      const shown = units[pick(denied)]!;
      const what = shown.text;
      // "Keller denied that Martin Keller met …" names him twice: his own words say "he".
      if (namesFirst(what, speaker)) return clip(units[pick(c)]!.text, 120);
      // "X denied that we are prepared to talk": whose "we" it is, in their own words.
      const by = shown.attribution.kind === 'named' ? shown.attribution.speaker : null;
      if (FIRST_PERSON_OPENING.test(what) && by) return clip(`${speaker} disputed ${by}’s words: “${what}”`, 120);
      // "That was incorrect" after "Last week I told the House that …": the speaker's own words withdrawn.
      if (members.every((i) => units[i]!.retracts)) return clip(`${speaker} withdrew the statement that ${lowerFirst(what, shown.quote)}`, 120);
      // ("denied that the alarm wasn't working", not "that there are rumours online that …".)
      return clip(`${speaker} denied that ${lowerFirst(what.replace(HEARSAY_OPENING, ''), shown.quote)}`, 120);
    }
    return clip(units[pick(c)]!.text, 120);
  });
  mark('  titles');
  const slugs = titles.map((t, c) => (published[c] ? proposeSlug(slugger, t) : ''));

  return clusters.flatMap((members, c) => {
    if (!published[c]) return [];
    const detail = detailOf(units[pick(c)]!);
    const evidence: Evidence[] = members.map((i) => {
      const u = units[i]!;
      return {
        ...(detail && u.heading && !tellsDetail(u, detail) ? { withoutDetail: true } : {}),
        article: table.article(i),
        outlet: table.from[i]!.outlet,
        speaker: u.attribution.speaker,
        role: u.attribution.role,
        kind: u.attribution.kind,
        via: u.attribution.via,
        stance: u.stance,
      };
    });
    const decision = decideVerdict(evidence, disputes.get(c) ?? []);
    const related: Array<{ slug: string; relation: Relation }> = [];
    for (const d of disputes.get(c) ?? []) if (d.by >= 0) related.push({ slug: slugs[d.by]!, relation: 'disputed-by' });
    for (const target of targetsOf.get(c) ?? []) related.push({ slug: slugs[target]!, relation: 'disputes' });
    const claim: GeneratedClaim = {
      slug: slugs[c]!,
      title: titles[c]!,
      engine: { verdict: decision.verdict, confidence: decision.confidence },
      appearances: appearancesOf(members, table, figureConflicted.has(c) ? conflictingTellings(members, pick(c), table, sameStory) : NONE),
      reasons: decision.reasons,
      related: dedupeRelated(related),
      summary: [],
    };
    claim.summary = summarise(claim);
    return [claim];
  });
}

/** What is reported or alleged, as a denial names it (lexicon.reportNouns: "reports", "claims", "rumours" …). */
const REPORT_NOUNS = alternation(lexicon.reportNouns);

/** A denial of what reports say: "Reports that our guards were asleep are completely untrue", "claims in the press that …". */
const OF_REPORTS = new RegExp(`\\b(?:${REPORT_NOUNS})\\s+(?:(?:in|on|by)\\s+[^,.;]{1,40}?\\s+)?that\\b`, 'i');

/**
 * "There are rumours online that …", "There have been reports that …": what the hearsay says is
 * what a denial of it denies, not that the rumours exist.
 */
const HEARSAY_OPENING = new RegExp(`^there\\s+(?:are|were|have\\s+been|has\\s+been)\\s+(?:(?:some|many|widespread|persistent|unconfirmed)\\s+)?(?:${REPORT_NOUNS})(?:\\s+(?:online|circulating|on\\s+social\\s+media))?\\s+that\\s+`, 'i');

/** "Pryce rejected that.": what was just told, rejected whole (as "That is untrue" is). */
const REJECTED_THAT = /\b(?:disputed|disputes|dispute|rejected|rejects|reject|denied|denies|deny|contested|contests|contest)\s+(?:that|this)\s*[.!]?$/i;

/** "disputed that account", "rejected this version": a telling pointed at (resolveDenialTargets reads which). */
const THAT_TELLING = new RegExp(`\\b(?:disputed|disputes|dispute|rejected|rejects|reject|denied|denies|deny|contested|contests|contest|challenged|challenges|challenge)\\s+(?:that|this)\\s+(?:${POINTED_TELLINGS.join('|')})\\b`, 'i');

/**
 * Is a sentence a quotation, or part of one: it opens with a quotation mark, or closes one it did
 * not open ("The crew just said to stay in the lounge," she said. after “Nobody told us anything.).
 */
const quotesOn = (sentence: string): boolean => /^\s*[“"‘']/.test(sentence) || /^[^“]*”/.test(sentence) || (sentence.split('"').length - 1) % 2 === 1;

/** A claim in its speaker's own first person: "We are prepared to talk", "I plan to run again". */
const FIRST_PERSON_OPENING = /^(?:we|i|our|my|us)\b(?!['’]?\w)/i;

/** Does `text` open with the speaker's name ("Martin Keller met …" for Keller)? */
function namesFirst(text: string, speaker: string): boolean {
  const surname = surnameOf(speaker);
  return text.split(/\s+/, 3).some((w) => surnameOf(w) === surname);
}

/**
 * Which of the table's articles (by rank) tell the same story, from the names their units carry
 * and the names of who speaks in them: a company's statement says "we" and "our systems", and is
 * of the story that quotes the company ("Quantaris said …").
 */
function storyRelations(table: UnitTable): ArticleRelations {
  const keys: string[][] = Array.from({ length: table.rankOf.size }, () => []);
  table.units.forEach((u, i) => {
    const list = keys[table.articleRank[i]!]!;
    for (const k of storyKeys(u.features.terms)) list.push(k);
    const a = u.attribution;
    if (a.kind === 'named' && a.speaker) for (const k of storyKeys(table.nameTerms(a.speaker))) list.push(k);
  });
  return new ArticleRelations(keys);
}

const NONE: ReadonlySet<number> = new Set();

/**
 * A cluster's appearances: one per sentence (its first unit there), by article id then sentence;
 * those told with a figure that cannot also be true of the title (`conflicting`, by unit) marked so.
 */
function appearancesOf(members: readonly number[], table: UnitTable, conflicting: ReadonlySet<number>): GeneratedClaim['appearances'] {
  const { units, from, articleRank } = table;
  // Sentences are keyed by article rank and number (a number, not a string per unit).
  const key = (i: number): number => articleRank[i]! * SENTENCES + units[i]!.sentence;
  const seen = new Set<number>();
  const kept = members.filter((i) => {
    const k = key(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  kept.sort((x, y) => key(x) - key(y));
  return kept.map((i) => {
    const u = units[i]!;
    const a = from[i]!;
    return {
      source: a.article,
      quote: u.quote,
      sentence: u.sentence,
      outlet: a.outlet,
      date: a.date,
      speaker: u.attribution.speaker,
      role: u.attribution.role,
      attribution: u.attribution.kind,
      via: u.attribution.via,
      stance: conflicting.has(i) ? 'conflicts' : u.stance,
    };
  });
}

/** What a title's telling states that a headline may leave out: a figure, a clock time. */
interface Detail {
  figures: boolean;
  time: boolean;
}

/** The detail a telling states, or null when it states none. */
function detailOf(u: FeaturedUnit): Detail | null {
  const d = { figures: u.figures.length > 0, time: tellsClockTime(u.text) };
  return d.figures || d.time ? d : null;
}

/** Does a telling state the detail too (any figure where the title has one, any time where it has one)? */
const tellsDetail = (u: FeaturedUnit, d: Detail): boolean => (!d.figures || u.figures.length > 0) && (!d.time || tellsClockTime(u.text));

/** More sentences than any article has (keys stay exact: ranks × this < 2^53). */
const SENTENCES = 2 ** 24;

/**
 * "Declined to comment" is said many ways ("does not comment on private calls", "neither
 * confirmed nor denied the call", "declined to comment on any private discussions"); within
 * one story what makes two such units one claim is who declined, so they match on the speaker.
 */
function declineFeatures(u: FeaturedUnit): ClaimFeatures {
  const speaker = (u.attribution.speaker ?? 'unknown').toLowerCase();
  return {
    terms: [`s:${speaker}`],
    participants: [speaker],
    negated: false,
    modal: false,
    predicates: [],
  };
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
