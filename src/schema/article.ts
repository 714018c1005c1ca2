import { z } from 'astro/zod';

/** A sentence inside a block, as character offsets into the block's `text`. */
export const sentenceRefSchema = z.object({
  /** Article-wide sentence number; the article view anchors it as `#s-<n>`. */
  n: z.number().int().nonnegative(),
  /** Offset of the first character of the sentence in the block text. */
  start: z.number().int().nonnegative(),
  /** Offset one past the last character of the sentence in the block text. */
  end: z.number().int().nonnegative(),
});

/** One block of a cleaned article body. */
export const blockSchema = z.object({
  /** Paragraph of body text, or a subheading printed inside the body. */
  kind: z.enum(['paragraph', 'subheading']),
  /** The block's text, verbatim from the seed. */
  text: z.string(),
  /** Sentence boundaries inside `text`, in order. */
  sentences: z.array(sentenceRefSchema).default([]),
});

/** An article record, written by `npm run ingest` to `content/articles/<id>.json`. */
export const articleSchema = z.object({
  /** Seed file name without its extension. */
  id: z.string().min(1),
  /** Seed file name as found in `seeds/`. */
  file: z.string().min(1),
  /** Headline as printed in the seed; '' when the seed has none (pages derive one from the lede). */
  title: z.string(),
  /** Sentence boundaries inside the headline (the headline is sentence text too). */
  titleSentences: z.array(sentenceRefSchema).default([]),
  /** Publication date, ISO `YYYY-MM-DD`, or null when the seed states none. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** The date exactly as the seed writes it, or null. */
  dateText: z.string().nullable(),
  /** Publishing outlet named by the seed, or null. */
  outlet: z.string().nullable(),
  /** Original source the outlet credits, or null. */
  via: z.string().nullable(),
  /** Author from a byline, or null. */
  byline: z.string().nullable(),
  /** Agencies or sources the article credits. */
  credits: z.array(z.string()).default([]),
  /** The Source line says the page is the outlet's own release or statement ("(press release)"). */
  issued: z.literal(true).optional(),
  /** Cleaned body in reading order. */
  blocks: z.array(blockSchema),
});

export type ArticleRecord = z.infer<typeof articleSchema>;
