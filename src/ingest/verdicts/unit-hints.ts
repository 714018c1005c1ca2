/**
 * Which conflict rules can find something in a unit, worked out once per unit with its features
 * (in the worker that features its article) and kept with them in the seed cache.
 *
 * Why: the date, time and state rules each read every unit of the corpus with their own
 * patterns, on every run, and in a large archive almost none tells what they look for (at
 * 10,000 generated articles, none of ~235,000 units; the three reads took ~0.8 s of each
 * re-ingest). What a reader finds depends only on the unit and its article (its words, terms,
 * speaker and date), so it is known as soon as the unit's features are: a re-ingest then asks
 * each reader only about the units whose bit is set, and finds the same tellings.
 */
import type { Attribution, Stance } from '../types.ts';
import { wordTerm, type ClaimFeatures } from '../matching/features.ts';
import { dateToldIn, type DateUnits } from './date-disputes.ts';
import { onceTimeOf } from './time-disputes.ts';
import { stateIn } from './state-disputes.ts';
import { HINT_DATE, HINT_STATE, HINT_TIME } from './hint-bits.ts';

/** What the readers read of one unit. */
export interface HintedUnit {
  text: string;
  /** The sentence quoted (a time may be told past where the claim's words stop). */
  quote: string;
  attribution: Attribution;
  stance: Stance;
  features: ClaimFeatures;
}

/** The hints of a unit of an article dated `date` (ISO, or null): HINT_* bits, or'ed. */
export function unitHints(u: HintedUnit, date: string | null): number {
  // Units the readers never read (tellingsOf keeps assertions and reports only) need no bits.
  if (u.stance !== 'asserts' && u.stance !== 'reports') return 0;
  const one: DateUnits = {
    article: () => '',
    outlet: () => null,
    attribution: () => u.attribution,
    stance: () => u.stance,
    date: () => date,
    text: () => u.text,
    terms: () => u.features.terms,
    negated: () => u.features.negated,
    term: wordTerm,
  };
  return (dateToldIn(one, 0) ? HINT_DATE : 0) | (onceTimeOf(u.text, u.quote) ? HINT_TIME : 0) | (stateIn(u.text) ? HINT_STATE : 0);
}
