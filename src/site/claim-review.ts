/**
 * schema.org ClaimReview structured data for a claim page (the fields Google's fact-check rich
 * result reads), and a serialiser that is safe to put inside <script type="application/ld+json">.
 */
import type { ArticleRecord } from '../schema/article.ts';
import type { SiteConfig } from '../site.config.ts';
import { articlePath, displayTitle } from './article-view.ts';
import { claimPath, shortClaim, type ClaimView } from './model.ts';
import { BEST_RATING, VERDICT_INFO, WORST_RATING } from './verdicts.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const ORGANISATION_WORDS =
  /\b(kremlin|white house|pentagon|ministry|government|administration|office|department|agency|embassy|council|committee|party|campaign|army|military|police|court|commission|parliament|senate|congress|nato|united nations|european union|company|group|union|presidency)\b/i;

/** Person or Organization, by the speaker's wording (a role implies a person). */
export function speakerType(name: string, role: string | null): 'Person' | 'Organization' {
  if (role) return 'Person';
  return /^the\s/i.test(name) || ORGANISATION_WORDS.test(name) ? 'Organization' : 'Person';
}

export interface ClaimReviewOptions {
  site: Pick<SiteConfig, 'baseUrl' | 'publisher'>;
  /** Date the review is dated when no editor review date and no article date is known. */
  fallbackDate: string;
  articles: ReadonlyMap<string, ArticleRecord>;
}

/** Date the fact check is published: the editor's review date, else the latest article date, else the fallback. */
export function reviewDate(claim: ClaimView, fallbackDate: string, reviewed: string | null): string {
  return reviewed ?? claim.lastDate ?? fallbackDate;
}

/** The origin of a claim: the named speaker who asserts or reports it most often, if any. */
export function claimOrigin(claim: ClaimView): { name: string; role: string | null } | null {
  const counts = new Map<string, { name: string; role: string | null; n: number }>();
  for (const e of claim.evidence) {
    if (!e.speaker || e.attribution !== 'named' || (e.stance !== 'asserts' && e.stance !== 'reports')) continue;
    const c = counts.get(e.speaker.slug) ?? { name: e.speaker.name, role: e.role, n: 0 };
    c.n += 1;
    c.role ??= e.role;
    counts.set(e.speaker.slug, c);
  }
  let best: { name: string; role: string | null; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best ? { name: best.name, role: best.role } : null;
}

export function claimReview(claim: ClaimView, reviewed: string | null, options: ClaimReviewOptions): Record<string, Json> {
  const base = options.site.baseUrl.replace(/\/+$/, '');
  // Percent-encoded: a slug may have letters beyond ASCII, and structured data wants a URL.
  const abs = (path: string) => `${base}${encodeURI(path)}`;
  const info = VERDICT_INFO[claim.verdict];

  // One CreativeWork per article that carries the claim, in order of first appearance.
  const appearance: Json[] = [];
  const seen = new Set<string>();
  for (const e of claim.evidence) {
    const article = options.articles.get(e.source);
    if (!article || seen.has(e.source)) continue;
    seen.add(e.source);
    const work: Record<string, Json> = {
      '@type': 'CreativeWork',
      url: abs(articlePath(article.id)),
      headline: displayTitle(article),
    };
    if (e.date) work['datePublished'] = e.date;
    if (e.outlet.named) work['publisher'] = { '@type': 'Organization', name: e.outlet.name };
    appearance.push(work);
  }

  const item: Record<string, Json> = { '@type': 'Claim', name: claim.title };
  if (appearance.length > 0) {
    item['appearance'] = appearance;
    item['firstAppearance'] = appearance[0] ?? null;
  }
  if (claim.firstDate) item['datePublished'] = claim.firstDate;
  const origin = claimOrigin(claim);
  if (origin) {
    const author: Record<string, Json> = { '@type': speakerType(origin.name, origin.role), name: origin.name };
    if (origin.role && author['@type'] === 'Person') author['jobTitle'] = origin.role;
    item['author'] = author;
  }

  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: abs(claimPath(claim.slug)),
    claimReviewed: shortClaim(claim.title),
    datePublished: reviewDate(claim, options.fallbackDate, reviewed),
    author: { '@type': 'Organization', name: options.site.publisher.name, url: options.site.publisher.url },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: info.rating,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: info.label,
    },
    itemReviewed: item,
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<`, `>` and `&` are written as JSON
 * unicode escapes, so no seed text can close the script element or open a comment; U+2028/2029
 * are escaped too. The result is still plain JSON that parses to the same value.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
