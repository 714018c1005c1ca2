/**
 * The exact figures a claim unit states, as keys the matcher compares (cluster.ts, MatchItem
 * figures): "212 passengers and 19 crew had been on board" and "The vessel was carrying 212
 * passengers and 19 crew" share few words but two counts, and tell one claim.
 */
import type { Figure } from '../verdicts/figures.ts';

/** Things counted that tell of whom or how long, not what: ages and spans of time. */
const SPANS = new Set(['year-old', 'year', 'month', 'week', 'day', 'night', 'hour', 'minute', 'second', 'time']);

/**
 * Keys of the figures that say which claim a unit is ("212 passenger", "38.6 percent"), sorted;
 * undefined when there are none. Not ranges ("more than 250"), not small counts ("two
 * passengers", "3 remain in hospital"), which many claims give, and not ages or spans of time:
 * "A 47-year-old woman was interviewed" and "A 47-year-old woman has been charged" are two
 * events, "within 72 hours" a rule and a deed.
 */
export function figureKeys(figures: readonly Figure[]): string[] | undefined {
  const keys = figures
    .filter((f) => f.low === f.high && (f.low >= 10 || !Number.isInteger(f.low)) && /^\p{L}/u.test(f.counts) && !SPANS.has(f.counts))
    .map((f) => `${f.low} ${f.counts}`);
  return keys.length > 0 ? [...new Set(keys)].sort() : undefined;
}
