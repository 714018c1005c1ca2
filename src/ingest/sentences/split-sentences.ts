/**
 * Sentence stage: splits the headline and every body block into sentences with wink-nlp.
 *
 * Sentences are located by character offsets into the verbatim block text, so a quote taken
 * from a sentence is always a slice of the seed: no normalisation can creep into evidence.
 */
import type { ItemSentence } from 'wink-nlp';
import { winkSentences } from '../nlp/wink.ts';
import type { ParsedArticle, Sentence } from '../types.ts';

export interface SentenceRef {
  n: number;
  start: number;
  end: number;
}

/** Splits one text into [start, end) ranges of its sentences, trimmed of surrounding space. */
export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (text.trim() === '') return ranges;
  const doc = winkSentences().readDoc(text);
  let cursor = 0;
  doc.sentences().each((s: ItemSentence) => {
    const out = s.out().trim();
    if (out === '') return;
    const at = text.indexOf(out, cursor);
    // wink reconstructs sentence text from tokens; when that is not a verbatim slice (rare
    // spacing cases) the remainder is kept as one sentence rather than risk a wrong quote.
    if (at < 0) return;
    ranges.push([at, at + out.length]);
    cursor = at + out.length;
  });
  if (ranges.length === 0) return [[text.length - text.trimStart().length, text.trimEnd().length]];
  // Text wink skipped between ranges (should not happen) is glued to the previous sentence.
  const last = ranges[ranges.length - 1]!;
  const tailEnd = text.trimEnd().length;
  if (last[1] < tailEnd) last[1] = tailEnd;
  return ranges;
}

export interface SplitArticle {
  sentences: Sentence[];
  titleSentences: SentenceRef[];
  blockSentences: SentenceRef[][];
}

/** Numbers sentences article-wide: headline first, then blocks in reading order. */
export function splitArticle(article: ParsedArticle): SplitArticle {
  const sentences: Sentence[] = [];
  const push = (text: string, block: number, kind: Sentence['kind']): SentenceRef[] =>
    sentenceRanges(text).map(([start, end]) => {
      const n = sentences.length;
      sentences.push({ article: article.id, n, block, start, end, text: text.slice(start, end), kind });
      return { n, start, end };
    });
  const titleSentences = push(article.title, -1, 'title');
  const blockSentences = article.blocks.map((b, i) => push(b.text, i, b.kind));
  return { sentences, titleSentences, blockSentences };
}
