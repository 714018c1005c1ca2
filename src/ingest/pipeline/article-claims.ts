/**
 * The per-article part of the claim engine, apart from the corpus-wide rest (build-claims.ts):
 * claim units and alias facts of one article, and the units' features once the corpus-wide alias
 * index is known. This is what the ingest cache keeps per seed, so this module and what it
 * imports are the code that cache depends on (see codeVersion in ingest-cache.ts).
 */
import { surnameOf } from '../attribution/people.ts';
import { issuerStatement, pressRelease } from '../claims/press-release.ts';
import { extractClaims, type ClaimUnit } from '../claims/extract.ts';
import { firstReportedClause, isAppositive } from '../claims/shorten.ts';
import {
  claimFeatures,
  createAliasLearner,
  type AliasFacts,
  type AliasIndex,
  type AliasLookup,
  type ClaimFeatures,
  NEGATORS,
} from '../matching/features.ts';
import { packTokens, unpackTokens } from '../nlp/packed-tokens.ts';
import { tokenize, tokenizeClause, withTokenScope } from '../nlp/tokens.ts';
import type { Attribution, ParsedArticle, Sentence, Stance } from '../types.ts';
import { figuresIn, NO_FIGURES, type Figure } from '../verdicts/figures.ts';
import { unitHints } from '../verdicts/unit-hints.ts';

/**
 * A claim unit with the tokens its features will be computed from, tagged in the context of
 * its sentence and packed (packed-tokens.ts) — null where a text must be tagged again.
 */
export interface AnalysedUnit extends ClaimUnit {
  packed: { full: string | null; target: string | null; event: string | null };
}

/**
 * One article's share of the engine, computed on its own (in a worker, or read from the cache):
 * its claim units and what the alias learner saw in its sentences.
 */
export interface ArticleClaims {
  article: string;
  outlet: string | null;
  date: string | null;
  units: AnalysedUnit[];
  aliasFacts: AliasFacts;
}

/** A claim unit with its matching features (which depend on the corpus-wide alias index). */
export interface FeaturedUnit {
  sentence: number;
  quote: string;
  text: string;
  attribution: Attribution;
  stance: Stance;
  /** From a headline or subheading (ClaimUnit.heading). */
  heading: boolean;
  /** A denial of what its article told just before it ("rejected that account"). */
  pointsBack: boolean;
  /** A denial that goes on from the one before it (denial-follow-up.ts): it denies the same thing. */
  goesOn: boolean;
  /** A speaker's retraction of what they said they had told before ("That was incorrect"): it may deny their own words. */
  retracts: boolean;
  /** For a denial of someone's claims by reference ("rejected the union's count"): whose they are ("the union"). */
  owner: string | null;
  features: ClaimFeatures;
  /** For denials: features of the denied clause, or null when the denial only refers to it. */
  targetFeatures: ClaimFeatures | null;
  /** For denials of an event ("there was no such call"): the event's features, else null. */
  eventFeatures: ClaimFeatures | null;
  /**
   * The figures the unit states (verdicts/figures.ts), read once with the features and kept in
   * the cache: the conflicting-figure rule compares them across a cluster on every run. None
   * for denials and "declined to comment", which tell no figure of the claim.
   */
  figures: readonly Figure[];
  /** Which conflict rules can read something in the unit (verdicts/unit-hints.ts), kept in the cache with the features. */
  hints: number;
}

export interface FeaturedArticle {
  article: string;
  outlet: string | null;
  date: string | null;
  units: FeaturedUnit[];
}

/** Step 1 for one article: claim units (attribution and decomposition) and alias facts. */
export function articleClaims(article: ParsedArticle, sentences: readonly Sentence[]): ArticleClaims {
  // One token scope for attribution and for the texts features will read, which are cut from
  // these sentences: they are packed now, tagged in context, because the features pass runs
  // later, when the sentences are gone.
  const pack = (text: string): string | null => packTokens(text, tokenizeClause(text));
  const units = withTokenScope(sentences, () =>
    extractClaims(sentences, { publisher: article.outlet, release: pressRelease(article.blocks, sentences) ?? issuerStatement(article.outlet, sentences, article.issued), blockText: (b) => article.blocks[b]?.text ?? '' }).map((u): AnalysedUnit => ({
      ...u,
      packed: {
        full: pack(u.full),
        target: u.stance === 'denies' && u.denial?.target ? pack(u.denial.target) : null,
        event: u.stance === 'denies' && u.negatedEvent ? pack(u.negatedEvent) : null,
      },
    })),
  );
  // Right after attribution tokenised these sentences: the shared tokenizer answers from memory.
  const learner = createAliasLearner();
  for (const s of sentences) learner.learn(s.text);
  return { article: article.id, outlet: article.outlet, date: article.date, units, aliasFacts: learner.facts() };
}

/** The corpus-wide alias index: every article's alias facts, outlets named anywhere excluded. */
export function corpusAliases(
  articles: ReadonlyArray<{ outlet: string | null; units: ReadonlyArray<{ attribution: { via: string | null } }>; aliasFacts: AliasFacts }>,
): AliasIndex {
  const learner = createAliasLearner();
  const outletNames = new Set<string>();
  for (const a of articles) {
    learner.absorb(a.aliasFacts);
    for (const u of a.units) if (u.attribution.via) outletNames.add(u.attribution.via);
  }
  for (const a of articles) if (a.outlet) outletNames.add(a.outlet);
  return learner.finish(outletNames);
}

/** Features of `text`, from its packed tokens when there are some. */
function featuresOf(text: string, packed: string | null, aliases: AliasLookup): ClaimFeatures {
  return claimFeatures(text, aliases, withoutAppositives(packed === null ? tokenize(text) : unpackTokens(text, packed)));
}

/**
 * The tokens without appositives (", the reigning Continental 200 metres champion," after a name
 * or noun): they say again who someone is, not what the claim says, and one outlet's
 * description would keep its telling apart from another's of the same claim.
 */
export function withoutAppositives<T extends { text: string; pos: string }>(tokens: readonly T[]): readonly T[] {
  let out: T[] | null = null;
  let from = 0;
  for (let a = 1; a < tokens.length - 2; a++) {
    if (tokens[a]!.text !== ',' || tokens[a + 1]!.pos !== 'DET') continue;
    let b = a + 2;
    while (b < tokens.length && b - a <= 12 && tokens[b]!.text !== ',') b++;
    // Closed by a comma with more of the sentence after it.
    if (tokens[b]?.text !== ',' || b + 1 >= tokens.length || !isAppositive(tokens[a - 1], tokens.slice(a + 1, b))) continue;
    (out ??= []).push(...tokens.slice(from, a));
    from = b + 1;
    a = b;
  }
  return out === null ? tokens : [...out, ...tokens.slice(from)];
}

/** Step 2a for one article: features of its units, given the corpus-wide aliases. */
export function featureArticle(a: ArticleClaims, aliases: AliasLookup): FeaturedArticle {
  return {
    article: a.article,
    outlet: a.outlet,
    date: a.date,
    units: a.units.map((u) => withHints({
      sentence: u.sentence,
      quote: u.quote,
      text: u.text,
      attribution: u.attribution,
      stance: u.stance,
      heading: u.heading === true,
      pointsBack: u.denial?.pointsBack === true,
      goesOn: u.denial?.goesOn === true,
      retracts: u.denial?.retracts === true,
      owner: u.denial?.owner ?? null,
      features: negatedInOwnClause(withSpeaker(featuresOf(u.full, u.packed.full, aliases), u.text, u.attribution), u.full),
      targetFeatures: u.stance === 'denies' && u.denial?.target ? featuresOf(u.denial.target, u.packed.target, aliases) : null,
      eventFeatures: u.stance === 'denies' && u.negatedEvent ? featuresOf(u.negatedEvent, u.packed.event, aliases) : null,
      figures: figuresOf(u.text, u.stance),
      hints: 0,
    }, a.date)),
  };
}

/** A featured unit, its hints (unit-hints.ts) read from its words, features and article date. */
export function withHints(u: FeaturedUnit, date: string | null): FeaturedUnit {
  u.hints = unitHints(u, date);
  return u;
}

/** A word that negates what its clause tells: features.ts's negators, "without" aside. */
const NEGATION = new RegExp(
  `(?:^|[^\\p{L}’'])(?:${[...NEGATORS].filter((w) => /^\p{L}+$/u.test(w) && w !== 'without').join('|')})(?=$|[^\\p{L}’'])|n[’']t(?=$|[^\\p{L}])`,
  'iu',
);

/**
 * A claim told with a second reported clause whose only negator is "without" is not negated: in
 * "bundles of ballot papers had been counted twice at Eastgate, and that a tray of postal ballots
 * had been added to the totals without being checked", the bundles were counted twice, and the
 * tray was added. (Matching still reads every word of both clauses: cut apart, reworded tellings
 * of either fell apart. And a second clause that does negate — "…, and that no aircraft already
 * in the air had been affected" — keeps the claim negated, or its words would read as told.)
 */
export function negatedInOwnClause(f: ClaimFeatures, full: string): ClaimFeatures {
  if (!f.negated) return f;
  const own = firstReportedClause(full);
  return own !== full && !NEGATION.test(own) && !/(?:^|[^\p{L}])without(?=$|[^\p{L}])/iu.test(own) && !NEGATION.test(full.slice(own.length)) ? { ...f, negated: false } : f;
}

/** A unit's figures: none for a denial or a refusal to comment (they state no figure of the claim). */
export function figuresOf(text: string, stance: Stance): readonly Figure[] {
  return stance === 'denies' || stance === 'declines' ? NO_FIGURES : figuresIn(text);
}

/** "I", "me", "my", "mine", "myself" as words: the speaker talks of themself. */
const FIRST_PERSON = /(?:^|[^\p{L}\p{N}’'])(?:I|me|my|mine|myself)(?=$|[^\p{L}\p{N}’'])/u;

/**
 * A first-person statement is about its speaker: "I intend to win" said by one candidate is
 * not the same claim as the same words said by another, so a named speaker becomes one of the
 * claim's people (their surname key, as features name people).
 */
function withSpeaker(f: ClaimFeatures, text: string, attribution: { kind: string; speaker: string | null }): ClaimFeatures {
  if (attribution.kind !== 'named' || !attribution.speaker || !FIRST_PERSON.test(text)) return f;
  const key = surnameOf(attribution.speaker);
  if (!/^\p{L}/u.test(key) || f.participants.includes(key)) return f;
  const term = `e:${key}`;
  return {
    ...f,
    participants: [...f.participants, key].sort(),
    terms: f.terms.includes(term) ? f.terms : [...f.terms, term].sort(),
  };
}
