/**
 * What the RSS feed carries: the claims most recently reported, newest first, each with its
 * verdict, the reasons and the first quotes as HTML. A feed is polled for what is new, so it
 * holds the latest FEED_SIZE claims, not an archive's tens of thousands.
 *
 * The HTML is a syntax tree (hast, built with hastscript) serialised by rehype-stringify, never
 * concatenated: quotes are seed text, and "<script>" in one must reach a feed reader as text.
 */
import { h } from 'hastscript';
import type { Element } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { formatDate } from './article-view.ts';
import { claimPath, reasonsForVerdict, type ClaimView } from './model.ts';
import { VERDICT_INFO } from './verdicts.ts';

export const FEED_SIZE = 100;
/** Quotes shown in a feed item; the claim page has them all. */
export const FEED_QUOTES = 3;

/** The `n` claims with the latest article dates (undated last; equal dates by title). */
export function latestClaims(claims: readonly ClaimView[], n: number = FEED_SIZE): ClaimView[] {
  return [...claims]
    .sort((a, b) => (b.lastDate ?? '').localeCompare(a.lastDate ?? '') || a.title.localeCompare(b.title))
    .slice(0, n);
}

const serialise = unified().use(rehypeStringify);

/** Who a quote is from, as its evidence row says: "Reuters, Dmitry Peskov (Kremlin spokesman), 2 December 2024". */
function byline(row: ClaimView['evidence'][number]): string {
  const speaker = row.speaker ? (row.role ? `${row.speaker.name} (${row.role})` : row.speaker.name) : null;
  return [row.outlet.label, speaker, row.date ? formatDate(row.date) : null].filter(Boolean).join(', ');
}

/** The reasons, as the claim page heads them: the engine's own when an editor set another verdict. */
function reasonsHtml(claim: ClaimView): Element[] {
  const reasons = claim.data.reasons.filter((r) => r.trim() !== '');
  if (reasons.length === 0) return [];
  const list = h('ul', reasons.map((r) => h('li', r)));
  if (reasonsForVerdict(claim).length > 0) return [list];
  const engine = claim.data.engine!;
  return [h('p', `Why the engine suggested ${VERDICT_INFO[engine.verdict].label} (an editor set ${VERDICT_INFO[claim.verdict].label}):`), list];
}

/** A feed item's HTML: verdict, reasons, the first FEED_QUOTES quotes verbatim, a link to the rest. `site`: the public origin. */
export function feedItemHtml(claim: ClaimView, site: string): string {
  const info = VERDICT_INFO[claim.verdict];
  const absolute = (path: string): string => new URL(path, site).href;
  const quotes = claim.evidence.slice(0, FEED_QUOTES);
  const more = claim.evidence.length - quotes.length;
  const children: Element[] = [
    h('p', [h('strong', `Verdict: ${info.label}.`), ` ${info.summary}`]),
    ...reasonsHtml(claim),
    ...quotes.map((row) => h('blockquote', [h('p', row.quote), h('p', `— ${byline(row)}`)])),
    h('p', [
      h('a', { href: absolute(claimPath(claim.slug)) }, more > 0 ? `All ${claim.evidence.length} appearances and the notes` : 'The fact check'),
    ]),
  ];
  return serialise.stringify(h(null, children));
}
