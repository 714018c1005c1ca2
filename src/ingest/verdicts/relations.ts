/**
 * Links denials to what they deny.
 *
 * A denial names its target in one of three ways: as a clause ("denied that A met B"), as a
 * negated event ("there was no such call"), or only by reference ("rejected the report",
 * "called it false"). Clauses and events are matched by features against what the article
 * reports; a reference means "the report this article is about", which is the claim that the
 * article's explicit denials point at, or failing that the one denials elsewhere point at.
 */
import { speakerKey } from './speakers-on-record.ts';
import { tellsClockTime } from './time-disputes.ts';
import type { ClaimFeatures } from '../matching/features.ts';
import { participantsConflict, weightedJaccard } from '../matching/cluster.ts';
import { FeatureIds } from '../matching/feature-ids.ts';

export interface UnitView {
  article: string;
  sentence: number;
  stance: string;
  /** Who stands behind the unit: reported and anonymous units are what denials answer. */
  attribution: string;
  features: ClaimFeatures;
  cluster: number;
  /** The features' identity number (FeatureIds.identity), when the caller has it: for all units or for none. */
  identity?: number;
  /** From a headline or subheading: a denial answers the article's sentences first. */
  heading?: boolean;
  /** Only announces a response ("Last night Kessler hit back"): what a denial after it answers came before it. */
  announcesResponse?: boolean;
  /** The named speaker on record, if any: a reference answers claims of others ("the union said …"). */
  speaker?: string | null;
  /** The speaker's role, if any ("President and Chief Executive Officer of Veltrex"): whom they speak for. */
  role?: string | null;
  /** Who tells it, however sourced ("the scientist", "two people familiar with the talks"), if anyone. */
  teller?: string | null;
  /** The unit's claim text, when the caller has it: a background line ("… is a breach of the rules") is told by it (isBackground). */
  text?: string;
  /** Its sentence is a quotation or part of one (build-claims.ts quotesOn): the speaker's own words, going on with what they were said to say. */
  opensQuote?: boolean;
}

/** The unit of the latest sentence in `pool` (the first such, in pool order). */
const latest = (pool: readonly UnitView[]): UnitView | null => pool.reduce<UnitView | null>((a, u) => (a === null || u.sentence > a.sentence ? u : a), null);

/** A denial of "the allegation(s)", "the accusation(s)", "the charges". */
export function isAllegation(text: string): boolean {
  return /\b(?:allegations?|accusations?|charges)\b/i.test(text);
}

/**
 * What a reference to someone's account says it is about: "the trust's account of when the attack
 * began" answers the trust's times, not its count of postponed operations ("how many": its figures).
 */
export function accountAspect(text: string): 'time' | 'figure' | null {
  const m = /\b(?:account|version|timeline|figures?|claims?|statement)\s+(?:of|about|on)\s+(when|what\s+time|how\s+(?:many|much))\b/i.exec(text);
  return m ? (/^how/i.test(m[1]!) ? 'figure' : 'time') : null;
}


/** An unnamed source told again: "the scientist", "the person", "one of them". */
const POINTS_BACK_TELLER = /^(?:the|this|that|one\s+of)\b/i;

/** A line in the present that tells no event: "is"/"are", and no past tense. */
export function isBackground(text: string): boolean {
  return /\b(?:is|are)\b/i.test(text) && !/\b(?:was|were|had|did|said|told|\p{L}+ed)\b/iu.test(text);
}

/** One speaker however written ("The union" / "the union"). */
const sameSpeaker = (a: string, b: string): boolean => speakerKey(a) === speakerKey(b);

/**
 * Are `u`'s words the denier's own? Said by the denier, or by someone whose role names the
 * denier: "Veltrex rejects the allegations" does not answer its chief executive's words.
 */
function ownWords(u: UnitView, denier: string): boolean {
  if (!u.speaker) return false;
  return sameSpeaker(u.speaker, denier) || (!!u.role && hasWords(u.role, speakerKey(denier)));
}

/** Does `text` hold `words` (lower case, one or more whole words)? */
const hasWords = (text: string, words: string): boolean => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${words} `);

/** Words that say someone answered: "hit back", "responded on Monday". */
const RESPONSE = /\b(?:hit|hits|fired|fires|struck|strikes|shot|hitting|firing)\s+back\b|\b(?:responded|responds|replied|replies|reacted|reacts|retorted|retorts)\s*(?:on|in|last|late|yesterday|today|$)/i;

/**
 * A short line that only says someone answered: "Last night Adrian Kessler hit back", "The
 * company responded", "Kessler fired back on Monday". The denial that follows ("These claims are
 * false") answers what was told before it.
 */
export function announcesResponse(text: string): boolean {
  // Asked of every claim of the corpus: the pattern (which few match) before the word count.
  return RESPONSE.test(text.trim()) && text.split(/\s+/).length <= 8;
}

export interface DenialView {
  article: string;
  sentence: number;
  target: ClaimFeatures | null;
  negatedEvent: ClaimFeatures | null;
  /** "rejected that account": answers what its article told just before it. */
  pointsBack?: boolean;
  /**
   * Goes on from the denial before it in the list, of the same article ("hit back at the claims.
   * ‘We did not delay the notification,’ she said"): it denies the same thing, and with it counts
   * as one denial.
   */
  goesOn?: boolean;
  /**
   * A speaker's retraction of what they said they had told before ("Last week I told the House
   * that …. That was incorrect."): the one denial that may answer the denier's own words.
   */
  retracts?: boolean;
  /** Whose claims a reference denies, when it says ("rejected the union's count": "the union"). */
  owner?: string | null;
  /**
   * Terms that name the denier or what they speak for ("e:marchbank", "w:federation" for
   * "Federation boss Helen Marchbank"): "hit back at the claims" answers claims about them.
   */
  about?: readonly string[];
  /** The named denier, if any: what they answer is someone else's. */
  speaker?: string | null;
  /** "rejected the allegation": what it answers was alleged, by someone not on record (isAllegation). */
  allegation?: boolean;
  /**
   * "Reports that our guards were asleep are completely untrue": it denies what reports say, in
   * fewer words than they do ("… were asleep in the staff room when the gang smashed the cases").
   */
  ofReports?: boolean;
  /**
   * "No animals have escaped before": it denies an earlier occasion, so only a claim that tells of
   * one (tellsOfEarlier) is what it answers, not today's "animals have escaped" (deniesEarlier).
   */
  earlier?: boolean;
  /** "That is not the case", "That's false": what was said just before, not the account it belongs to (pointsBackAtLast, claims/denial.ts). */
  anaphor?: boolean;
  /** From a headline ("operator rejects claims"): it answers what the article's own denials answer. */
  heading?: boolean;
  /** What the owner's account it answers is about, when it says (accountAspect): a time, or a figure. */
  aspect?: 'time' | 'figure' | null;
  /** What an anaphoric denial says it is about ("That's simply not true about our agents" → "agent"; aboutWhat). */
  aboutWord?: string | null;
  /** "disputed that account", "rejected this version": a telling pointed at with "that" or "this". */
  thatTelling?: boolean;
}

/** How like the words denied an owner's claim must be to be what "the union's claim that …" denies. */
const MIN_OWNER_SIMILARITY = 0.1;

/** Sentences back an anaphoric denial's "about X" may look for the last thing told about X. */
const ABOUT_REACH = 6;

/**
 * What an anaphoric denial says it is about, as a word's stem: "That's simply not true about our
 * agents" → "agent". Undefined when it does not say.
 */
export function aboutWhat(text: string): string | undefined {
  const m = /\b(?:not\s+true|untrue|false|wrong|a\s+lie|nonsense)\s+about\s+(?:our|their|his|her|its|the|my|your)?\s*(\p{L}{3,})/iu.exec(text);
  return m ? m[1]!.toLowerCase().replace(/(?:es|s)$/, '') : undefined;
}

/** Flat-weighted Jaccard a clause target needs to match a claim of its own article. */
const MIN_TARGET_SIMILARITY = 0.25;
/** …and a claim told only in another article, where less context backs the match. */
const MIN_REMOTE_SIMILARITY = 0.4;
/** …and a claim on record in another article, which a denial answers only in nearly its words. */
const MIN_ON_RECORD_SIMILARITY = 0.6;
const flat = (_t: string): number => 1;

const isReported = (u: UnitView): boolean => u.stance === 'reports' || u.attribution !== 'named';

/** A unit a probe can match at all: the same polarity, and no one each names that the other does not. */
const matchable = (probe: ClaimFeatures, u: UnitView): boolean =>
  probe.negated === u.features.negated && !peopleConflict(probe.participants, u.features.participants) && judgementsKept(probe, u.features);

/**
 * Words that judge what happened rather than tell it: "rejected criticism that the order was
 * issued too late" denies the lateness, not "the order was issued at 4:10 a.m.", which the
 * officials themselves state. A target judging so only answers a claim that judges so too.
 */
const JUDGEMENTS = new Set(['w:late', 'w:slow', 'w:slowly', 'w:inadequate', 'w:insufficient', 'w:botch', 'w:negligent', 'w:reckless', 'w:rush', 'w:premature', 'w:prematurely', 'w:incompetent', 'w:mishandle', 'w:poorly']);
function judgementsKept(probe: ClaimFeatures, claim: ClaimFeatures): boolean {
  for (const t of probe.terms) if (JUDGEMENTS.has(t) && !claim.terms.includes(t)) return false;
  return true;
}

/** Flat Jaccard of the probe's terms and a unit's (`ascending`: the probe's are sorted without repeats). */
function similarity(probe: ClaimFeatures, ascending: boolean, u: UnitView): number {
  return ascending && strictlyAscending(u.features.terms) ? sortedJaccard(probe.terms, u.features.terms) : weightedJaccard(probe.terms, u.features.terms, flat);
}

function bestMatch(probe: ClaimFeatures, pool: readonly UnitView[], min: number): UnitView | null {
  let best: UnitView | null = null;
  let bestScore = min;
  const ascending = strictlyAscending(probe.terms);
  for (const u of pool) {
    if (!matchable(probe, u)) continue;
    const s = similarity(probe, ascending, u);
    if (s > bestScore) {
      best = u;
      bestScore = s;
    }
  }
  return best;
}

/**
 * bestMatch within one article, its sentences before its headlines: "Keller denied that he had
 * met anyone before the vote" answers the report the article tells, not its subheading "Meeting
 * Before the Vote", which has fewer words to differ by.
 */
function bestInArticle(probe: ClaimFeatures, pool: readonly UnitView[], min: number): UnitView | null {
  // (A heading that tells nothing, "Statement on Mill Lane pumping station, Hollinbridge", only
  // names a topic: no denial answers it.)
  return bestCovering(probe, pool.filter((u) => !u.heading), min) ?? bestCovering(probe, pool.filter((u) => u.heading && u.features.predicates.length > 0), min);
}

/**
 * Among the units similar enough (flat Jaccard above `min`), the one that holds most of what the
 * denial names, then the most similar: "Marsh denied that the hospital had paid any ransom"
 * answers the lede "Fenmore General Hospital paid a ransom … to the hackers who crippled its
 * systems" (all three of hospital, pay, ransom, in a long sentence), not the shorter "The FBI
 * advises victims not to pay ransoms" (two of them), which Jaccard alone prefers.
 */
function bestCovering(probe: ClaimFeatures, pool: readonly UnitView[], min: number): UnitView | null {
  let best: UnitView | null = null;
  let bestShared = 0;
  let bestScore = min;
  const probeTerms = new Set(probe.terms);
  const ascending = strictlyAscending(probe.terms);
  for (const u of pool) {
    if (!matchable(probe, u)) continue;
    const s = similarity(probe, ascending, u);
    if (!(s > min)) continue;
    let shared = 0;
    for (const t of new Set(u.features.terms)) if (probeTerms.has(t)) shared++;
    if (shared > bestShared || (shared === bestShared && s > bestScore)) {
      best = u;
      bestShared = shared;
      bestScore = s;
    }
  }
  return best;
}

/** Share of a short denial's terms a claim of its article must hold when their similarity is lower. */
const MIN_COVERED = 2 / 3;

/**
 * A denial that restates the accusation in a few words ("SRR denied that any speed restriction had
 * been ignored") shares little with the long claim it answers ("The union said the train had been
 * travelling well above a temporary 60 km/h speed restriction on the approach to the viaduct"):
 * 2 of its 3 terms, a similarity of 0.22. In its own article, a claim that holds at least
 * MIN_COVERED of the denial's terms (two at least) is what it answers; the one holding most, then
 * the first told, when several do.
 */
function mostCovering(probe: ClaimFeatures, pool: readonly UnitView[]): UnitView | null {
  const probeTerms = new Set(probe.terms);
  if (probeTerms.size < 2) return null;
  let best: UnitView | null = null;
  let bestShared = Math.max(2, Math.ceil(MIN_COVERED * probeTerms.size - 1e-9)) - 1;
  for (const u of pool) {
    if (u.heading || !matchable(probe, u)) continue;
    let shared = 0;
    for (const t of new Set(u.features.terms)) if (probeTerms.has(t)) shared++;
    if (shared > bestShared) {
      best = u;
      bestShared = shared;
    }
  }
  return best;
}

/** Sorted without repeats (as claimFeatures makes term lists). */
function strictlyAscending(list: readonly string[]): boolean {
  for (let k = 1; k < list.length; k++) if (!(list[k - 1]! < list[k]!)) return false;
  return true;
}

/**
 * weightedJaccard(a, b, flat) for two lists sorted without repeats, by one merge walk instead of
 * two sets: with weights of 1 both sums are whole numbers, so the result is the same number.
 */
function sortedJaccard(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** participantsConflict for two short lists, without building sets: each names someone the other does not. */
function peopleConflict(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.some((p) => !b.includes(p)) && b.some((p) => !a.includes(p));
}

interface RemotePool {
  /**
   * bestMatch(probe, pool, min) for the whole pool (same answer), through an inverted index;
   * with `eligible`, for the units of the pool it accepts (`scope` names the filter for the memo).
   */
  best(probe: ClaimFeatures, min: number, eligible?: (u: UnitView) => boolean, scope?: string): UnitView | null;
  search(probe: ClaimFeatures, min: number, eligible?: (u: UnitView) => boolean): UnitView | null;
}

/** Terms a denial of reports ("Reports that …") must hold to be found whole inside a report of another article. */
const MIN_REPORTED_TERMS = 2;

/** Names a target must hold to be found whole inside a longer claim of another article. */
const MIN_COVERED_NAMES = 2;
/** …and terms in all. */
const MIN_COVERED_TERMS = 4;

interface CoveringPool {
  find(probe: ClaimFeatures, eligible: (u: UnitView) => boolean): UnitView | null;
}

/**
 * A short target found whole inside a longer claim of another article: "Lena Hartigan met Marko
 * Reljić in Lisbon last March" is all in "Hartigan first met Reljić at a hotel in Lisbon on March
 * 14 last year, almost ten months before the transfer window opened …", whose other words keep
 * the two apart by Jaccard. Only targets naming at least MIN_COVERED_NAMES people or places, with
 * MIN_COVERED_TERMS terms: every one of them must be in the claim. The first such claim in pool
 * order, by the postings of the target's rarest term.
 */
function coveringPool(pool: readonly UnitView[], minTerms = MIN_COVERED_TERMS, minNames = MIN_COVERED_NAMES): CoveringPool {
  const postings = new Map<string, UnitView[]>();
  for (const u of pool) {
    if (u.heading) continue;
    for (const t of new Set(u.features.terms)) {
      const list = postings.get(t);
      if (list) list.push(u);
      else postings.set(t, [u]);
    }
  }
  return {
    find(probe, eligible) {
      const terms = [...new Set(probe.terms)];
      if (terms.length < minTerms || terms.filter((t) => t.startsWith('e:') || t.startsWith('p:')).length < minNames) return null;
      let rarest: UnitView[] | undefined;
      for (const t of terms) {
        const list = postings.get(t);
        if (!list) return null;
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      for (const u of rarest!) {
        if (!matchable(probe, u) || !eligible(u)) continue;
        const has = new Set(u.features.terms);
        if (terms.every((t) => has.has(t))) return u;
      }
      return null;
    },
  };
}

/**
 * The corpus-wide pool of reported units, indexed by term. A unit scores above `min` only if it
 * shares more than min × (probe terms) of the probe's terms, so it holds at least one of any
 * (probe terms − that share + 1) of them: only the units holding one of the probe's rarest such
 * terms are scored — the same unit wins as in a scan of the whole pool (bestMatch).
 *
 * Units with the same features score the same, and a scan keeps the first of equal scores: so
 * the pool is kept as its distinct feature sets, each standing for its first unit in pool order
 * (numbered in that order), which makes a corpus of much-repeated sentences a far smaller pool.
 */
function remotePool(pool: readonly UnitView[]): RemotePool {
  const numbered = pool.every((u) => u.identity !== undefined);
  const ids = numbered ? null : new FeatureIds();
  const local = new Map<number, number>();
  /** Distinct feature sets by first appearance: the first unit with each. */
  const first: UnitView[] = [];
  /** Every unit with each, as pool positions in pool order (for an `eligible` filter). */
  const positions: number[][] = [];
  pool.forEach((u, at) => {
    const identity = u.identity ?? ids!.identity(u.features);
    const known = local.get(identity);
    if (known !== undefined) {
      positions[known]!.push(at);
      return;
    }
    local.set(identity, first.length);
    first.push(u);
    positions.push([at]);
  });
  local.clear();
  const postings = new Map<string, number[]>();
  let distinct = true;
  first.forEach((u, i) => {
    if (new Set(u.features.terms).size !== u.features.terms.length) distinct = false;
    for (const t of u.features.terms) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const mark = new Int32Array(first.length);
  let stampOf = 1;
  const termSets = new Map<number, Set<string>>();
  const peopleSets = new Map<number, Set<string>>();
  const cached = <T>(m: Map<number, T>, i: number, make: () => T): T => {
    let v = m.get(i);
    if (v === undefined) {
      v = make();
      m.set(i, v);
    }
    return v;
  };
  // The pool is fixed, so the answer depends on the probe only: denials repeat their targets.
  const memo = new Map<string, UnitView | null>();
  const remember = (key: string, find: () => UnitView | null): UnitView | null => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const found = find();
    memo.set(key, found);
    return found;
  };
  return {
    best(probe, min, eligible, scope = '') {
      const key = `${min}\u0001${probe.negated ? 1 : 0}\u0001${probe.participants.join('\u0002')}\u0001${probe.terms.join('\u0002')}`;
      const overall = remember(key, () => this.search(probe, min));
      // The whole pool's answer is the filtered pool's too when the filter keeps it (it is the
      // first unit with the best score in the pool, so also among the kept units), and nothing
      // in the filtered pool beats `min` when nothing in the whole pool does.
      if (!eligible || overall === null || eligible(overall)) return overall;
      return remember(`${scope}\u0003${key}`, () => this.search(probe, min, eligible));
    },
    search(probe: ClaimFeatures, min: number, eligible?: (u: UnitView) => boolean): UnitView | null {
      const terms = [...new Set(probe.terms)];
      if (!distinct || terms.length !== probe.terms.length) return bestMatch(probe, eligible ? pool.filter(eligible) : first, min);
      const p = terms.length;
      // A unit beats `min` only with more than min × p shared terms (its union has at least the
      // probe's p terms); rounded down, so the bound is never too strict.
      const need = Math.max(1, Math.floor(min * p - 1e-9) + 1);
      const rare = terms
        .map((t) => [t, postings.get(t)?.length ?? 0] as const)
        .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .slice(0, Math.max(0, p - need + 1));
      // Candidates in pool order. A unit with q terms scores at most p / q (all p shared), so
      // one with q ≥ p / min cannot beat `min` and is not looked at (rounded to be safe).
      let count = 0;
      for (const [t] of rare) count += postings.get(t)?.length ?? 0;
      const found = new Int32Array(count);
      let n = 0;
      for (const [t] of rare) {
        for (const i of postings.get(t) ?? []) {
          if (mark[i] === stampOf) continue;
          mark[i] = stampOf;
          found[n++] = i;
        }
      }
      stampOf = stampOf === 0x7fffffff ? 1 : stampOf + 1;
      if (stampOf === 1) mark.fill(0);
      const candidates = found.subarray(0, n).sort();
      // bestMatch over the candidates, with the sets built once per unit: with flat weights the
      // weighted Jaccard is shared / (probe terms + unit terms − shared).
      const probePeople = new Set(probe.participants);
      let best: UnitView | null = null;
      let bestScore = min;
      let bestAt = -1;
      for (const i of candidates) {
        let u = first[i]!;
        if (u.features.terms.length * min >= p + 1e-9) continue;
        // With a filter, this feature set stands for its first eligible unit, if any; equal
        // scores then go to the unit first in the pool, as in a scan of the filtered pool.
        let at = positions[i]![0]!;
        if (eligible && !eligible(u)) {
          at = positions[i]!.find((k) => eligible(pool[k]!)) ?? -1;
          if (at < 0) continue;
          u = pool[at]!;
        }
        if (probe.negated !== u.features.negated) continue;
        if (participantsConflict(probePeople, cached(peopleSets, i, () => new Set(u.features.participants)))) continue;
        const set = cached(termSets, i, () => new Set(u.features.terms));
        let shared = 0;
        for (const t of probe.terms) if (set.has(t)) shared++;
        const union = p + u.features.terms.length - shared;
        const score = union === 0 ? 0 : shared / union;
        if (score > bestScore || (score === bestScore && best !== null && at < bestAt)) {
          best = u;
          bestScore = score;
          bestAt = at;
        }
      }
      return best;
    },
  };
}

/**
 * Resolves every denial to the cluster it denies (-1 when it points at nothing found).
 * `units` are the non-denial units; `byArticle` maps an article to indexes into `units`.
 */
export function resolveDenialTargets(
  denials: readonly DenialView[],
  units: readonly UnitView[],
  byArticle: ReadonlyMap<string, readonly number[]>,
  sameStory: (a: string, b: string) => boolean = () => true,
): number[] {
  // A denial that goes on from the one before it shares that one's target: only the first of
  // each run is resolved (and counted, when denials elsewhere are counted).
  const leadOf: number[] = [];
  const leads: DenialView[] = [];
  denials.forEach((d, k) => {
    if (d.goesOn && k > 0 && denials[k - 1]!.article === d.article) leadOf.push(leadOf[k - 1]!);
    else {
      leadOf.push(leads.length);
      leads.push(d);
    }
  });
  const resolved = resolveLeads(leads, units, byArticle, sameStory);
  const out = leadOf.map((lead) => resolved[lead]!);
  // "Ms X rejected claims that he is still being paid. ‘It is simply untrue that the deputy mayor
  // is still receiving his allowance,’ she said.": a denial in other words that points at nothing
  // the article tells, right after a denial by the same speaker, denies what that one denies.
  for (let k = 1; k < denials.length; k++) {
    const d = denials[k]!;
    const before = denials[k - 1]!;
    if (out[k] !== -1 || out[k - 1]! < 0 || !d.speaker || d.speaker !== before.speaker) continue;
    if (d.article === before.article && d.sentence - before.sentence <= 1) out[k] = out[k - 1]!;
  }
  return out;
}

/** Does a denial deny an earlier occasion: "No animals have escaped before", "It has never happened previously"? */
export const deniesEarlier = (text: string): boolean => /\b(?:before|previously|in\s+the\s+past)\s*[.!?]?\s*$/i.test(text);

/** Does a claim tell of an earlier occasion: "… in 2022", "two years ago", "had escaped before"? */
const tellsOfEarlier = (u: UnitView): boolean => /\b(?:before|previously|in\s+the\s+past|earlier|last\s+(?:year|month|week)|years?\s+ago|(?:19|20)\d\d)\b/i.test(u.text ?? '');

/** resolveDenialTargets for denials that each deny something of their own. */
function resolveLeads(
  denials: readonly DenialView[],
  units: readonly UnitView[],
  byArticle: ReadonlyMap<string, readonly number[]>,
  sameStory: (a: string, b: string) => boolean,
): number[] {
  const ownUnits = (article: string): UnitView[] => (byArticle.get(article) ?? []).map((i) => units[i]!);
  let remote: RemotePool | null = null;
  let onRecordPool: RemotePool | null = null;
  let covering: CoveringPool | null = null;
  let reportsCovering: CoveringPool | null = null;
  const out = denials.map((d): number | null => {
    // (Never the denier's own words: "No. I've been to Lisbon twice in my life" denies nothing she said.)
    // (A denial of an earlier occasion answers only a claim that tells of one: deniesEarlier.)
    const fits = (u: UnitView): boolean => !d.earlier || tellsOfEarlier(u);
    const earlier = d.earlier ? '\u0005' : '';
    const own = ownUnits(d.article).filter((u) => (d.retracts || !(d.speaker && ownWords(u, d.speaker))) && fits(u));
    // "denied that there had been a call" names an event, not a clause to match word for word.
    if (d.target && !d.negatedEvent) {
      const hit =
        bestInArticle(d.target, own.filter(isReported), MIN_TARGET_SIMILARITY) ??
        bestInArticle(d.target, own, MIN_TARGET_SIMILARITY) ??
        (remote ??= remotePool(units.filter(isReported))).best(d.target, MIN_REMOTE_SIMILARITY, (u) => sameStory(d.article, u.article) && fits(u), d.article + earlier) ??
        // A claim on record elsewhere, in nearly the words denied ("Farrow denied that the site was
        // last inspected in March 2025" / the company's "The site was last inspected in March
        // 2025"), not the denier's own.
        (onRecordPool ??= remotePool(units.filter((u) => !isReported(u)))).best(d.target, MIN_ON_RECORD_SIMILARITY, (u) => sameStory(d.article, u.article) && (d.retracts || !(d.speaker && ownWords(u, d.speaker))) && fits(u), `${d.article}\u0004${d.speaker ?? ''}${earlier}`) ??
        mostCovering(d.target, own) ??
        (covering ??= coveringPool(units.filter(isReported))).find(d.target, (u) => sameStory(d.article, u.article) && fits(u)) ??
        // ("Reports that our guards were asleep …": a report of another article holding all it says.)
        (d.ofReports ? (reportsCovering ??= coveringPool(units.filter(isReported), MIN_REPORTED_TERMS, 0)).find(d.target, (u) => u.article !== d.article && sameStory(d.article, u.article) && fits(u)) : null) ??
        (d.owner && !d.earlier ? ownersNearest(d, d.target) : null);
      return hit ? hit.cluster : -1;
    }
    return null; // a negated event or only a reference: second pass
  });
  // "The report": what this article's explicit denials point at, else what denials elsewhere
  // point at among the claims this article reports, else the nearest report before it (about
  // the denier, if any is).
  const deniedCount = new Map<number, number>();
  for (const c of out) if (c !== null && c >= 0) deniedCount.set(c, (deniedCount.get(c) ?? 0) + 1);
  const mostDenied = (candidates: Iterable<number>): number => {
    let best = -1;
    let bestN = 0;
    for (const c of candidates) {
      const n = deniedCount.get(c) ?? 0;
      if (n > bestN || (n === bestN && n > 0 && c < best)) {
        best = c;
        bestN = n;
      }
    }
    return best;
  };
  /**
   * The article's most denied claim; between equally denied ones, the target of the explicit
   * denial nearest before the reference (else nearest after): "Putin denies reports of a call.
   * The Post had claimed that … However, the Kremlin rejected this" points back at the call.
   */
  const nearestMostDenied = (resolved: ReadonlyArray<{ cluster: number; sentence: number }>, at: number): number => {
    const count = new Map<number, number>();
    for (const r of resolved) count.set(r.cluster, (count.get(r.cluster) ?? 0) + 1);
    const top = Math.max(0, ...count.values());
    // Distance: denials before the reference first (nearest first), then those after it.
    const distance = (sentence: number): number => (sentence <= at ? at - sentence : 1e9 + sentence - at);
    let best = -1;
    let bestDistance = Infinity;
    for (const r of resolved) {
      if (count.get(r.cluster) !== top) continue;
      const dist = distance(r.sentence);
      if (dist < bestDistance || (dist === bestDistance && r.cluster < best)) {
        best = r.cluster;
        bestDistance = dist;
      }
    }
    return best;
  };
  /**
   * "There was no such call": among the article's reports of that kind of event, the one
   * denials point at; else the first told as a report, else the first at all.
   */
  const resolveEvent = (d: DenialView, event: ClaimFeatures): number | null => {
    const kinds = event.terms.filter((t) => t.startsWith('c:') || t.startsWith('w:'));
    const told = ownUnits(d.article).filter((u) => isReported(u) && kinds.some((e) => u.features.terms.includes(e)));
    const hit = mostDenied(told.map((u) => u.cluster));
    if (hit >= 0) return hit;
    const first = told.find((u) => u.stance === 'reports') ?? told[0];
    return first ? first.cluster : null;
  };
  // Denials of an event next ("there was no such call", "denied reports of a phone call").
  const withEvents = out.map((c, i) => {
    const event = denials[i]!.negatedEvent;
    return c === null && event ? resolveEvent(denials[i]!, event) : c;
  });
  // What each article's explicit and event denials point at, with where they are: the
  // references' candidates.
  const resolvedIn = new Map<string, Array<{ cluster: number; sentence: number }>>();
  withEvents.forEach((c, j) => {
    if (c === null || c < 0) return;
    const { article, sentence } = denials[j]!;
    const list = resolvedIn.get(article);
    if (list) list.push({ cluster: c, sentence });
    else resolvedIn.set(article, [{ cluster: c, sentence }]);
  });
  // References last: first the articles' sentences' (each from the explicit and event denials
  // only), then the headlines', which also count what the sentences' references answer:
  // "operator rejects claims" answers what "SRR rejected both claims" below it answers.
  const resolved = withEvents.slice();
  const references = withEvents.map((_, i) => i).filter((i) => withEvents[i] === null);
  const inSentences = references.filter((i) => !denials[i]!.heading);
  for (const i of inSentences) resolved[i] = resolveReference(i);
  for (const i of inSentences) {
    const c = resolved[i]!;
    if (c < 0) continue;
    const { article, sentence } = denials[i]!;
    const list = resolvedIn.get(article);
    if (list) list.push({ cluster: c, sentence });
    else resolvedIn.set(article, [{ cluster: c, sentence }]);
  }
  for (const i of references) if (denials[i]!.heading) resolved[i] = resolveReference(i);
  return resolved.map((c) => c ?? -1);

  function resolveReference(i: number): number {
    // Only a reference ("rejected this", "calling the report false"), or an event not found.
    const d = denials[i]!;
    // "rejected the union's count": what the union says, before it in its article, else in its story.
    if (d.owner) {
      const byOwner = ownersClaim(d);
      if (byOwner >= 0) return byOwner;
    }
    // "that account" is the one just told, whoever told it (a union leader on record, too).
    if (d.pointsBack) {
      // (Not the denier's own words: "“There are no concrete plans,” she said. … “It is untrue,” she said.")
      const told = ownUnits(d.article).filter((u) => !u.heading && !u.announcesResponse && u.sentence < d.sentence && !(d.speaker && ownWords(u, d.speaker)));
      // The sentence just before, by its first claim: "The Post had claimed that Trump spoke to
      // Putin on Thursday, urging him not to escalate. The Kremlin rejected this" rejects the call.
      let last = latest(told);
      // "A former technician filed a complaint alleging that managers had falsified records …
      // An agency spokesman confirmed that it received a complaint. Brightbloom rejected the
      // allegation.": what was alleged, by someone unnamed, not the official's word after it.
      if (d.allegation && last && last.speaker && last.attribution === 'named') {
        // (The last such unit: the account it belongs to is traced back from it below.)
        const lastSentence = last.sentence;
        last = told.filter((u) => u.sentence < lastSentence && u.sentence >= lastSentence - 2 && u.attribution === 'anonymous').pop() ?? last;
      }
      // An account is what someone told: "Two people familiar … said she met him in Lisbon.
      // Approaching a player … is a breach of the rules. The club strongly disputes that
      // account." passes over the outlet's own background line to the unnamed sources' account.
      if (last && last.attribution === 'none' && last.stance === 'asserts' && last.text !== undefined && isBackground(last.text)) {
        const account = latest(told.filter((u) => u.sentence < last.sentence && u.sentence >= last.sentence - 2 && (u.attribution === 'anonymous' || u.stance === 'reports')));
        if (account) return account.cluster;
      }
      // "X said the trial's main goal had been switched. “When this study started … Somewhere along
      // the way it became hospital admissions,” he said. The company rejected the allegation.":
      // the allegation is what the speaker's account opened with, not its last words.
      // (An unnamed source's account too: "A senior scientist … tells PulseLine that the committee
      // recommended stopping the study. The scientist said the sponsor overruled it.")
      // The same unnamed source is told again by the same words or by a noun that points back at
      // it ("the scientist", "the person"); "witnesses said" before "a person close to the
      // government said" is another source, another account.
      const goesBack = (later: UnitView, u: UnitView): boolean =>
        later.speaker ? u.speaker === later.speaker : u.attribution === 'anonymous' && later.attribution === 'anonymous' && (u.teller === later.teller || POINTS_BACK_TELLER.test(later.teller ?? ''));
      // "That's simply not true about our agents": the last thing told about the agents, a few
      // sentences back at most.
      if (d.anaphor && d.aboutWord) {
        const about = new RegExp(`\\b${d.aboutWord}`, 'i');
        const said = latest(told.filter((u) => u.sentence >= d.sentence - ABOUT_REACH && u.text !== undefined && about.test(u.text)));
        if (said) return said.cluster;
      }
      // "Norvale has said it will offer refunds. It has also said the outage was an 'extraordinary
      // circumstance'. Varga has said that is not the case.": "that" is the last thing said.
      // (Right after it: a reply to an account told earlier — "We put that to the company. Her
      // reply, in full: “That is simply untrue. The committee never …”" — answers the account.)
      if (last && d.anaphor && d.sentence - last.sentence === 1) return last.cluster;
      // "Marsh said the council was first told on 28 March. Calder Brightwell disputed that
      // account.": the account is the statement just told — unless that was a quotation going on
      // with an account told before it ("Karim said passengers were left in the dark. “Nobody
      // told us anything,” she said. Sollan Ferries rejected that account.").
      if (last && d.thatTelling && d.sentence - last.sentence === 1 && last.opensQuote === false) return last.cluster;
      if (last && (last.speaker || last.attribution === 'anonymous')) {
        let lead = last;
        for (let k = told.length - 1; k >= 0; k--) {
          const u = told[k]!;
          if (u.sentence < lead.sentence - 1) break;
          if (u.sentence < lead.sentence ? goesBack(lead, u) : u.sentence === lead.sentence && goesBack(last, u)) lead = u;
        }
        return lead.cluster;
      }
      if (last) return last.cluster;
    }
    const inArticle = resolvedIn.get(d.article) ?? [];
    const own = ownUnits(d.article).filter((u) => isReported(u) && !u.announcesResponse);
    const fromArticle = nearestMostDenied(inArticle, d.sentence);
    if (fromArticle >= 0) return fromArticle;
    const fromCorpus = mostDenied(own.map((u) => u.cluster));
    if (fromCorpus >= 0) return fromCorpus;
    // (Not the headline: it tells what the article's sentences tell, the denial included.)
    const earlier = own.filter((u) => u.sentence < d.sentence && !u.heading);
    // Nothing reported before it: what others said on record before it ("SRR rejected both
    // claims" after the union's general secretary's), else anything the article reports.
    const others = earlier.length > 0 || !d.speaker ? [] : ownUnits(d.article).filter((u) => !u.heading && !u.announcesResponse && u.sentence < d.sentence && !!u.speaker && !ownWords(u, d.speaker!));
    const told = earlier.length > 0 ? earlier : others.length > 0 ? others : own.filter((u) => !u.heading);
    // The claims about the denier or what they speak for, if the article tells any: "Federation
    // boss Helen Marchbank hit back at the claims" answers "federation bosses were sitting on the
    // result", not the coach's fridge told just before it.
    const about = d.about && d.about.length > 0 ? told.filter((u) => u.features.terms.some((t) => d.about!.includes(t))) : [];
    const pool = about.length > 0 ? about : told;
    const nearest = latest(pool);
    return nearest ? nearest.cluster : -1;
  }

  /**
   * "The union's claim that we have brought in agency workers … is simply false": when the words
   * denied are not found as told, the claim of the owner, in its story, most like them (the union's
   * "the operator had hired agency workers to move containers"), if any is like them at all.
   */
  function ownersNearest(d: DenialView, target: ClaimFeatures): UnitView | null {
    const head = d.owner!.toLowerCase();
    const pool: UnitView[] = [];
    for (const [article, list] of byArticle) {
      if (!sameStory(d.article, article)) continue;
      for (const k of list) {
        const u = units[k]!;
        if (u.speaker && !u.heading && !(d.speaker && ownWords(u, d.speaker)) && (hasWords(u.speaker, head) || (!!u.role && hasWords(u.role, head)))) pool.push(u);
      }
    }
    return bestMatch(target, pool, MIN_OWNER_SIMILARITY);
  }

  /**
   * The claim of the owner a reference names ("the union's count" → a speaker called "the union
   * …"): the nearest before the denial in its article, else, in the articles of its story, the
   * claim the owner states most often (the first such, on a tie). -1 when the owner says nothing.
   */
  function ownersClaim(d: DenialView): number {
    const head = d.owner!.toLowerCase();
    // ("the trust's account of when the attack began": a claim of the trust's that tells a time.)
    const tells = (text: string): boolean => (d.aspect === 'time' ? tellsClockTime(text) : /\d/.test(text));
    const says = (u: UnitView): boolean =>
      // (Or someone who speaks for it: "the trust's figure" is its chief executive's, "chief executive of the trust".)
      !!u.speaker && !u.heading && !(d.speaker && ownWords(u, d.speaker)) && (hasWords(u.speaker, head) || (!!u.role && hasWords(u.role, head))) && (!d.aspect || (u.text !== undefined && tells(u.text)));
    const here = ownUnits(d.article).filter((u) => u.sentence < d.sentence && says(u));
    const nearest = here.reduce<UnitView | null>((a, u) => (a === null || u.sentence > a.sentence ? u : a), null);
    if (nearest) return nearest.cluster;
    const count = new Map<number, number>();
    for (const [article, list] of byArticle) {
      if (article === d.article || !sameStory(d.article, article)) continue;
      for (const k of list) if (says(units[k]!)) count.set(units[k]!.cluster, (count.get(units[k]!.cluster) ?? 0) + 1);
    }
    let best = -1;
    let bestN = 0;
    for (const [c, n] of count) if (n > bestN || (n === bestN && c < best)) [best, bestN] = [c, n];
    return best;
  }
}
