/**
 * Conflicting times: when an incident began. "The airline says the fault began at 4:50 a.m." and
 * the vendor's "The disruption began shortly after 6 a.m." cannot both be true: an outage, an
 * attack or a fire starts once, and the two times do not meet. Like a conflicting figure, each
 * telling on record disputes the other, on one page or across two.
 *
 * Only the start of an incident is read — "began", "started", "went down", "went blank", "failed",
 * "broke out" — told of an incident or the systems it struck ("the fault", "the disruption", "the
 * trust's IT systems", "screens on the wards"), with a clock time ("2:15 a.m.", "about 4:50 a.m.",
 * "shortly after midnight"). Other timed events happen again: a minister who "spoke at 9 a.m." may
 * speak again at noon. A weekday, when both tellings give one, must be the same ("shortly after
 * midnight on Monday night" is early Tuesday).
 */
import type { TimeDispute } from './decide.ts';
import { disputant, disputeConflicting, label, onRecord, type SourcedUnits } from './stands-behind.ts';

/** What the rule reads of the claim units, by unit index. */
export interface TimeUnits extends SourcedUnits {
  /** The claim's own words (frame removed). */
  text(i: number): string;
}

/** An incident, or what it struck, as the subject of its start. */
const INCIDENT = /\b(?:outage|fault|failure|disruption|attack|cyber-?attack|incident|breach|problems?|systems?|screens?|computers?|network|servers?|fire|blaze|power\s+cut|blackout)\b/i;

/** The start of an incident (a verb after its subject). */
const ONSET = /\b(?:began|begun|started|went\s+(?:down|dark|blank|offline)|began\s+to\s+fail|failed|crashed|broke\s+out)\b/i;

const HEDGED = '(?:(about|around|roughly|approximately|shortly\\s+after|just\\s+after|soon\\s+after|shortly\\s+before|just\\s+before|after|before)\\s+)?';
/** A clock time, hedged or not: groups 1 hedge, 2 hour, 3 minutes, 4 a/p, 5 midnight or noon. */
const CLOCK = new RegExp(`${HEDGED}(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?m\\b\\.?|(midnight|noon|midday))`, 'gi');
const ANY_CLOCK = new RegExp(CLOCK.source, 'i');
/** Does a text tell a clock time ("2:15 a.m.", "shortly after midnight")? */
export const tellsClockTime = (text: string): boolean => ANY_CLOCK.test(text);

/** Words right before a time that make it a time someone else gave, not this telling's: "before the 2:15 a.m. time". */
const OTHERS_TIME = /\bthe\s+$/i;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(\s+(?:night|evening))?\b/i;

/** Minutes either side a hedge allows ("about 4:50": 15; "shortly after 6": up to an hour after). */
function spanOf(hedge: string | undefined, t: number): [number, number] {
  switch (hedge?.toLowerCase().replace(/\s+/g, ' ')) {
    case undefined:
      return [t, t];
    case 'about':
    case 'around':
    case 'roughly':
    case 'approximately':
      return [t - 15, t + 15];
    case 'shortly after':
    case 'just after':
    case 'soon after':
      return [t, t + 60];
    case 'shortly before':
    case 'just before':
      return [t - 60, t];
    case 'after':
      return [t, t + 180];
    default:
      return [t - 180, t];
  }
}

/** A telling of when an incident began. */
interface Onset {
  c: number;
  i: number;
  /** First and last minute of the day the wording allows. */
  low: number;
  high: number;
  /** The weekday it gives (0 Sunday), if any. */
  day: number | null;
  /** The time as written, for reasons. */
  text: string;
  onRecord: boolean;
}

/** When the incident of unit i began, if it says so. */
export function onsetIn(text: string): { low: number; high: number; day: number | null; text: string } | null {
  const verb = ONSET.exec(text);
  // ("The outage did not begin until 6 a.m." tells no start at 6; "began shortly after 6 a.m., not earlier" does.)
  if (!verb || !INCIDENT.test(text.slice(0, verb.index)) || /\b(?:not|never)\b|n[’']t\b/i.test(text.slice(0, verb.index))) return null;
  const after = text.slice(verb.index);
  for (const m of after.matchAll(CLOCK)) {
    if (OTHERS_TIME.test(after.slice(0, m.index))) continue;
    const [whole, hedge, hour, minute, ap, named] = m;
    let t: number;
    if (named) t = /midnight/i.test(named) ? 0 : 720;
    else {
      const h = Number(hour);
      if (h < 1 || h > 12) continue;
      t = ((h % 12) + (ap!.toLowerCase() === 'p' ? 12 : 0)) * 60 + Number(minute ?? 0);
    }
    const [low, high] = spanOf(hedge, t);
    const w = WEEKDAY.exec(text);
    // "shortly after midnight on Monday night" is the small hours of Tuesday.
    const day = w ? (WEEKDAYS.indexOf(w[1]!.toLowerCase()) + (w[2] && high < 6 * 60 ? 1 : 0)) % 7 : null;
    return { low, high, day, text: whole.trim() };
  }
  return null;
}

/**
 * Finds tellings of when an incident began whose times conflict among the claims `eligible`, and
 * reports each dispute: `dispute(c, d, by)`, claim `c` disputed by claim `by` (-1 when both are on
 * claim `c`'s own page). Only tellings of one story (`sameStory`, by unit), by different sources
 * or in different articles, one of them at least on record. Once per claim pair.
 */
export function timeDisputes(
  clusters: ReadonlyArray<readonly number[]>,
  units: TimeUnits,
  eligible: (c: number) => boolean,
  sameStory: (i: number, j: number) => boolean,
  dispute: (c: number, d: TimeDispute, by: number) => void,
): void {
  // Few claims say when an incident began: they are compared pairwise.
  const onsets: Onset[] = [];
  clusters.forEach((members, c) => {
    if (!eligible(c)) return;
    for (const i of members) {
      const stance = units.stance(i);
      if (stance !== 'asserts' && stance !== 'reports') continue;
      const o = onsetIn(units.text(i));
      if (o) onsets.push({ c, i, ...o, onRecord: onRecord(units.attribution(i), stance) });
    }
  });
  // Times that do not meet, on one weekday when both give one.
  const conflicts = (a: Onset, b: Onset): boolean => (a.high < b.low || b.high < a.low) && (a.day === null || b.day === null || a.day === b.day);
  const shown = (t: Onset) => ({ text: t.text, by: label(units, t.i) });
  disputeConflicting(onsets, units, sameStory, conflicts, (one, other, by): TimeDispute => ({ ...disputant(units, by.i), how: 'time', times: { one: shown(one), other: shown(other) } }), dispute);
}
