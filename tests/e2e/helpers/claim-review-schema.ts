/**
 * What a claim page's ClaimReview JSON-LD must hold (Google's fact-check requirements plus ours):
 * claimReviewed under 75 characters, a rating whose alternateName is the verdict readers see,
 * the page's url, the publisher as author, and the reviewed Claim with one CreativeWork per article.
 */
import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');
const httpUrl = z.url({ protocol: /^https?$/ });
const text = z.string().trim().min(1);

export const organizationSchema = z.strictObject({
  '@type': z.literal('Organization'),
  name: text,
  url: httpUrl.optional(),
});

export const creativeWorkSchema = z.strictObject({
  '@type': z.literal('CreativeWork'),
  url: httpUrl,
  headline: text.optional(),
  datePublished: isoDate.optional(),
  publisher: organizationSchema.optional(),
});

export const claimSchema = z.strictObject({
  '@type': z.literal('Claim'),
  name: text,
  appearance: z.array(creativeWorkSchema).min(1).optional(),
  firstAppearance: creativeWorkSchema.optional(),
  datePublished: isoDate.optional(),
  author: z
    .strictObject({ '@type': z.enum(['Person', 'Organization']), name: text, jobTitle: text.optional() })
    .optional(),
});

export const VERDICT_LABELS = ['Disputed', 'Confirmed', 'Unattributed'] as const;

export const claimReviewSchema = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  url: httpUrl,
  claimReviewed: text.max(74, 'claimReviewed must stay under 75 characters'),
  datePublished: isoDate,
  author: organizationSchema,
  reviewRating: z.strictObject({
    '@type': z.literal('Rating'),
    alternateName: z.enum(VERDICT_LABELS),
    ratingValue: z.number().int().min(1).max(3),
    bestRating: z.literal(3),
    worstRating: z.literal(1),
  }),
  itemReviewed: claimSchema,
});

export type ClaimReviewData = z.infer<typeof claimReviewSchema>;
