/**
 * Everything ingest does with one seed on its own: parse → sentences → article record →
 * claim units and alias facts; then, once the corpus-wide alias index is known, the units'
 * matching features. Pure per seed, so it can run in a worker thread and its result can be
 * cached under a hash of the seed's bytes (ingest-cache.ts).
 */
import { createHash } from 'node:crypto';
import type { Seed } from '../read-seeds.ts';
import { parseArticle } from '../parse/parse-article.ts';
import { splitArticle } from '../sentences/split-sentences.ts';
import { recordingAliases, type AliasLookup } from '../matching/features.ts';
import type { ArticleRecord } from '../../schema/article.ts';
import type { ParsedArticle, Sentence } from '../types.ts';
import { articleClaims, featureArticle, type ArticleClaims, type FeaturedArticle } from './article-claims.ts';

/** Serialises an article record deterministically (stable key order, trailing newline). */
export function articleJson(record: ArticleRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

export const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

/** What one seed gives before the corpus is known. */
export interface SeedAnalysis {
  id: string;
  file: string;
  /** No article text left after removing page furniture: the seed is skipped with a warning. */
  skipped: boolean;
  /** content/articles/<id>.json, as written (empty when skipped, or once it has been staged). */
  recordJson: string;
  /** sha256 of the record (set by the pipeline when it stages the record; '' until then). */
  recordHash: string;
  /** Claim units and alias facts (null when skipped). */
  claims: ArticleClaims | null;
}

/** A seed's article record (as written) with the parsed article and its sentences; null when no text is left. */
export function seedRecord(seed: Seed): { json: string; article: ParsedArticle; sentences: Sentence[] } | null {
  const article = parseArticle(seed);
  if (article.blocks.length === 0 && article.title === '') return null;
  const split = splitArticle(article);
  const record: ArticleRecord = {
    ...article,
    titleSentences: split.titleSentences,
    blocks: article.blocks.map((b, i) => ({ ...b, sentences: split.blockSentences[i] ?? [] })),
  };
  return { json: articleJson(record), article, sentences: split.sentences };
}

export function analyseSeed(seed: Seed): SeedAnalysis {
  const r = seedRecord(seed);
  if (!r) return { id: seed.id, file: seed.file, skipped: true, recordJson: '', recordHash: '', claims: null };
  return { id: seed.id, file: seed.file, skipped: false, recordJson: r.json, recordHash: '', claims: articleClaims(r.article, r.sentences) };
}

/** Features of an article's units, and the alias answers they depend on (sorted). */
export function featureWithAnswers(claims: ArticleClaims, aliases: AliasLookup): { featured: FeaturedArticle; answers: string[] } {
  const answers = new Set<string>();
  const featured = featureArticle(claims, recordingAliases(aliases, answers));
  return { featured, answers: [...answers].sort() };
}
