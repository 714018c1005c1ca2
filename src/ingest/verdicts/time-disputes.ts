/**
 * Conflicting times of an event that happens once: when an incident began, when a result was
 * declared. "The airline says the fault began at 4:50 a.m." and the vendor's "The disruption
 * began shortly after 6 a.m." cannot both be true: an outage, an attack or a fire starts once,
 * and the two times do not meet; nor can "The result was declared at 4:47 a.m." and "The result
 * wasn't declared until ten past six in the morning". Like a conflicting figure, each telling on
 * record disputes the other, on one page or across two.
 *
 * Only such events are read — the start of an incident ("began", "started", "went down", "went
 * blank", "failed", "broke out", "escaping since") told of an incident or the systems it struck
 * ("the fault", "the disruption", "the trust's IT systems", "screens on the wards", "the leak", "a
 * valve"), its time after the verb or first ("At 8.55am, a valve … failed"), a result or winner declared
 * or announced, a structure's collapse ("the deck collapsed", "came down at 3.05pm") and the start
 * of a strike ("began at 06:00", "the dockers walked out at 7am"), an accident ("the coach left the
 * M47 at about 2.40pm", "The crash happened shortly after 3pm"), a break-in ("The break-in began at
 * 2.10am", "was burgled in the early hours of Wednesday"), an alarm going off, or a warning's going out ("The Flood
 * Warning was issued at 02:40", "The warning came after 4am"; a flood alert, a warning and a severe
 * warning are three), animals escaping ("Three wolves escaped … shortly before 11.30am") or a
 * lockdown's end ("The lockdown … was lifted at 2.20pm") — with a clock time, in digits or words ("2:15 a.m.", "about 4:50 a.m.", "shortly
 * after midnight", "ten past six in the morning"). "Not … until" a time is at that time. Other
 * timed events happen again: a minister who "spoke at 9 a.m." may speak again at noon. A weekday,
 * when both tellings give one, must be the same ("shortly after midnight on Monday night" is early
 * Tuesday), and an accident's or a break-in's weekday alone is when it happened; a time in words
 * that says neither morning nor evening may be either.
 */
import type { TimeDispute } from './decide.ts';
import { disputant, disputeConflicting, label, tellingsOf, type SourcedUnits } from './stands-behind.ts';
import { HINT_TIME } from './hint-bits.ts';

/** What the rule reads of the claim units, by unit index. */
export interface TimeUnits extends SourcedUnits {
  /** The claim's own words (frame removed). */
  text(i: number): string;
  /** The sentence quoted. */
  quote(i: number): string;
}

/**
 * When a claim says an event happened, read from its words and, when they tell the event but not
 * when (they stop short of the sentence's end, or leave an aside out), from its sentence: "One of
 * our coaches was involved in a collision on the northbound M47, between junctions 14 and 15, at
 * approximately 2.40pm" tells when, though the claim stops at "M47".
 */
export function onceTimeOf(text: string, quote: string): OnceTime | null {
  const own = readOnce(text);
  if (own.time || own.event === null) return own.time;
  const told = onceTimeIn(quote.replace(/[\s.!?”"’']+$/u, ''));
  return told?.event === own.event ? told : null;
}

/** An incident, or what it struck, as the subject of its start. */
const INCIDENT = /\b(?:outage|fault|failure|disruption|attack|cyber-?attack|incident|breach|problems?|systems?|screens?|computers?|network|servers?|fire|blaze|power\s+cut|blackout|leak|spill|release|gas|fumes|valve|pipe|explosion|blast)\b/i;

/** The start of an incident (a verb after its subject). */
const ONSET = /\b(?:began|begun|begin|started|start|went\s+(?:down|dark|blank|offline)|began\s+to\s+fail|failed|crashed|broke\s+out|(?:escaping|leaking|burning)\s+since)\b/i;

/** A result, as the subject of its declaration. */
const RESULT = /\b(?:result|results|winner|outcome)\b/i;

/** A result made known (a verb after its subject: "was declared", "wasn't announced until"). */
const DECLARED = /\b(?:declared|announced)\b/i;

/** An accident, whatever its subject: a ship runs aground, a train derails, "we hit" the rocks. */
const ACCIDENT = /\b(?:ran|run|went)\s+aground\b|\bgrounded\b|\bcapsized\b|\bsank\b|\bderailed\b|\bcollided\b|\b(?:hit|struck)\b(?=\s+(?:at|the\s+rocks?|rocks?|the\s+ground|ground|the\s+bottom)\b)|\bveered\s+off\b|\b(?:left|came\s+off)\s+the\s+(?:(?:[\w-]+\s+)?(?:road|carriageway|motorway|track|runway|rails)|[MA]\d{1,4})\b|\binvolved\s+in\s+an?\s+(?:collision|crash|accident)\b/i;

/** A vehicle, as the subject of its crash: "the coach crashed" (not "the website crashed"). */
const VEHICLE = /\b(?:coach|bus|minibus|car|lorry|truck|van|tanker|train|tram|plane|aircraft|jet|helicopter|vehicle|motorcycle|motorbike|ship|vessel|ferry|boat)\b/i;

/** A vehicle's crash (a verb after its subject). */
const VEHICLE_CRASHED = /\b(?:crashed|overturned|rolled\s+over)\b/i;

/** An accident, as the subject of its happening: "The crash happened shortly after 3pm". */
const ACCIDENT_NOUN = /\b(?:crash|collision|accident|derailment|pile-?up)\b/i;

/** An event happening: "happened", "occurred", "took place". */
const HAPPENED = /\b(?:happened|occurred|took\s+place)\b/i;

/**
 * A critical or major incident, as the subject of its declaration ("A critical incident was
 * declared at 7am", "the critical incident was declared only at 2.15 pm"): a hospital or a
 * service declares one once. (Not one a body declared of its own — "The ambulance service
 * declared its own critical incident at 9 pm" is another — nor one declared by someone named:
 * the passive only.)
 */
const EMERGENCY = /^(?:(?!\b(?:its|their)\s+own\b).)*\b(?:critical|major)\s+incident\s+(?:was|had\s+been|has\s+been|is|were)\s+(?:only\s+|finally\s+|eventually\s+|not\s+|first\s+)?$/i;

/** A built thing, as the subject of its collapse: "the deck", "part of the roof", "the bridge". */
const STRUCTURE = /\b(?:deck|decks|roof|ceiling|floor|bridge|building|car\s+park|wall|structure|slab|stand|tower|crane|balcony|walkway|footbridge|scaffolding|section)\b/i;

/** A collapse (a verb after its subject): "collapsed", "came down", "gave way", "caved in". */
const COLLAPSED = /\b(?:collapsed|came\s+down|gave\s+way|caved\s+in|fell\s+in)\b/i;

/** Industrial action, as the subject of its start: "The strike began at 06:00 on Monday". */
const STRIKE = /\b(?:strike|walk-?out|stoppage|industrial\s+action)\b/i;

/**
 * Industrial action started, whoever its subject: "The dockers walked out at 7am", "1,400 dockers
 * began an eight-day strike at 6am" (a strike starts once; the weekday says which one).
 */
const STRUCK = /\bwalked\s+out\b|\b(?:began|started|launched)\s+(?:an?\s+|the(?:ir)?\s+)?(?:[\w-]+\s+){0,2}?(?:strike|walk-?out|stoppage|industrial\s+action)\b/i;

/**
 * A warning, as the subject of its going out: "The Flood Warning was issued at 02:40", "The
 * warning came after 4am", "no warning was issued until after 4am". Group 1: a "severe" one, group
 * 2: an alert or a warning, which say which one it is (a flood alert at 18:15, a warning at 02:40
 * and a severe warning at 04:55 are three events; a warning of no kind is the warning).
 */
const WARNING = /\b(severe\s+)?(?:flood\s+|weather\s+|evacuation\s+|storm\s+|fire\s+|heat\s+|tsunami\s+)?(warning|alert)s?\b/i;

/** A warning going out: "was issued", "came", "went out", "was sent". */
const ISSUED = /\b(?:issued|came|went\s+out|was\s+sent|were\s+sent|sounded)\b/i;

/**
 * A break-in, whatever its subject: "Thieves broke into the museum", "Halbrook Museum was broken
 * into", "was burgled", "was ram-raided". A building is broken into once in a story.
 */
const BROKE_IN = /\b(?:broke|broken)\s+in(?:to)?\b|\b(?:burgled|burglarised|burglarized|ram-raided)\b/i;

/**
 * A break-in, as the subject of its start or happening ("The break-in at Halbrook Museum began at
 * 2.10am"), or named with its day and no verb ("after a burglary at Halbrook Museum in the early
 * hours of Tuesday 3 March"; then only the day is read: a clock time after the noun may be another's).
 */
const BURGLARY = /\b(?:burglary|break-in|heist|robbery|ram-raid)\b/i;

/** A break-in's start or happening. */
const BURGLARY_BEGAN = /\b(?:began|begun|started|happened|occurred|took\s+place)\b/i;

/** An alarm going off, as its subject and verb: "The museum's intruder alarm was triggered at 2.14am". */
const ALARM = /\balarms?\b/i;
const ALARM_WENT_OFF = /\b(?:triggered|went\s+off|sounded|activated)\b/i;

/**
 * Animals (or prisoners) getting out, as the subject of their escape: "Three wolves escaped from
 * Brackenfold Zoo shortly before 11.30am", "the wolves got out at about 10.50am". A zoo's animals
 * escape once in a story (people escaping a fire may do so at many times: no event).
 */
const ESCAPEE = /\b(?:wolf|wolves|animals?|tigers?|lions?|bears?|big\s+cats?|leopards?|cheetahs?|jaguars?|monkeys?|chimpanzees?|apes?|gorillas?|snakes?|crocodiles?|elephants?|rhinos?|prisoners?|inmates?)\b/i;
const ESCAPED = /\b(?:escaped|got\s+out|broke\s+out|left\s+(?:its|their)\s+enclosures?)\b/i;

/** A lockdown's end: "The lockdown at Brackenfold Zoo was lifted at 2.20pm", "the lockdown ended at 2pm". */
const LOCKDOWN = /\block-?down\b/i;
const LIFTED = /\b(?:lifted|ended|was\s+over|called\s+off|stood\s+down)\b/i;

/**
 * A named gate or entrance, as what was closed: "the East Gate was closed", "closed the East
 * Gate". Group 1: its name ("East"), which says which gate: two gates close at two times.
 */
const GATE = String.raw`(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,2})(?:Gate|Entrance|Turnstiles)\b`;
const GATE_CLOSED = new RegExp(String.raw`${GATE}[^,;]{0,40}?\s(?:was|were|had\s+been)\s+(?:finally\s+|only\s+|eventually\s+)?(?:closed|shut)\b`, 'u');
const CLOSED_GATE = new RegExp(String.raw`\b(?:closed|shut)\s+${GATE}`, 'u');

/**
 * Events that happen once: their subject (before the verb) and their verb. `same`: the event
 * another entry tells in other words (its index); `named`: the verb's group 1 says which one of
 * its kind it is (a gate's name).
 */
const ONCE: ReadonlyArray<{ subject: RegExp; verb: RegExp; same?: number; named?: true; dayOnly?: true }> = [
  { subject: INCIDENT, verb: ONSET },
  { subject: RESULT, verb: DECLARED },
  { subject: /\S/, verb: ACCIDENT },
  { subject: EMERGENCY, verb: DECLARED },
  { subject: STRUCTURE, verb: COLLAPSED },
  { subject: /^/, verb: GATE_CLOSED, named: true },
  { subject: /\S/, verb: CLOSED_GATE, same: 5, named: true },
  { subject: STRIKE, verb: ONSET },
  { subject: /\S/, verb: STRUCK, same: 7 },
  { subject: WARNING, verb: ISSUED },
  { subject: ACCIDENT_NOUN, verb: HAPPENED, same: 2 },
  { subject: VEHICLE, verb: VEHICLE_CRASHED, same: 2 },
  { subject: /^/, verb: BROKE_IN },
  { subject: BURGLARY, verb: BURGLARY_BEGAN, same: 12 },
  { subject: ALARM, verb: ALARM_WENT_OFF },
  { subject: /^/, verb: BURGLARY, same: 12, dayOnly: true },
  { subject: ESCAPEE, verb: ESCAPED },
  { subject: LOCKDOWN, verb: LIFTED },
];

/** The index in ONCE of an accident: one happens on one day, whatever else a story tells of it. */
const ACCIDENT_EVENT = ONCE.findIndex((e) => e.verb === ACCIDENT);

/** The index in ONCE of a break-in, which happens on one day too. */
const BURGLARY_EVENT = ONCE.findIndex((e) => e.verb === BROKE_IN);

/** The index in ONCE of an escape, which happens on one day too. */
const ESCAPE_EVENT = ONCE.findIndex((e) => e.verb === ESCAPED);

/** Events told by their weekday alone too, whose weekdays must then agree. */
const ON_ONE_DAY: ReadonlySet<number> = new Set([ACCIDENT_EVENT, BURGLARY_EVENT, ESCAPE_EVENT]);

/**
 * A weekday an accident or a break-in is told on: "on Wednesday afternoon", "on Thursday 12 March",
 * "in the early hours of Tuesday", "in the early hours of this morning, Tuesday 3 March". Group 1:
 * the day as written ("Wednesday afternoon"); group 2: the day; group 3: its evening or night
 * (which may run into the next day's small hours).
 */
const DAY_OF_EVENT = /\b(?:on|(?:the\s+)?early\s+hours\s+of|overnight\s+on|(?:this|last)\s+(?:morning|night),)\s+((sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:morning|afternoon|(evening|night)))?)\b/i;

/** The index in ONCE of a warning's going out, whose kind its subject says. */
const WARNING_EVENT = ONCE.findIndex((e) => e.subject === WARNING);

/** "It was shortly after half past six when we hit": the time first, then what happened. Groups: 1 the time, 2 the clause. */
const CLEFT = /^it\s+was\s+(.{3,40}?)\s+when\s+(.+)$/i;

/** A sentence opening with when it happened: "At 8.55am on Tuesday 9 June, …". Group 1: the adjunct. */
const AT_FIRST = /^(at\s+[^,]{2,40}),\s/i;

/** A negation before the verb: "The outage did not begin", "The result wasn't declared". */
const NEGATED = /\b(?:not|never)\b|n[’']t\b/i;

const HEDGED = '(?:(about|around|roughly|approximately|shortly\\s+after|just\\s+after|soon\\s+after|shortly\\s+before|just\\s+before|after|before)\\s+)?';
const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MINUTE_WORDS: Record<string, number> = { five: 5, ten: 10, twenty: 20, 'twenty-five': 25, quarter: 15, 'a quarter': 15, half: 30 };
const HOUR = `(?:${HOUR_WORDS.join('|')}|\\d{1,2})`;
/** A time in words: "ten past six", "quarter to ten", "six o'clock", with the part of the day if told. */
const IN_WORDS = `(?:(twenty-five|five|ten|twenty|a\\s+quarter|quarter|half)\\s+(past|after|to)\\s+(${HOUR})|(${HOUR})\\s+o[’']clock)(?:\\s+(in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night|this\\s+(?:morning|afternoon|evening)))?\\b`;
/**
 * A clock time, hedged or not: groups 1 hedge, 2 hour, 3 minutes, 4 a/p, 5 midnight or noon;
 * in words 6 minutes, 7 past or to, 8 hour, 9 hour o'clock, 10 part of the day; on a 24-hour
 * clock ("06:12", "10:55") 11 hour, 12 minutes.
 */
const CLOCK = new RegExp(`${HEDGED}(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?m\\b\\.?|(?<![A-Za-z])(midnight|noon|midday)|${IN_WORDS}|(?<![\\d:.])(\\d{1,2}):([0-5]\\d)(?![\\d:]|\\s?[ap]\\.?m\\b))`, 'gi');
const ANY_CLOCK = new RegExp(CLOCK.source, 'i');
/** Does a text tell a clock time ("2:15 a.m.", "shortly after midnight", "ten past six")? */
export const tellsClockTime = (text: string): boolean => ANY_CLOCK.test(text);

/** The minute of the day a clock match tells, and whether it may be 12 hours later (a time in words with no part of the day); null if no time. */
function minuteOf(m: RegExpMatchArray): { t: number; either: boolean } | null {
  const [, , hour, minute, ap, named, minuteWord, pastOrTo, wordHour, oclock, part, hour24, minute24] = m;
  if (named) return { t: /midnight/i.test(named) ? 0 : 720, either: false };
  // "06:12" and "18:40" say which half of the day; "10:55" may be either.
  if (hour24 !== undefined) {
    const h = Number(hour24);
    return h > 23 ? null : { t: h * 60 + Number(minute24), either: h < 13 && !hour24.startsWith('0') && h !== 0 };
  }
  const hourOf = (w: string): number => (/^\d/.test(w) ? Number(w) : HOUR_WORDS.indexOf(w.toLowerCase()) + 1);
  let h: number;
  let min = 0;
  if (hour !== undefined) {
    h = Number(hour);
    min = Number(minute ?? 0);
  } else {
    h = hourOf(wordHour ?? oclock!);
    if (minuteWord) {
      const m = MINUTE_WORDS[minuteWord.toLowerCase().replace(/\s+/g, ' ')]!;
      // "quarter to ten" is 9:45.
      if (/^to$/i.test(pastOrTo!)) {
        h = h === 1 ? 12 : h - 1;
        min = 60 - m;
      } else min = m;
    }
  }
  if (h < 1 || h > 12) return null;
  const pm = ap !== undefined ? ap.toLowerCase() === 'p' : part !== undefined ? !/morning/i.test(part) : null;
  return { t: ((h % 12) + (pm ? 12 : 0)) * 60 + min, either: pm === null };
}

/** Words right before a time that make it a time someone else gave, not this telling's: "before the 2:15 a.m. time". */
const OTHERS_TIME = /\bthe\s+$/i;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(\s+(?:night|evening))?\b/i;

/** Minutes either side a hedge allows ("about 4:50": 15; "shortly after 6": a quarter of an hour after; none: `rounded`). */
function spanOf(hedge: string | undefined, t: number, rounded = 0): [number, number] {
  switch (hedge?.toLowerCase().replace(/\s+/g, ' ')) {
    case undefined:
      return [t - rounded, t + rounded];
    case 'about':
    case 'around':
    case 'roughly':
    case 'approximately':
      return [t - 15, t + 15];
    // ("Shortly before 9.30pm" is no 9.10pm: a quarter of an hour at most; "soon after", an hour.)
    case 'shortly after':
    case 'just after':
      return [t, t + 15];
    case 'soon after':
      return [t, t + 60];
    case 'shortly before':
    case 'just before':
      return [t - 15, t];
    case 'after':
      return [t, t + 180];
    default:
      return [t - 180, t];
  }
}

/** When an event that happens once happened, as a telling gives it. */
export interface OnceTime {
  /** Which event (its index in ONCE): an incident's start is no result's declaration. */
  event: number;
  /** First and last minute of the day the wording allows. */
  low: number;
  high: number;
  /** A time in words that names no part of the day ("ten past six"): it may be 12 hours later. */
  either: boolean;
  /** The weekday it gives (0 Sunday), if any. */
  day: number | null;
  /** The weekday as written ("Wednesday afternoon"), if any. */
  dayText?: string;
  /** The time as written, for reasons ('' when only a weekday is told). */
  text: string;
  /** Which one of its kind, when the telling names it ("east" of the East Gate closing). */
  what?: string;
}

/** A telling of when an event happened, with its claim and unit. */
interface Told extends OnceTime {
  c: number;
  i: number;
  onRecord: boolean;
}

/** When a text says an event that happens once happened ("The fault began at 4:50 a.m."), or null. */
export function onceTimeIn(text: string): OnceTime | null {
  return readOnce(text).time;
}

/**
 * The event that happens once a text tells (its index in ONCE, or the one it is the same as; null
 * for none) and when, if the text says (onceTimeIn): none for one said not to have happened.
 */
function readOnce(text: string): { event: number | null; time: OnceTime | null } {
  // ("It was shortly after half past six when we hit" is "we hit at shortly after half past six".)
  const cleft = CLEFT.exec(text);
  if (cleft && ANY_CLOCK.test(cleft[1]!)) text = `${cleft[2]} at ${cleft[1]}`;
  for (let event = 0; event < ONCE.length; event++) {
    const { subject, verb: verbs, same, named, dayOnly } = ONCE[event]!;
    const verb = verbs.exec(text);
    if (!verb || !subject.test(text.slice(0, verb.index))) continue;
    const after = text.slice(verb.index + verb[0].length);
    // "The result wasn't declared until ten past six" was declared then; "The outage did not
    // begin" tells no start.
    const until = /^\s+until\s/i.test(after);
    // (The event is still the one told: its sentence may go on "until 2.15pm", past the claim's words.)
    if (NEGATED.test(text.slice(0, verb.index)) && !until) return { event: same ?? event, time: null };
    // "At 8.55am on Tuesday, a valve on a pipe … failed": a time told first, before the subject.
    const first = [...(AT_FIRST.exec(text.slice(0, verb.index))?.[1]?.matchAll(CLOCK) ?? [])];
    const fronted = first.length > 0;
    for (const m of dayOnly ? [] : fronted ? first : after.matchAll(CLOCK)) {
      if (!fronted && OTHERS_TIME.test(after.slice(0, m.index))) continue;
      const at = minuteOf(m);
      if (!at) continue;
      // (A time in words is rounded to five minutes: "ten to five" may be 4:47.)
      const rounded = m[2] === undefined && m[5] === undefined && m[11] === undefined ? 5 : 0;
      const [low, high] = until ? [at.t - rounded, at.t + 15] : spanOf(m[1], at.t, rounded);
      const w = WEEKDAY.exec(text);
      // "shortly after midnight on Monday night" is the small hours of Tuesday.
      const day = w ? (WEEKDAYS.indexOf(w[1]!.toLowerCase()) + (w[2] && high < 6 * 60 ? 1 : 0)) % 7 : null;
      const warned = event === WARNING_EVENT ? WARNING.exec(text.slice(0, verb.index)) : null;
      const which = warned ? { what: `${warned[1] ? 'severe ' : ''}${warned[2]!.toLowerCase()}` } : named ? { what: verb[1]!.trim().toLowerCase() } : {};
      return { event: same ?? event, time: { event: same ?? event, ...which, low, high, either: at.either, day, ...(w ? { dayText: w[0] } : {}), text: m[0].trim() } };
    }
    // An accident or a break-in told with its weekday only ("after the coach overturned … on
    // Wednesday afternoon"): the day is when. (Not a night, which may be the next day's small hours.)
    const once = same ?? event;
    const w = ON_ONE_DAY.has(once) ? DAY_OF_EVENT.exec(after) : null;
    if (w && !w[3]) return { event: once, time: { event: once, low: 0, high: 24 * 60 - 1, either: false, day: WEEKDAYS.indexOf(w[2]!.toLowerCase()), dayText: w[1]!, text: '' } };
    return { event: same ?? event, time: null };
  }
  return { event: null, time: null };
}

/** Do two spans of minutes meet, reading a time that may be 12 hours later either way? */
function meet(a: OnceTime, b: OnceTime): boolean {
  const shifts = a.either || b.either ? [-720, 0, 720] : [0];
  return shifts.some((d) => a.low + d <= b.high && b.low <= a.high + d);
}

/**
 * Finds tellings of when an event happened whose times conflict among the claims `eligible`, and
 * reports each dispute: `dispute(c, d, by)`, claim `c` disputed by claim `by` (-1 when both are on
 * claim `c`'s own page). Only tellings of one event and one story (`sameStory`, by unit), by
 * different sources or in different articles, one of them at least on record. Once per claim pair.
 */
export function timeDisputes(
  clusters: ReadonlyArray<readonly number[]>,
  units: TimeUnits,
  eligible: (c: number) => boolean,
  sameStory: (i: number, j: number) => boolean,
  dispute: (c: number, d: TimeDispute, by: number) => void,
): void {
  // Few claims say when such an event happened: they are compared pairwise.
  const told: Told[] = tellingsOf(clusters, units, eligible, (i) => onceTimeOf(units.text(i), units.quote(i)), HINT_TIME);
  // Times of one event that do not meet, on one weekday when both give one; and an accident's
  // two weekdays (a story's crash happens once: the other events of a kind recur, a strike a week later).
  const otherDays = (a: Told, b: Told): boolean => a.day !== null && b.day !== null && a.day !== b.day;
  const conflicts = (a: Told, b: Told): boolean => a.event === b.event && a.what === b.what && (otherDays(a, b) ? ON_ONE_DAY.has(a.event) : !meet(a, b));
  // (Told by its weekday when the weekdays differ: "about 2.40pm on Thursday" against "Wednesday afternoon".)
  const shown = (t: Told, byDay: boolean) => ({ text: byDay && t.dayText ? (t.text ? `${t.text} on ${t.dayText}` : t.dayText) : t.text, by: label(units, t.i) });
  disputeConflicting(told, units, sameStory, conflicts, (one, other, by): TimeDispute => ({ ...disputant(units, by.i), how: 'time', times: { one: shown(one, otherDays(one, other)), other: shown(other, otherDays(one, other)) } }), dispute);
}
