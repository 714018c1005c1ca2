/**
 * The per-article part of the claim engine, apart from the corpus-wide rest (build-claims.ts):
 * claim units and alias facts of one article, and the units' features once the corpus-wide alias
 * index is known. This is what the ingest cache keeps per seed, so this module and what it
 * imports are the code that cache depends on (see codeVersion in ingest-cache.ts).
 */
import { extractClaims, type ClaimUnit } from '../claims/extract.ts';
import {
  claimFeatures,
  createAliasLearner,
  type AliasFacts,
  type AliasIndex,
  type AliasLookup,
  type ClaimFeatures,
} from '../matching/features.ts';
import type { Attribution, ParsedArticle, Sentence, Stance } from '../types.ts';

/**
 * One article's share of the engine, computed on its own (in a worker, or read from the cache):
 * its claim units and what the alias learner saw in its sentences.
 */
export interface ArticleClaims {
  article: string;
  outlet: string | null;
  date: string | null;
  units: ClaimUnit[];
  aliasFacts: AliasFacts;
}

/** A claim unit with its matching features (which depend on the corpus-wide alias index). */
export interface FeaturedUnit {
  sentence: number;
  quote: string;
  text: string;
  attribution: Attribution;
  stance: Stance;
  features: ClaimFeatures;
  /** For denials: features of the denied clause, or null when the denial only refers to it. */
  targetFeatures: ClaimFeatures | null;
  /** For denials of an event ("there was no such call"): the event's features, else null. */
  eventFeatures: ClaimFeatures | null;
}

export interface FeaturedArticle {
  article: string;
  outlet: string | null;
  date: string | null;
  units: FeaturedUnit[];
}

/** Step 1 for one article: claim units (attribution and decomposition) and alias facts. */
export function articleClaims(article: ParsedArticle, sentences: readonly Sentence[]): ArticleClaims {
  const units = extractClaims(sentences);
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

/** Step 2a for one article: features of its units, given the corpus-wide aliases. */
export function featureArticle(a: ArticleClaims, aliases: AliasLookup): FeaturedArticle {
  return {
    article: a.article,
    outlet: a.outlet,
    date: a.date,
    units: a.units.map((u) => ({
      sentence: u.sentence,
      quote: u.quote,
      text: u.text,
      attribution: u.attribution,
      stance: u.stance,
      features: claimFeatures(u.full, aliases),
      targetFeatures: u.stance === 'denies' && u.denial?.target ? claimFeatures(u.denial.target, aliases) : null,
      eventFeatures: u.stance === 'denies' && u.negatedEvent ? claimFeatures(u.negatedEvent, aliases) : null,
    })),
  };
}
