/**
 * Conflicting figures: the same claim told with numbers that cannot both be true ("12 people
 * were killed" / "15 people were killed"). The matcher puts such tellings in one cluster (their
 * words agree; numbers are not features); this module reads the figures of each telling and
 * finds two that disagree, which the verdict policy counts as a conflicting fact.
 *
 * A figure is a number with what it counts (the word after it: "people", "percent", "$" for
 * money…) and the range its wording allows: "about 70" is 63–77 ("about 180,000" 175,000–185,000:
 * see roundedTo), "more than 50" is 50 and up,
 * "between 10 and 20" is 10–20. Two figures conflict when they count the same thing and their
 * ranges do not meet. Dates, years, times and ordinals are not figures.
 */
import { allMatches } from '../all-matches.ts';
import { lexicon } from '../attribution/lexicon.ts';
import { wordTerm } from '../matching/features.ts';
import { MONTH_NAME } from './dates.ts';

export interface Figure {
  /** What the number counts: a word ("people", "percent", "hour") or a currency sign. */
  counts: string;
  /** Smallest and largest value the wording allows. */
  low: number;
  high: number;
  /** The words as written ("about 70 world leaders" → "about 70"), for reasons. */
  text: string;
}

/** The figures of a text that states none: one shared, frozen empty list. */
export const NO_FIGURES: readonly Figure[] = Object.freeze([]);

const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  // "A dozen workers were hurt" is twelve; "dozens of" is no figure (it is not in this list).
  dozen: 12,
};
/** Scales written glued to an amount's digits ("£212m", "£40k"). */
export const GLUED_SCALES: Record<string, number> = { m: 1e6, mn: 1e6, bn: 1e9, k: 1e3 };

export const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9 };

/**
 * Is `word` (lower case) a number written out, or a count like "dozens", "hundreds"? Matching
 * leaves such words out of a claim's terms, as it leaves digits out: "Nineteen workers were
 * injured" and "12 workers were injured" are one claim whose figures differ.
 */
export function isNumberWord(word: string): boolean {
  const one = word.endsWith('s') ? word.slice(0, -1) : word;
  return NUMBER_WORD_SET.has(word) || SCALE_WORDS.has(one) || one === 'dozen' || one === 'hundred';
}
/** The value of a number written out as one word ("eleven" → 11), if it is one. */
export function numberWordValue(word: string): number | undefined {
  return NUMBER_WORD_SET.has(word) && !SCALE_WORDS.has(word) ? WORD_NUMBERS[word] : undefined;
}

/**
 * The number and scale words, as sets: asked of every word of every claim, `in` on the objects
 * was most of what computing features cost (and it also found what the objects inherit, so
 * "constructor" was a number word).
 */
const NUMBER_WORD_SET = new Set([...Object.keys(WORD_NUMBERS), ...Object.keys(SCALES)]);
const SCALE_WORDS = new Set(Object.keys(SCALES));
const MONTHS = new RegExp(`^(?:${MONTH_NAME})\\.?$`, 'i');
const TIME_AFTER = /^(?:a\.?m\.?|p\.?m\.?|o[’']clock|gmt|utc|hours?\s+gmt)$/i;
/** Words between a number and what it counts that say nothing about it ("12 more people", "a dozen of its soldiers"). */
const FILLER = new Set(['more', 'other', 'additional', 'further', 'new', 'of', 'the', 'in', 'extra', 'its', 'their', 'our', 'his', 'her', 'own', 'those', 'these']);
/**
 * A capitalised word, not a plural, with a lower-case word after it: a demonym or a name used as
 * an adjective ("five Maredian soldiers", "12 Forkful employees"), not what is counted.
 */
const NAME_AS_ADJECTIVE = /^\p{Lu}[\p{L}’'-]*[^s\s]$/u;
/** After a participle, a lower-case word that is no preposition or conjunction: the noun it describes. */
const PARTICIPLE_BEFORE_NOUN = /^\s+(?!(?:and|or|but|to|by|from|at|on|in|for|as|than|with|after|before|since|during|over|under|since|while)\b)\p{Ll}/u;

/**
 * Words that count grown people, as "people" does: a count of men or women told of an event
 * answers a count of people ("three people arrested" / "two men arrested"). Not children, a
 * group of their own.
 */
const PEOPLE_WORDS = new Set(['man', 'men', 'woman', 'women', 'person', 'persons', 'individual', 'adult']);

/** A possessive right before a number: what it counts is its owner's ("its four diverted flights", "our 12 stewards"). */
const OWNED = /\b(?:its|our|their|his|her|my)\s+$/i;

/** The matching terms of people and of PEOPLE_WORDS. */
const PEOPLE_TERMS = new Set(['w:people', 'w:man', 'w:woman', 'w:person', 'w:individual', 'w:adult']);

/** Words after a number that count nothing a claim could be about. */
const NOT_COUNTS = new Set(['and', 'or', 'to', 'by', 'from', 'at', 'on', 'for', 'as', 'than', 'with', 'a', 'an', 'per', 'was', 'were', 'is', 'are', 'had', 'have', 'has', 'said', 'says']);

/**
 * Hedges before a number, as the range they allow around it (`rounded`: half the unit the number
 * is rounded to, when its digits say so: see roundedTo).
 */
const HEDGE_GROUPS: Array<[string[], (v: number, rounded: number) => [number, number]]> = [
  // "about" a tenth either way, but no further than the number's own rounding: "about 180,000"
  // is 175,000–185,000 (it would have been "about 170,000" else), so it is no telling of
  // "around 210,000".
  // ("closer to 2,000", than to the figure it answers, and "more like 2,000" are about that.)
  [['about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'estimated', 'close to', 'circa', 'closer to', 'nearer to', 'nearer', 'more like'], (v, rounded) => [v - Math.min(v * 0.1, rounded), v + Math.min(v * 0.1, rounded)]],
  [['nearly', 'almost', 'just under', 'just shy of'], (v) => [v * 0.85, v]],
  // "just over 300", "barely three hundred": that, or a little more — not any number above it.
  [['just over', 'just above', 'slightly more than', 'a little over', 'a little more than', 'little more than', 'barely', 'scarcely', 'only just'], (v) => [v, v * 1.15]],
  [['more than', 'over', 'upwards of', 'in excess of', 'at least', 'no fewer than', 'no less than'], (v) => [v, Infinity]],
  [['fewer than', 'less than', 'under', 'below', 'up to', 'at most', 'as many as', 'no more than'], (v) => [0, v]],
];
const HEDGE_RANGE = new Map(HEDGE_GROUPS.flatMap(([words, allows]) => words.map((w) => [w, allows] as const)));
/** The hedges as a regex alternation, longest first ("just over" before "over"): for rules that read a hedged number of their own (figure-corrections.ts). */
export const HEDGE_WORDS = [...HEDGE_RANGE.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|');
// The leftmost match wins, so "no more than 30" reads as "no more than", not "more than".
const HEDGE = new RegExp(`(?<![\\p{L}])(${[...HEDGE_RANGE.keys(), 'between'].join('|')})\\s+$`, 'iu');

/** A negation before "more than" in its clause: "At no point … were more than 11", "never more than", "not more than". */
const NEGATED_BOUND = /(?:\bat\s+no\s+(?:point|time|stage|moment)\b[^,;]{0,60}|\b(?:never|not)\s+)$/i;

const NUMBER_WORDS = Object.keys(WORD_NUMBERS).join('|');
/**
 * "one" as a count: a measure's size ("a one-kilometre radius"), or one of a kind told as a subject
 * or an object of having ("One security officer was on duty", "We had one officer on site") — not
 * "one of them", "no one", "the one", "One mother said".
 */
const ONE_COUNTS = String.raw`(?<!\b(?:no|any|every|some|the|this|that|which|each|another)\s)one(?=-(?:kilomet|met|mile|tonne|ton\b|kilogram|litre|hectare|acre)|\s+(?!of\b|another\b|day\b)(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*\s+(?:was|is|has\s+been|had\s+been|remains|remained)\s+(?!said\b|told\b|quoted\b))|(?<=\b(?:had|has|have|with|only|just)\s)one(?=\s+(?!of\b|another\b|day\b|thing\b|way\b)\p{Ll}[\p{L}-]*\s+(?:on|in|at)\b)`;
// A number: digits with thousands separators or decimals, or a number word; a currency sign may
// come first, a scale word or "%" after. Groups: 1 currency, 2 digits, 3 word, 4 scale, 5 "%".
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.,:/-])([$€£¥])?\\s?(?:(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|\\b(${NUMBER_WORDS}|${ONE_COUNTS})\\b)(?:\\s?(hundred|thousand|million|billion|trillion|bn)\\b)?(\\s?%)?`,
  'giu',
);
/** Ordinals in words, in order: "third" is 3. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** "the first time", "the third time in eighteen months": which time something happened. Group 1: the ordinal. */
const NTH_TIME = new RegExp(`\\bthe\\s+(${ORDINALS.join('|')})\\s+time\\b`, 'gi');
/** Digits, a number word or "the nth time": a text with none of them (most claims) has no figure. */
const MAY_HAVE_FIGURE = new RegExp(`\\d|\\b(?:${NUMBER_WORDS}|one|quarter|half|third|mile|kilomet(?:re|er))\\b|\\bthe\\s+(?:${ORDINALS.join('|')})\\s+time\\b`, 'i');
/** "… and a half" after a number. */
/** Words a number after them names one of ("Year 9", "Flight 202", "junction 15"), not how many. */
const LABELS = /^(?:year|grade|class|form|level|flight|platform|gate|ward|junction|stage|route|room|floor|bay|section|phase|tier|category|zone|block|unit|lane|exit|pier|terminal|runway|line|channel|chapter|article|clause|page|number|no\.|item|question|appendix|table|figure)$/i;
const AND_A_HALF = /^\s+and\s+a\s+half\b/i;
const RANGE_TAIL = /^\s*(?:to|and|-|–)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/u;
const NEXT_WORD = /^[\s-]*([\p{L}][\p{L}’'-]*)/u;

/**
 * The word after what a figure seems to count, when that is a noun before the noun counted: a
 * plural ("two security officers") or, for one, the word before its verb of being ("One security
 * officer was on duty"). Group 1: the word; group 2: the verb, when there is one.
 */
const HEAD_NOUN = /^\s+(\p{Ll}[\p{L}-]*)\b(?:(?=\s+(?:was|is|has\s+been|had\s+been|remains|remained)\b)(\s+))?/u;

/** Plurals not in -s, which are the noun counted ("87 people from homes"), never a word before it. */
const PLURAL_NOUNS = new Set(['people', 'children', 'men', 'women']);
/** Prepositions, after which a noun is no longer what a figure counts ("87 people from homes"). */
const PREPOSITIONS = new Set(['into', 'across', 'over', 'under', 'near', 'inside', 'outside', 'during', 'after', 'before', 'through', 'within', 'without', 'about', 'around', 'between', 'among', 'against', 'off', 'up', 'down', 'out', 'who', 'which', 'that']);

/** Words that measure rather than name what is counted ("70mph winds", "48-hour strike", "5 million euros"). */
const isMeasureWord = (w: string): boolean => {
  const one = singular(w);
  return UNITS_OF_MEASURE.has(one) || Object.hasOwn(UNIT_ABBREVIATIONS, one) || Object.hasOwn(SPEED_UNITS, one) || Object.hasOwn(IN_METRES, one) || TIME_UNITS.has(one) || CURRENCIES.has(one) || one === 'percent';
};

/**
 * A second noun joined to what a figure counts, with no number or determiner of its own: "53
 * pupils and teachers", "40 passengers and crew" (not "48 pupils and five teachers", nor "three
 * men and the driver", whose figures count one noun each).
 */
const JOINED_NOUN = /^\s+(?:and|or|&)\s+(\p{Ll}[\p{L}’'-]*)\b(?:\s+(\p{Ll}[\p{L}’'-]*s)\b)?/u;

/** Nouns in -s whose plural adds -es ("3 buses" counts what "1 bus" counts). */
const ES_PLURAL = /(?:bus|bonus|virus|campus|gas|census|status|lens|alias|atlas|canvas)es$/;

/** What a plural counts, as its singular: "workers" → worker, "buses" → bus, "injuries" → injury, "boxes" → box. */
const singular = (w: string): string => {
  if (w.length <= 3 || !w.endsWith('s') || w.endsWith('ss')) return w;
  if (/(?:ss|x|z|ch|sh)es$/.test(w) || ES_PLURAL.test(w)) return w.slice(0, -2);
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  return w.slice(0, -1);
};

/** The figures of a claim text, each counted thing once: a thing counted twice ("from 5 percent to 8 percent") is left out. */
/** Units of time a figure may count. */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);
/** Right after a span of time: what it is before or after ("two years before", "a week ago"). */
const SPAN_RELATIVE = /^\s+(before|after|earlier|later|prior|ago)\b/i;

export function figuresIn(text: string): Figure[] {
  if (!MAY_HAVE_FIGURE.test(text)) return [];
  const found: Figure[] = [];
  // The end of the last range read ("10 to 20"): its second number is not a figure of its own.
  let taken = 0;
  for (const m of allMatches(NUMBER, text)) {
    if (m.index < taken) continue;
    const [whole, currency, digits, word, scale, percent] = m;
    const start = m.index + (whole.length - whole.trimStart().length);
    const end = m.index + whole.length;
    const before = text.slice(0, m.index);
    const after = text.slice(end);
    // ("one" is a figure only as a measure's size or a count of one: ONE_COUNTS.)
    let value = digits !== undefined ? Number(digits.replace(/,/g, '')) : (WORD_NUMBERS[word!.toLowerCase()] ?? 1);
    if (!Number.isFinite(value)) continue;
    // Ordinals ("7th"), dates ("November 7", "7 November", "7/11"), times ("7 p.m.", "7:30"), years.
    if (/^(?:st|nd|rd|th)\b/i.test(after)) continue;
    const prevWord = /([\p{L}.]+)\s*$/u.exec(before)?.[1] ?? '';
    const nextWord = NEXT_WORD.exec(after)?.[1] ?? '';
    if (MONTHS.test(prevWord) || (!scale && MONTHS.test(nextWord))) continue;
    if (/^\s*[:/]\d/.test(after) || TIME_AFTER.test(nextWord) || /^\s*[ap]\.m\./i.test(after)) continue;
    if (digits !== undefined && !currency && !scale && !percent && /^\d{4}$/.test(digits) && value >= 1800 && value <= 2100) continue;
    // "Year 9 pupils", "Platform 3", "junction 15": a number naming one of a series, no count.
    if (digits !== undefined && !currency && LABELS.test(prevWord) && /\s$/.test(before)) continue;
    // "1,286 … were rejected out of 141,530 postal votes returned": the whole the count is of, no count of what happened.
    if (/\bout\s+of\s+(?:a\s+total\s+of\s+)?$/i.test(before)) continue;
    // "One in three flights", "1 in 4 households", "two out of five": a proportion, no count.
    if (/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:in|out\s+of)\s+$/i.test(before) || /^\s+(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|\d+)\b/i.test(after)) continue;
    // "£148m, not £212m": the figure rejected is no figure the text states (figure-corrections.ts reads it).
    if (/,\s*(?:and\s+)?not\s+$/i.test(before)) continue;
    let low = value;
    let high = value;
    let tailLength = 0;
    const range = digits !== undefined && !percent ? RANGE_TAIL.exec(after) : null;
    const between = /\bbetween\s+$/i.test(before);
    if (range && (between || !/^\s*and/.test(range[0]))) {
      high = Number(range[1]!.replace(/,/g, ''));
      tailLength = range[0].length;
      taken = end + tailLength;
      if (!(high > low)) continue;
    }
    // "three and a half metres", "2 and a half hours": the half is part of the number.
    const half = tailLength === 0 && !percent && !scale ? AND_A_HALF.exec(after) : null;
    if (half) {
      // ("nine and a half thousand people": the scale after the half.)
      const halfScale = /^\s+(hundred|thousand|million|billion)\b/i.exec(after.slice(half[0].length));
      value = (value + 0.5) * (halfScale ? SCALES[halfScale[1]!.toLowerCase()]! : 1);
      low = high = value;
      tailLength = half[0].length + (halfScale?.[0].length ?? 0);
    }
    // "£212m", "$4.2bn", "£40k": an amount's scale glued to its digits.
    const glued = currency && digits !== undefined && !scale ? /^(m|mn|bn|k)\b/i.exec(after) : null;
    const factor = scale ? SCALES[scale.toLowerCase()]! : glued ? GLUED_SCALES[glued[1]!.toLowerCase()]! : 1;
    low *= factor;
    high *= factor;
    value *= factor;
    // "a dozen" is one figure, quoted whole ("dozen workers" reads as a typo), and a hedge comes
    // before its "a": "about a dozen".
    const article = word?.toLowerCase() === 'dozen' ? (/\ba\s+$/i.exec(before)?.[0] ?? '') : '';
    const hedge = HEDGE.exec(before.slice(0, before.length - article.length));
    const allows = hedge ? HEDGE_RANGE.get(hedge[1]!.toLowerCase().replace(/\s+/g, ' ')) : undefined;
    if (allows && low === high) [low, high] = allows(value, roundedTo(digits, scale ? factor : 1));
    // "At no point were more than 11 ambulances waiting", "never more than 11": at most 11.
    const negation = allows && high === Infinity ? NEGATED_BOUND.exec(before.slice(0, before.length - hedge![0].length)) : null;
    if (negation) [low, high] = [0, value];
    let counts: string;
    // Where the figure's words end: after what it counts ("12 people", "8 percent", "$6 billion").
    let upTo = end + tailLength;
    const percentWord = /^\s*(?:percent|per cent|percentage points?)\b/i.exec(after);
    if (percent || percentWord) {
      counts = 'percent';
      if (percentWord) upTo = end + percentWord[0].length;
    } else if (currency) {
      counts = currency;
      if (glued) upTo = end + glued[0].length;
    }
    else {
      // What it counts: the next word that is not a filler ("12 more people" → people).
      let at = tailLength;
      let next: RegExpExecArray | null = null;
      let inPlace = false; // after "in": "20 in Paris" counts no Paris
      for (let k = 0; k < 4; k++) {
        next = NEXT_WORD.exec(after.slice(at));
        if (!next) break;
        at += next[0].length;
        const word = next[1]!;
        if (FILLER.has(word.toLowerCase())) {
          inPlace ||= word.toLowerCase() === 'in';
          continue;
        }
        if (NAME_AS_ADJECTIVE.test(word) && /^\s+\p{Ll}/u.test(after.slice(at))) continue;
        // A participle describing what is counted: "1,180 planned operations", "five confirmed
        // cases" count operations and cases ("12 arrested on Monday" counts the arrested).
        if (/^\p{Ll}+ed$/u.test(word) && PARTICIPLE_BEFORE_NOUN.test(after.slice(at))) continue;
        break;
      }
      // (A closing quotation mark is no part of the word: "was doing 70mph' in rain".)
      const closing = next && /\p{L}[’']$/u.test(next[1]!) ? 1 : 0;
      at -= closing;
      let w = next?.[1]?.slice(0, next[1]!.length - closing).toLowerCase();
      if (!w || NOT_COUNTS.has(w) || (inPlace && /^\p{Lu}/u.test(next![1]!))) continue;
      // A noun before the noun counted: "two security officers", "One security officer was on duty".
      const head = closing || isMeasureWord(w) || PLURAL_NOUNS.has(w) ? null : HEAD_NOUN.exec(after.slice(at));
      const plural = (x: string): boolean => x.endsWith('s') && !NOT_COUNTS.has(x.toLowerCase());
      if (head && (value === 1 ? head[2] !== undefined : plural(head[1]!) && !w.endsWith('s'))) {
        w = head[1]!.toLowerCase();
        at += head[0].length - (head[2]?.length ?? 0);
      } else if (head && value !== 1 && !w.endsWith('s') && !FILLER.has(head[1]!.toLowerCase()) && !NOT_COUNTS.has(head[1]!.toLowerCase()) && !PREPOSITIONS.has(head[1]!.toLowerCase())) {
        // ("1,286 postal voting statements": two words before the noun.)
        const third = HEAD_NOUN.exec(after.slice(at + head[0].length));
        if (third && plural(third[1]!)) {
          w = third[1]!.toLowerCase();
          at += head[0].length + third[0].length - (third[2]?.length ?? 0);
        }
      }
      counts = singular(w.replace(/[’']s$/, ''));
      counts = Object.hasOwn(UNIT_ABBREVIATIONS, counts) ? UNIT_ABBREVIATIONS[counts]! : counts;
      // "53 pupils and teachers" counts both, not 53 pupils: "48 pupils and five teachers" agrees.
      // ("1,180 planned operations and outpatient appointments": the noun is the last word.)
      const joined = JOINED_NOUN.exec(after.slice(at));
      const first = joined?.[1]?.toLowerCase();
      const second = joined?.[2] && !NOT_COUNTS.has(joined[2].toLowerCase()) ? joined[2].toLowerCase() : undefined;
      const other = first && !isNumberWord(first) && !NOT_COUNTS.has(first) && !FILLER.has(first) ? singular(second ?? first) : null;
      if (other) at += second ? joined![0].length : joined![0].indexOf(joined![1]!) + joined![1]!.length;
      // "Three people had been arrested" and "two men … have been arrested" count the same people.
      if (PEOPLE_WORDS.has(counts) && (!other || PEOPLE_WORDS.has(other))) counts = 'people';
      else if (other) counts = `${counts} and ${other}`;
      // "Coaches were laid on for all customers on its four diverted flights": the owner's own,
      // a part of what others count ("31 flights cancelled or diverted"), not a rival total.
      if (OWNED.test(before)) counts = `own ${counts}`;
      // One length in one unit: "within 500 metres" and "within 1km" can then disagree.
      const metres = IN_METRES[counts];
      // One speed in one unit: "80km/h", "close to 70mph", "50 miles per hour" (in km/h).
      const perHour = metres !== undefined ? PER_HOUR.exec(after.slice(at)) : null;
      const kmh = perHour ? metres! / 1000 : SPEED_UNITS[counts];
      if (kmh !== undefined) {
        const slack = kmh === 1 ? 0 : IMPERIAL_SLACK;
        at += perHour?.[0].length ?? 0;
        // A limit is no speed anything went at: "a temporary 60 km/h speed restriction", "The line
        // speed on that section is 80 km/h" (compared only with limits, on one page).
        counts = SPEED_LIMIT_AFTER.test(after.slice(at)) || SPEED_LIMIT_BEFORE.test(before) ? 'speed limit' : 'km/h';
        low *= kmh * (1 - slack);
        high *= kmh * (1 + slack);
      }
      // (Not a speed: "60 km/h", "30 metres per second".)
      else if (metres !== undefined && !/^\s*(?:\/|per\b|an?\s+(?:hour|second)\b)/i.test(after.slice(at))) {
        [low, high] = metresOf(counts, low, high);
        counts = 'metre';
      }
      upTo = end + at;
      // A span of time before or after something is a lead or a lag, not a duration: "warned
      // two years before the collapse" and "a warning ignored for 30 years" measure two things.
      const relative = TIME_UNITS.has(counts) ? SPAN_RELATIVE.exec(after.slice(at))?.[1]?.toLowerCase() : undefined;
      if (relative) counts = `${counts} ${relative === 'earlier' || relative === 'prior' ? 'before' : relative === 'later' ? 'after' : relative}`;
    }
    // (A negated bound is quoted with its negation: "never more than 11 ambulances".)
    found.push({ counts, low, high, text: `${negation?.[0] ?? ''}${hedge?.[0] ?? ''}${article}${text.slice(start, upTo)}`.trim() });
  }
  // "within a quarter of a mile", "half a kilometre": a length told as a share of its unit.
  if (/\b(?:quarter|half|third)/i.test(text)) {
    for (const m of allMatches(SHARE_OF_UNIT, text)) {
      const share = SHARES[(m[1] ?? m[2] ?? m[3])!.toLowerCase().replace(/\s+/g, ' ')]!;
      const [low, high] = metresOf(m[4]!.toLowerCase(), share, share);
      found.push({ counts: 'metre', low, high, text: m[0] });
    }
  }
  // "almost a mile from Brackenfold Zoo", "about one kilometre": one of its unit, hedged as a number is.
  if (/\b(?:mile|kilomet(?:re|er))\b/i.test(text)) {
    for (const m of allMatches(ONE_UNIT, text)) {
      const hedge = HEDGE.exec(text.slice(0, m.index));
      const allows = hedge ? HEDGE_RANGE.get(hedge[1]!.toLowerCase().replace(/\s+/g, ' ')) : undefined;
      const [least, most] = allows ? allows(1, Infinity) : [1, 1];
      const [low, high] = metresOf(m[1]!.toLowerCase(), least, most);
      found.push({ counts: 'metre', low, high, text: `${hedge?.[0] ?? ''}${m[0]}` });
    }
  }
  // "It is the first time drones have forced the airport to close" / "This is the third time in
  // eighteen months that drones have closed the runway": how many times it has happened.
  if (/\btime\b/i.test(text)) {
    for (const m of allMatches(NTH_TIME, text)) {
      const n = ORDINALS.indexOf(m[1]!.toLowerCase()) + 1;
      found.push({ counts: 'nth time', low: n, high: n, text: m[0] });
    }
  }
  const seen = new Map<string, number>();
  for (const f of found) seen.set(f.counts, (seen.get(f.counts) ?? 0) + 1);
  return found.filter((f) => seen.get(f.counts) === 1);
}

/**
 * Half the unit a number is written rounded to, when its digits show it: to its last decimal
 * before a scale word ("1.2 million": to 100,000, so 50,000), or to its trailing zeros when there
 * are at least three ("180,000": to 10,000, so 5,000). Infinity when they do not show it ("70",
 * "1,400", "a dozen" may be rounded any way).
 */
function roundedTo(digits: string | undefined, scale: number): number {
  if (digits === undefined) return Infinity;
  if (scale > 1) return (scale * 10 ** -(digits.split('.')[1]?.length ?? 0)) / 2;
  const zeros = /(0+)$/.exec(digits.replace(/,/g, ''))?.[1]?.length ?? 0;
  return digits.includes('.') || zeros < 3 ? Infinity : 10 ** zeros / 2;
}

/** Can both be true? Ranges that meet (a small tolerance for rounding) are compatible. */
export function figuresConflict(a: Figure, b: Figure): boolean {
  if (a.counts !== b.counts) return false;
  const slack = 1e-9 * Math.max(1, Math.abs(a.low), Math.abs(b.low));
  return a.high + slack < b.low || b.high + slack < a.low;
}

/** One telling of a claim, as the conflict search reads it. */
export interface Telling {
  article: string;
  figures: readonly Figure[];
  /** Stands on record: a named speaker, or the outlet's own assertion. */
  onRecord: boolean;
  /** Publication date of its article (ISO `YYYY-MM-DD`), or null. */
  date: string | null;
  /** Its matching features' terms (matching/features.ts: words, concepts, `e:` people, `p:` places), ascending. */
  terms: readonly string[];
  /** Its verbs' terms (features.predicates: what happened, "c:compromise" for "exposed"); none when not known. */
  predicates?: readonly string[];
  /** Who stands behind it by name (speakerKey), if anyone. */
  speaker?: string | null;
  /** Its words, when known: which of its verbs a figure's clause has (sameAct). */
  text?: string;
  /**
   * The sentence that tells it, when known: the day it names is the claim's too ("17 ambulances
   * were queued outside at 9pm that night, and that 312 patients attended on 10 January"), for
   * tellings dated days apart (sameWhen). Else its words.
   */
  sentence?: string;
  /**
   * The terms of its speaker's name when the figure is the speaker's count of itself ("It is
   * treating 22 people", "We have treated 40 patients"): a count of its own share, which a total
   * told by someone else ("47 people had been treated in hospital") cannot contradict unless it
   * names the speaker too.
   */
  ownCount?: readonly string[];
  /**
   * An organisation's figure that names nothing else ("Norvale now says 1,100 flights have been
   * cancelled today"): the organisation's name terms, which it may be compared under (sameNames).
   */
  orgCount?: readonly string[];
  /**
   * Names its sentence gives only after its words end (afterWords): "… was travelling at close to
   * 70mph", told in "… at close to 70mph in torrential rain when it veered off the M47", is not a
   * speed of the M47. No names of the telling (namesOf).
   */
  context?: readonly string[];
}

/** Tellings this many days apart or more may count at different times: a toll that rises is no conflict. */
const SAME_TIME_DAYS = 2;
const DAY_MS = 86_400_000;

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A day of a month ("10 January", "January 10") or a month told as when ("in January", "during March"). */
const WHEN = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\b|\\b(${MONTH_NAMES})\\s+(\\d{1,2})\\b(?!,?\\s*\\d{3})|\\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Ff]or)\\s+(${MONTH_NAMES})\\b`, 'g');

/**
 * The days and months a text tells its figure of ("10 january", "january"). (Not dates.ts's
 * chrono reading: it takes "In January, 61% …" for the year 61 and reads no "night of 10
 * January"; here a month written out, capitalised, is all that is asked for.)
 */
function whenOf(text: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!text) return out;
  for (const m of text.matchAll(WHEN)) out.add(m[2] ? `${Number(m[1])} ${m[2].toLowerCase()}` : m[3] ? `${Number(m[4])} ${m[3].toLowerCase()}` : m[5]!.toLowerCase());
  return out;
}

/**
 * Do two tellings say when, and the same when ("on the night of 10 January" in both; "in
 * January" in both)? Then days between their articles do not matter: they count one past time.
 */
function sameWhen(a: string | undefined, b: string | undefined): boolean {
  const x = whenOf(a);
  if (x.size === 0) return false;
  for (const w of whenOf(b)) if (x.has(w)) return true;
  return false;
}

/**
 * The one past moment of a story a count is told of: "at the time of the break-in", "that night",
 * "on the night", "overnight". A count of who was on duty then is no toll that grows by the day.
 */
const PAST_MOMENT = /\b(?:at\s+the\s+time\b|that\s+(?:night|morning|evening|afternoon)\b|on\s+the\s+night\b|(overnight)\b)/i;

/** Do both tellings count at the story's one past moment (PAST_MOMENT; not both only "overnight", which may be two nights)? */
function sameMoment(a: string | undefined, b: string | undefined): boolean {
  const x = a ? PAST_MOMENT.exec(a) : null;
  const y = b ? PAST_MOMENT.exec(b) : null;
  return !!x && !!y && !(x[1] && y[1]);
}

/** Share of terms two tellings must have in common (Jaccard) for a figure to be what differs. */
const SAME_WORDS = 0.75;

/**
 * Do two tellings state the same thing at the same time, so that their figures must agree?
 * The matcher joins claims by resemblance; a figure only conflicts when the rest is the same.
 * Either nearly the same words (numbers are no terms; at most one term apart for short
 * tellings), or the same measure (`measure`, the term of the thing both figures count): the
 * same noun counted by the same verb ("the data of about 40,000 patients was exposed" / "the personal
 * records of about 55,000 patients were exposed in the cyberattack"), which a reporter's
 * adjuncts do not change. Neither names people or places the other does not. And not when both
 * are dated days apart: a toll that rises from one day to the next is no conflict (`anyTime`:
 * whenever told, for what a row of a page states rather than who disputes it). `figures`: the
 * two figures compared, whose clauses say which verbs are theirs (sameMeasure).
 */
export function comparable(a: Telling, b: Telling, measure?: string, anyTime = false, figures?: readonly [Figure, Figure]): boolean {
  if (!anyTime && a.date && b.date && Math.abs(Date.parse(a.date) - Date.parse(b.date)) >= SAME_TIME_DAYS * DAY_MS && !sameWhen(a.sentence ?? a.text, b.sentence ?? b.text) && !sameMoment(a.sentence ?? a.text, b.sentence ?? b.text)) return false;
  if (!sameWords(a, b) && !(measure !== undefined && sameMeasure(a, b, measure, figures))) return false;
  return nested(namesOf(a), namesOf(b)) && sameScope(a, b) && sameScope(b, a) && sameYears(a, b);
}

/** A year its words say something happened in: "in 1987", "since March 2019", "during 2011". */
const PAST_YEAR = new RegExp(`\\b(?:in|since|from|until|during|by|before|after)\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:${MONTH_NAMES})\\s+)?((?:1[89]|20)\\d\\d)\\b`, 'gi');

/** The years a telling's words say it happened in, other than its article's year. */
function yearsOf(t: Telling): string[] {
  if (!t.text || !/\d{4}/.test(t.text)) return [];
  const own = t.date?.slice(0, 4);
  return [...t.text.matchAll(PAST_YEAR)].map((m) => m[1]!).filter((y) => y !== own);
}

/**
 * Do two tellings tell of one year? "A derailment on the same curve in 1987 killed nine people"
 * counts another event than "Five people were killed": when either names a year other than its
 * article's, both must name it.
 */
function sameYears(a: Telling, b: Telling): boolean {
  const x = yearsOf(a);
  const y = yearsOf(b);
  return x.length === 0 && y.length === 0 ? true : x.some((v) => y.includes(v));
}

/**
 * The verbs of `t` (word terms among its predicates) that the clause holding figure `f` has: the
 * stretch of its text between commas, semicolons, colons or brackets around the figure's words.
 * Null when not known (no text, or the figure's words not found in it as written).
 */
function actsOf(t: Telling, f: Figure): string[] | null {
  if (!t.predicates) return null;
  const clause = clauseOf(t, f);
  if (clause === undefined) return null;
  const words = clause.toLowerCase().split(/[^\p{L}]+/u);
  return t.predicates.filter((p) => p.startsWith('w:') && words.some((w) => w.startsWith(verbStem(p.slice(2)))));
}

/** The clause of `t` that holds figure `f`: its text between commas, semicolons, colons or brackets (undefined: not found). */
function clauseOf(t: Telling, f: Figure): string | undefined {
  if (!t.text) return undefined;
  const at = t.text.indexOf(f.text);
  if (at < 0) return undefined;
  const before = t.text.slice(0, at);
  // (And at an "and" before another figure: "14 people were taken to hospital and 37 were treated at the scene".)
  const joined = [...before.matchAll(AND_FIGURE)].at(-1);
  const start = Math.max(...[',', ';', ':', '(', ')'].map((c) => before.lastIndexOf(c)), joined ? joined.index + joined[0].length - 1 : -1) + 1;
  const rest = t.text.slice(at + f.text.length);
  const end = at + f.text.length + rest.search(CLAUSE_END);
  return t.text.slice(start, end);
}

/** A verb's stem, by which its forms are found ("treat" in "treated", "die" in "died", "injur" in "injured"). */
const verbStem = (lemma: string): string => (lemma.length > 4 ? lemma.replace(/e$/, '') : lemma);

/** An "and" before a figure, which starts a clause of its own. */
const AND_FIGURE = new RegExp(`\\s+and\\s+(?=(?:\\d|(?:${NUMBER_WORDS})\\b))`, 'giu');
/** Where a figure's clause ends: a comma, semicolon, colon or bracket, an "and" before another figure, or the text's end. */
const CLAUSE_END = new RegExp(`[,;:()]|${AND_FIGURE.source}|$`, 'u');

/**
 * Do figures `fa` of `a` and `fb` of `b` count what one act did? When both clauses name a verb of
 * their tellings, one verb must be in both: the authority's "47 people had been treated in
 * hospital, …, and that seven remained in intensive care" does not count what "38 people remained
 * in hospital" counts, though both tellings say "remained". When either clause names none, yes.
 */
export function sameAct(a: Telling, fa: Figure, b: Telling, fb: Figure): boolean {
  const [x, y] = [actsOf(a, fa), actsOf(b, fb)];
  if (!x || !y) return true;
  // (People "taken to hospital" were, whatever verb the tagger kept: "14 people were taken to
  // hospital and 37 were treated at the scene" counts no one treated at the scene.)
  const [ax, ay] = [actsIn(x, clauseOf(a, fa), a.terms), actsIn(y, clauseOf(b, fb), b.terms)];
  return ax.size === 0 || ay.size === 0 || sharesAct(ax, ay);
}

/**
 * Verbs that tell one act of what is counted: a gas "released", "escaped" or "leaked"; people
 * "taken", "sent", "admitted" or gone to hospital (the hospital says which act: see sharesAct).
 */
const ACT_KIN: Readonly<Record<string, string>> = {
  'w:escape': 'w:release',
  'w:leak': 'w:release',
  'w:spill': 'w:release',
  'w:vent': 'w:release',
  'w:emit': 'w:release',
  'w:discharge': 'w:release',
  // Ambulances or patients queued are waiting: "17 ambulances were queued outside" / "more than 11 ambulances waiting".
  'w:queue': 'w:wait',
  'w:line': 'w:wait',
};
const kin = (p: string): string => ACT_KIN[p] ?? p;
/** Verbs of going or being brought somewhere, whose place is the act: "taken to hospital", "went to hospital". */
const TAKEN = new Set(['w:take', 'w:go', 'w:send', 'w:admit', 'w:bring', 'w:fly', 'w:rush', 'w:airlift', 'w:treat', 'w:attend', 'w:need']);
const TO_HOSPITAL = /\bhospitals?\b/i;

/**
 * The acts a telling's verbs (`verbs`, with its text and terms) tell of what is counted: each verb
 * as its kin (ACT_KIN), and "hospital" for people taken, sent or gone there — "17 people have
 * been taken to hospital" and "Nine people went to hospital as a precaution" count one thing.
 */
export function actsIn(verbs: readonly string[], text: string | undefined, terms: readonly string[]): Set<string> {
  const out = new Set(verbs.map(kin));
  if (text && TO_HOSPITAL.test(text) && (verbs.some((p) => TAKEN.has(p)) || terms.some((p) => TAKEN.has(p)))) out.add('hospital');
  return out;
}

/** Do two sets of acts (actsIn) share one? */
const sharesAct = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((x) => b.has(x));

/** A term without its kind ("e:ostrenz", "p:ostrenz" and "w:ostrenz" are one word). */
const bare = (term: string): string => term.slice(term.indexOf(':') + 1);

/**
 * Does `b` count what `a` counts, when `a` is its speaker's count of itself (Telling.ownCount)?
 * Only when `b` has the same speaker or names it: Ostrenz General Hospital's "It is treating 22
 * people" is its share of the region's 47, but "The company cut 300 jobs" is what the company's
 * "It has cut 200 jobs" counts.
 */
function sameScope(a: Telling, b: Telling): boolean {
  if (!a.ownCount || (a.speaker && a.speaker === b.speaker)) return true;
  const words = new Set(b.terms.map(bare));
  return a.ownCount.every((t) => words.has(bare(t)));
}

/** The people and places a telling names (`e:` and `p:` terms), but not those of its context. */
export const namesOf = (t: Telling): string[] => t.terms.filter((x) => isName(x) && !t.context?.includes(x));
const isName = (x: string): boolean => x.startsWith('e:') || x.startsWith('p:');

/**
 * The names (`e:`/`p:` among `terms`) that its sentence (`quote`) gives only after the claim's
 * words (`text`) end: the claim was cut short of them ("… in torrential rain when it veered off the
 * M47"). A name its words do not show at all (an alias: "the Russian leader") stays its own, and so
 * do all when the words are not found as written in the sentence.
 */
export function afterWords(terms: readonly string[], text: string, quote: string): string[] {
  if (quote.length <= text.length) return [];
  const names = terms.filter(isName);
  if (names.length === 0) return [];
  const words = text.toLowerCase();
  const sentence = quote.toLowerCase();
  const tail = words.slice(-24);
  const at = sentence.indexOf(tail);
  if (at < 0) return [];
  const rest = sentence.slice(at + tail.length);
  return names.filter((n) => {
    const key = n.slice(2);
    return !showsWord(words, key) && showsWord(rest, key);
  });
}

/** Does `where` hold `key` as a whole word (not inside another: "m4" is not in "m47")? */
function showsWord(where: string, key: string): boolean {
  for (let at = where.indexOf(key); at >= 0; at = where.indexOf(key, at + 1)) {
    if (!LETTER_OR_DIGIT.test(where[at - 1] ?? ' ') && !LETTER_OR_DIGIT.test(where[at + key.length] ?? ' ')) return true;
  }
  return false;
}
/** A letter or digit: what a word boundary is not. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The names of a telling with those of an organisation's own count added ("It cancelled 1,100
 * flights", said by Norvale, names Norvale), or null when it has no own count or adds nothing.
 */
export const namesWithOwn = (t: Telling): string[] | null => {
  const own = t.ownCount ?? t.orgCount;
  if (!own) return null;
  const names = namesOf(t);
  const added = own.filter((x) => isName(x) && !names.includes(x));
  return added.length === 0 ? null : [...names, ...added];
};

/** One list holds all the other does. */
export const nested = (x: readonly string[], y: readonly string[]): boolean => x.every((n) => y.includes(n)) || y.every((n) => x.includes(n));

/**
 * Two tellings the matcher kept apart must also be about the same named things to be compared:
 * one names all the other does (or neither names any). "The company employs about 6,000 people"
 * is not comparable with "Talath Energy employs about 27,000 people": whose company it is lies
 * in a sentence the claim does not carry.
 */
export function sameNames(a: Telling, b: Telling): boolean {
  const same = (na: readonly string[], nb: readonly string[]): boolean => (na.length === 0) === (nb.length === 0) && nested(na, nb);
  // (An organisation's own count is also about the organisation: "It cancelled 1,100 flights"
  // by Norvale against "Norvale Airways cancelled about 1,400 flights".)
  return same(namesOf(a), namesOf(b)) || same(namesWithOwn(a) ?? namesOf(a), namesWithOwn(b) ?? namesOf(b));
}

function sameWords(a: Telling, b: Telling): boolean {
  // (Units are no words of what is said: "within 500 metres" and "within 1km" say one thing.)
  const at = a.terms.filter((t) => !isUnitWord(t));
  const bt = b.terms.filter((t) => !isUnitWord(t));
  let shared = 0;
  for (const t of at) if (bt.includes(t)) shared++;
  const union = at.length + bt.length - shared;
  // Short tellings differ by a share of their words as soon as one adds an adjunct: "12 workers
  // were injured" and "a dozen workers were hurt in the fire" differ by one term of three.
  return shared >= SAME_WORDS * union || (shared >= 2 && union - shared <= 1);
}

/**
 * Both count one thing (`measure`, the matching term of the noun counted: "w:patient",
 * "c:military" for soldiers or troops) that both tellings have among their terms, with a verb in
 * common (what happened to the things counted; or, when neither has a verb, another word), in
 * the same places: a place bounds what is counted ("employs 4,000 people in Sarovia" / "10,000
 * people across the region"). A unit of measure needs no verb in common (see below).
 */
function sameMeasure(a: Telling, b: Telling, measure: string, figures?: readonly [Figure, Figure]): boolean {
  // (People counted as men or women are people: PEOPLE_WORDS.)
  // (A length or a speed is in the figure, whichever unit the words give: CONVERTED.)
  const holds = (t: Telling): boolean => isConverted(measure) || t.terms.includes(measure) || (PEOPLE_TERMS.has(measure) && t.terms.some((x) => PEOPLE_TERMS.has(x)));
  if (!holds(a) || !holds(b) || !a.predicates || !b.predicates) return false;
  const places = (t: Telling): string => namesOf(t).filter((x) => x.startsWith('p:')).join(' ');
  if (places(a) !== places(b)) return false;
  const [actsA, actsB] = [actsIn(a.predicates, a.text, a.terms), actsIn(b.predicates, b.text, b.terms)];
  if (sharesAct(actsA, actsB)) return true;
  // A unit of measure ("2.4 nanograms per millilitre" / "the sample contained 4.2 nanograms of the
  // steroid per millilitre") is one quantity of whatever else both name: any verb will do — but
  // what escaped is no amount held ("Less than two tonnes of ammonia escaped" / "The tank holds
  // 40 tonnes of ammonia").
  if (isUnitOfMeasure(measure.slice(2))) return actsA.has('w:release') === actsB.has('w:release') && sharesAnotherWord(a, b, measure);
  // Neither has a verb ("two other athletes are under investigation" / "three other athletes are
  // under investigation, she said"): what happened is then a word both share besides the thing
  // counted and the names.
  // (A verb outside the figure's clause is not what happened to what it counts: "We had two
  // officers on site that night, as our contract with the museum requires".)
  const verbless = (t: Telling, f: Figure | undefined): boolean => t.predicates!.length === 0 || (f !== undefined && verblessClause(t, f));
  return verbless(a, figures?.[0]) && verbless(b, figures?.[1]) && sharesAnotherWord(a, b, measure);
}

/**
 * Has the clause of figure `f` in `t` no verb of `t`'s, each of which its words show elsewhere
 * ("We had two officers on site that night, as our contract with the museum requires")? False when
 * not known: a verb whose form is not found ("went" for go is), or the figure's words not found.
 */
export function verblessClause(t: Telling, f: Figure): boolean {
  if (!t.predicates || t.predicates.length === 0) return true;
  // (Asked again for each pair a figure is compared in: a figure is its unit's, read once.)
  const known = verbless.get(f);
  if (known && known.text === t.text) return known.verbless;
  const clause = clauseOf(t, f);
  if (clause === undefined || !t.text) return false;
  const inClause = clause.toLowerCase().split(/[^\p{L}]+/u);
  const all = t.text.toLowerCase().split(/[^\p{L}]+/u);
  const answer = t.predicates.every((p) => !inClause.some((w) => formOf(p, w)) && all.some((w) => formOf(p, w)));
  verbless.set(f, { text: t.text, verbless: answer });
  return answer;
}

/** verblessClause's answers, by figure (and the text it was asked of). */
const verbless = new WeakMap<Figure, { text: string; verbless: boolean }>();

/** Is `word` a form of verb term `p` ("w:require": "requires"; "w:go": "went"; "c:deliver": "provides")? */
function formOf(p: string, word: string): boolean {
  if (word.length < 2) return false;
  const lemma = p.slice(2);
  if (p.startsWith('w:')) return word.startsWith(verbStem(lemma)) || lexicon.irregularPast.get(lemma) === word;
  return [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/d$/, ''), word.replace(/ed$/, ''), word.replace(/ing$/, ''), word.replace(/ing$/, 'e')].some((x) => wordTerm(x) === p);
}

/** A term both tellings have besides the thing counted and the names. */
const sharesAnotherWord = (a: Telling, b: Telling, measure: string): boolean =>
  a.terms.some((t) => t !== measure && !t.startsWith('e:') && !t.startsWith('p:') && !(isConverted(measure) && isUnitWord(t)) && b.terms.includes(t));

/**
 * Units of measure (singular, as figuresIn gives what a figure counts), which measure a quantity
 * of something else rather than count things of their own. Money and "percent" are apart
 * (measureOf). Not "pound", which is money as often as weight.
 */
const UNITS_OF_MEASURE = new Set(
  [
    'nanogram microgram milligram gram kilogram tonne ton ounce',
    'millimetre millimeter centimetre centimeter metre meter kilometre kilometer mile foot feet inch yard',
    'millilitre milliliter litre liter gallon barrel',
    'hectare acre degree celsius fahrenheit watt kilowatt megawatt gigawatt volt decibel knot mph',
  ].flatMap((line) => line.split(' ')),
);

/** Does `counts` (what a figure counts) name a unit of measure? */
export const isUnitOfMeasure = (counts: string): boolean => UNITS_OF_MEASURE.has(counts) || counts === 'km/h';

/** A length's "per hour" after it, which makes it a speed: "80km/h", "50 miles per hour", "60 km an hour". */
const PER_HOUR = /^(?:\s*\/\s*h(?:r|our)?\b|\s+(?:per|an)\s+hour\b)/i;

/** After a speed, what makes it a limit: "a 60 km/h speed restriction", "a 50mph limit", "20mph zones". */
const SPEED_LIMIT_AFTER = /^[\s-]*(?:speed\s+)?(?:limits?|restrictions?|zones?)\b/i;
/** Before a speed, what makes it a limit: "The line speed on that section is 80 km/h", "a speed limit of 70mph". */
const SPEED_LIMIT_BEFORE = /\b(?:speed\s+limit|line\s+speed|limit|restriction)\b[^.;:!?]{0,40}\b(?:is|was|of|at|to)\s+(?:(?:just|about|around|only)\s+)?$/i;

/** Speeds written as one unit, in km/h: "70mph", "80kph". */
const SPEED_UNITS: Readonly<Record<string, number>> = { mph: 1.609344, kph: 1, kmh: 1 };

/**
 * A length told as a share of its unit: "a quarter of a mile", "half a kilometre", "three quarters
 * of a mile". Groups: 1–3 the share, 4 the unit.
 */
const SHARE_OF_UNIT = /\b(?:(?:a|one)\s+(quarter|third)\s+of\s+an?|(half)\s+an?|(three\s+quarters)\s+of\s+an?)\s+(mile|kilometre|kilometer|metre|meter)\b/gi;
/**
 * One of a unit of length, in words: "a mile", "one kilometre" (not "a mile-long queue", "a mile
 * an hour", nor the unit of "a quarter of a mile", "half a mile"). Group 1: the unit.
 */
const ONE_UNIT = /(?<!\b(?:of|half)\s)\b(?:a|one)\s+(mile|kilometre|kilometer)\b(?![-‑]|\s+(?:an?\s+hour|per)\b)/gi;
/** The share each word of SHARE_OF_UNIT says. */
const SHARES: Readonly<Record<string, number>> = { quarter: 0.25, third: 1 / 3, half: 0.5, 'three quarters': 0.75 };

/**
 * `low`–`high` of a unit of length in metres. (A length told in miles, feet or inches and its
 * metric twin are rounded apart: "12 feet" is "3.66 metres", "a mile" 1.6 km. Such a figure is read
 * to within IMPERIAL_SLACK.)
 */
function metresOf(unit: string, low: number, high: number): [number, number] {
  const metres = IN_METRES[unit]!;
  const slack = IMPERIAL.has(unit) ? IMPERIAL_SLACK : 0;
  return [low * (metres * (1 - slack)), high * (metres * (1 + slack))];
}

/** Lengths not metric, whose metric conversions are rounded (see IMPERIAL_SLACK). */
const IMPERIAL = new Set(['mile', 'yard', 'foot', 'feet', 'inch']);
const IMPERIAL_SLACK = 0.03;

/** A term naming a unit of measure, written out or abbreviated ("w:metre", "w:km"). */
const isUnitWord = (term: string): boolean => {
  const w = term.slice(term.indexOf(':') + 1);
  return UNITS_OF_MEASURE.has(w) || Object.hasOwn(UNIT_ABBREVIATIONS, w);
};

/**
 * Lengths as metres: a figure in kilometres is compared in metres, and so is one in miles or
 * inches ("41mm of rain" and "nearly two inches of rain" say two amounts).
 */
const IN_METRES: Readonly<Record<string, number>> = {
  metre: 1,
  meter: 1,
  kilometre: 1000,
  kilometer: 1000,
  centimetre: 0.01,
  centimeter: 0.01,
  millimetre: 0.001,
  millimeter: 0.001,
  mile: 1609.344,
  yard: 0.9144,
  foot: 0.3048,
  feet: 0.3048,
  inch: 0.0254,
};

/** Abbreviated units as the words they stand for ("2.4 ng/mL" counts nanograms). */
const UNIT_ABBREVIATIONS: Record<string, string> = { ng: 'nanogram', mcg: 'microgram', µg: 'microgram', mg: 'milligram', kg: 'kilogram', mm: 'millimetre', cm: 'centimetre', km: 'kilometre', ml: 'millilitre' };

/**
 * The matching term of what a figure counts (`term`: a word's term, matching/features.ts), or
 * undefined when it counts no thing of its own: "percent" and "$" measure whatever the sentence
 * is about ("inflation rose 3 percent" and "unemployment rose 5 percent" are two measures).
 */
export function measureOf(counts: string, term: (word: string) => string): string | undefined {
  if (CONVERTED.has(counts)) return `u:${counts}`;
  // ("53 pupils and teachers" is measured as pupils: another count of them differs in what it counts.)
  const head = counts.split(' and ')[0]!;
  return head === 'percent' || CURRENCIES.has(head) || !/^\p{L}/u.test(head) ? undefined : term(TAGGER_LEMMA[head] ?? head);
}

/**
 * What figures in any unit of length or speed are read as (figuresIn): "1km" and "a quarter of a
 * mile" are both lengths in metres, "close to 70mph" and "80km/h" speeds in km/h. Their measure is
 * that unit (`u:metre`, `u:km/h`), which no claim's words carry: the words say km, mile or mph.
 */
const CONVERTED = new Set(['metre', 'km/h']);

/** Is `measure` (measureOf) one unit that figures in several units were converted to? */
const isConverted = (measure: string): boolean => measure.startsWith('u:');

/** What counted things are as the tagger lemmatises them in a claim's terms ("tonnes" → ton, "litres" → liter; lengths are CONVERTED). */
const TAGGER_LEMMA: Readonly<Record<string, string>> = { tonne: 'ton', litre: 'liter' };

/** Money in words, which measures what it pays for as "$" does ("760 million euros in aid"). */
const CURRENCIES = new Set(['euro', 'dollar', 'pound', 'sterling', 'yen', 'yuan', 'rouble', 'ruble', 'franc', 'rupee', 'peso', 'krona', 'krone', 'hryvnia', 'lira', 'won', 'rand', 'real', 'shekel', 'dinar', 'dirham', 'riyal', 'zloty']);

/** Two tellings by two people named on record, each on record. */
const twoSpeakers = (a: Telling, b: Telling): boolean => !!a.speaker && !!b.speaker && a.speaker !== b.speaker && a.onRecord && b.onRecord;

/**
 * The first two tellings (in order) from different articles whose figures conflict, with the
 * conflicting figures; at least one of the two must be on record, the two comparable (with
 * `term`, a word's matching term, also as one measure) and of one story (`sameStory(a, b)`, by
 * telling index). Null when all agree.
 */
export function firstConflict(
  tellings: readonly Telling[],
  sameStory: (a: number, b: number) => boolean = () => true,
  term?: (word: string) => string,
): { a: number; b: number; fa: Figure; fb: Figure } | null {
  for (let j = 1; j < tellings.length; j++) {
    const tj = tellings[j]!;
    if (tj.figures.length === 0) continue;
    for (let i = 0; i < j; i++) {
      const ti = tellings[i]!;
      // (Within one article, only two people on record answering each other: the MP's "third
      // time in eighteen months" and the chief executive's "the first time" in one interview.)
      if ((ti.article === tj.article && !twoSpeakers(ti, tj)) || (!ti.onRecord && !tj.onRecord) || !sameStory(i, j)) continue;
      for (const fa of ti.figures) for (const fb of tj.figures) if (figuresConflict(fa, fb) && comparable(ti, tj, term && measureOf(fa.counts, term), false, [fa, fb]) && sameAct(ti, fa, tj, fb)) return { a: i, b: j, fa, fb };
    }
  }
  return null;
}
