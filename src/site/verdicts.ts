/**
 * How each verdict is shown to readers: its word, a short meaning, the order of listings and the
 * rating used in structured data. The meanings follow the verdict policy in the README.
 */
import { VERDICTS } from '../schema/claim.ts';

export type Verdict = (typeof VERDICTS)[number];

export interface VerdictInfo {
  verdict: Verdict;
  /** The word readers see, everywhere (badges, filters, search results, structured data). */
  label: string;
  /** Text icon shown next to the word (decorative: always paired with the word). */
  icon: string;
  /** One sentence a reader understands. */
  summary: string;
  /** Rating for ClaimReview structured data: 1 (worst) to 3 (best). */
  rating: number;
}

export const VERDICT_INFO: Readonly<Record<Verdict, VerdictInfo>> = {
  disputed: {
    verdict: 'disputed',
    label: 'Disputed',
    icon: '✗',
    summary: 'Someone on record contradicts this claim.',
    rating: 1,
  },
  confirmed: {
    verdict: 'confirmed',
    label: 'Confirmed',
    icon: '✓',
    summary: 'A named source states it on record, or at least two outlets report it as fact, and nobody on record contradicts it.',
    rating: 3,
  },
  unattributed: {
    verdict: 'unattributed',
    label: 'Unattributed',
    icon: '?',
    summary: 'Nobody on record stands behind it: it rests on anonymous or vague sourcing, or on one outlet alone.',
    rating: 2,
  },
};

/** Listing order: disputed first. */
export const VERDICT_ORDER: readonly Verdict[] = ['disputed', 'confirmed', 'unattributed'];

export const BEST_RATING = 3;
export const WORST_RATING = 1;

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

export function verdictLabel(verdict: Verdict): string {
  return VERDICT_INFO[verdict].label;
}

/** Path of a verdict's list page. */
export function verdictPath(verdict: Verdict): string {
  return `/verdicts/${verdict}/`;
}
